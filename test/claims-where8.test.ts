import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// The place of a count whose own sentence names none, or names an incidental place (where8): the
// story's scene (its headline, its lede, the paragraph's first place) against a place named in passing
// (a speaker's capital, an airport, another city) in the sentences between. Own sentences, none of
// them in data/claims/train/*.jsonl, which the place ranker learns from.

test('a casualty count after an incidental place is at the scene the lede named', () => {
  expectAll([
    ['A Russian missile hit a shopping centre in Kremenchuk on Monday afternoon, officials said.\n\nThe prime minister, speaking in Kyiv, said the strike was deliberate.\n\nEighteen people were killed and 41 were wounded, rescuers said.', 'killed', 18, /Kremenchuk/],
    ['Gunmen opened fire on worshippers at a church in Owo, in southwest Nigeria, on Sunday.\n\nThe president condemned the attack from Abuja.\n\nAt least 22 people died, a hospital official said.', 'killed', 22, /Owo/],
    ['A bomb went off at a bus station in Jalalabad on Thursday morning.\n\nThe interior ministry in Kabul said an investigation was under way.\n\nSeven passengers were wounded, police said.', 'injured', 7, /Jalalabad/],
  ]);
});

test('a wire dateline and a capital named in passing are no scene for a later toll', () => {
  expectAll([
    ['NAIROBI, March 5 (Reuters) - Militants stormed a hotel in the Somali port city of Kismayo on Tuesday evening, witnesses said.\n\nThe government in Mogadishu said special forces had ended the siege.\n\nNine guests and two guards were among 13 people killed, a police officer said.', 'killed', 13, /Kismayo/],
    ['BEIRUT, Sept 9 (Reuters) - Airstrikes hit a market in the Syrian town of Ariha on Monday.\n\nRussia\'s defence ministry in Moscow denied its jets were involved.\n\nFifteen people were killed, rescue workers said.', 'killed', 15, /Ariha/],
  ]);
});

test('a region\'s summary after towns of it, and a lead the next sentence dates against an older event elsewhere', () => {
  expectAll([
    ['Russian forces attacked the Kharkiv region 30 times on Monday. In Kupiansk a man was killed, and in Balakliia two women were hurt. A total of 23 houses were damaged, the governor said.', 'damaged', 23, /Kharkiv/],
    ['Gunmen killed 9 villagers in Katsina state on Friday, police said. The killings came weeks after a raid on a market in the town of Funtua.', 'killed', 9, /Katsina/],
  ]);
});
