import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// The place of a count on unseen text (where10): own sentences, none of them in data/claims/train/*.jsonl, which the
// place ranker learns from; names vary, several made up.

test('a count over a list of three or more places is at the list, not at their country or one of them', () => {
  expectAll([
    ['Artillery fire killed 4 civilians in Huliaipole, Orikhiv and Stepnohirsk, the regional governor said.', 'killed', 4, /^Huliaipole, Orikhiv and Stepnohirsk$/],
    ['Bandits abducted and killed 16 farmers in Zurmi, Maru and Anka on Saturday, police said.', 'killed', 16, /Zurmi, Maru and Anka/],
    ['Air strikes wounded 23 people in Idlib, Ariha and Sarmin overnight, rescuers said.', 'injured', 23, /^Idlib, Ariha and Sarmin$/],
  ]);
});

test('a national total is the country\'s, not a region named as its part or by the speaker', () => {
  expectAll([
    ['The Voronezh governor said 1 person was hurt, while the defence ministry said 39 drones were destroyed over the country.', 'intercepted', 39, /^Russia$/],
    ['Air defences shot down 58 drones over Russian regions on Sunday night, 20 of them over the Tula region, the ministry said.', 'intercepted', 58, /^Russia$/],
    ['The army said it intercepted 26 drones over several regions, including 8 over the Lipetsk region.', 'intercepted', 26, /Russia/],
  ]);
});

test('a count in a paragraph of another story is not at the place of the story before', () => {
  expectAll([
    ['A Russian drone hit a bakery in Kramatorsk, killing two people, police said.\n\nIn other news, Hungary\'s police said a bus had overturned near Szeged. Nine passengers were injured, police said.', 'injured', 9, /Szeged|Hungary/],
  ]);
  // Kept: a paragraph naming the attacker the story already named keeps the story's place.
  expectAll([
    ['Russian drones struck Zaporizhzhia overnight, officials said.\n\nRussia\'s army claimed it had hit military targets. Four people were injured, the governor said.', 'injured', 4, /Zaporizhzhia/],
  ]);
});

test('a summary after towns of an area, one the gazetteer lacks, is the area\'s', () => {
  expectAll([
    ['Fighting raged across Kordofan state. Twelve villagers died in Tarkhanivka and 3 in Kadugli. At least 50 homes were torched, residents said.', 'damaged', 50, /Kordofan/],
  ]);
});

test('where a speaker wrote from is no place of the counts', () => {
  expectAll([
    ['A glide bomb struck a clinic in Kupiansk. Writing on Telegram from Kyiv, the health minister said 3 doctors were injured.', 'injured', 3, /Kupiansk/],
  ]);
});

// Still placed wrong: a list the count's words leave by 'from' (no place at all), and a country new to the page named only as a
// speaker ('Separately, Cyprus said …'), which is no candidate place of the count (placerank.ts takes locations only).
test('lists left by "from" and another story\'s country named only as its speaker', { todo: 'where10: not placed yet' }, () => {
  expectAll([
    ['Flooding from the burst dam forced 900 people to be evacuated from Velykobereznyi, Zarnovka and Tarkhanivka.', 'evacuated', 900, /Velykobereznyi|Zarnovka|Tarkhanivka/],
    ['Israeli shelling killed five people in Rafah on Monday, medics said.\n\nSeparately, Cyprus said a fire broke out at a naval base. Three sailors were injured, the ministry said.', 'injured', 3, /Cyprus/],
  ]);
});
