import { test } from 'node:test';
import { checkClaimants, type ClaimantCase } from './helpers/claimant.js';

// Round claimant12: who says so on long pages where many sources speak in turn, and on short wire items (train22's odd
// half read for its shapes only); sentences written for these tests, with names, places and numbers of their own.
// "\n\n" is a paragraph break. Each case: text, kind, value, claimant.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Strikes overnight');

test('a phrase of scene or channel opening the sentence is no source: the pronoun after it speaks', () => {
  check([
    ['The militia denied shelling the camp.\n\nIn a statement posted on its website, it said its fighters had destroyed three armoured vehicles near the bridge.', 'damaged', 3, 'The militia'],
    ['The Wagner-linked unit rejected the charge. In a video released on Friday, it said it had shot down 4 drones over the depot.', 'intercepted', 4, 'The Wagner-linked unit'],
    ['On Sunday the navy said 6 sailors were wounded when a drone boat struck the corvette.', 'injured', 6, 'the navy'],
    ['In a statement, the regional police said 5 houses were damaged in Kupiansk.', 'damaged', 5, 'the regional police'],
  ]);
});

test('a common-noun source opening the sentence may be placed', () => {
  check([
    ["The WHO's senior emergency officer in Yemen said on Monday that 38 people had been killed in the strikes on the port.", 'killed', 38, "The WHO's senior emergency officer in Yemen"],
    ['The top police commander in Kassala told reporters that 11 civilians were injured in the shelling.', 'injured', 11, 'The top police commander in Kassala'],
  ]);
});

test('a source glossed by a participle phrase or a relative clause, after an opening placed phrase', () => {
  check([
    ['The Arakan People\'s Council, formed by exiled legislators in 2022, said in a statement that 17 villagers were killed in the raid.', 'killed', 17, "The Arakan People's Council"],
    ['The Syrian Network for Human Rights, based in Doha, said 9 people were killed when the market was hit.', 'killed', 9, 'The Syrian Network for Human Rights'],
    ['In southern Lithuania, Kaunas airport, which handles most cargo flights, said it had halted departures for two hours.', 'airport_closed', 1, 'Kaunas airport'],
    ['Near Zaporizhzhia, the regional governor, Ivan Fedorov, said 7 people were injured.', 'injured', 7, 'Ivan Fedorov'],
  ]);
});

test('a quote closed by a glossed speaker and a long participle clause: "he said" after it is that speaker', () => {
  check([
    ['Rescuers said at least 40 people were killed overnight, according to the civil defence agency.\n\n"We dug with our hands until dawn," said Omar Haddad, the agency\'s field coordinator, speaking by telephone from the eastern outskirts of the town. He said 26 people had been wounded at the clinic.', 'injured', 26, 'Omar Haddad'],
    ['Officials said dozens of homes were hit, according to the regional administration.\n\n"Nobody slept," said Marta Kovalenko, the deputy mayor, speaking to local television from a shelter in the northern district. She said 12 people had been taken to hospital with injuries.', 'injured', 12, 'Marta Kovalenko'],
  ]);
});

test('a closure no source reports: its acting authority is read past a wire dateline', () => {
  check([
    ['OSLO (Reuters) - Norwegian authorities closed Bergen Airport for two hours on Friday after drones were seen near the terminal.', 'airport_closed', 1, 'Norwegian authorities'],
    ['ATHENS, June 3 (Reuters) - Greek police evacuated 120 residents from two villages near the depot on Tuesday.', 'evacuated', 120, 'Greek police'],
  ]);
});

test('a closure named with the airports or the flights as subject keeps the source that reports it', () => {
  check([
    ['Gdansk and Poznan airports briefly suspended flights, the Polish air navigation agency said.', 'airport_closed', 2, 'the Polish air navigation agency'],
    ['Flights at Riga airport were halted for about an hour, the Latvian transport ministry said.', 'airport_closed', 1, 'the Latvian transport ministry'],
  ]);
});

test('a body named by its kind alone stands for the organisation that spoke just before', () => {
  check([
    ['The Red Crescent said it had treated 40 people for shrapnel wounds. Two men were killed when a rocket hit a bus depot in Sderot, the service said.', 'killed', 2, 'The Red Crescent'],
    ['Air strikes hit a clinic in Kadugli, killing at least 15 people, the Nuba Mountains Medics Network said.\n\nThe network, which gathers reports from field nurses, said 22 others were wounded.', 'injured', 22, 'the Nuba Mountains Medics Network'],
    ['The Danish Refugee Council said on Monday that its warehouse in Sumy had been hit. Two guards were injured, the organisation said.', 'injured', 2, 'The Danish Refugee Council'],
  ]);
});

test('a body named by its kind alone keeps its words when no named organisation spoke just before, or a person did', () => {
  check([
    ['Shelling continued overnight across the district.\n\nResidents fled to the hills.\n\nFour houses were destroyed in Sarny, the agency said.', 'damaged', 4, 'the agency'],
    ['Governor Pavlo Kyrylenko said the strike hit at dawn. Three people were wounded, the ministry said.', 'injured', 3, 'the ministry'],
    ['The State Emergency Service said its crews put out fires at a warehouse. Four people were killed, the ministry said.', 'killed', 4, 'the ministry'],
    ['Shelling hit a market in Kadugli, killing 9 people, the Kordofan Medics Network said.\n\nThe group said 14 others were wounded in the town.', 'injured', 14, 'The group'],
  ]);
});

test('a source glossed by a channel set off by commas before its verb', () => {
  check([
    ['The Defence Ministry, in a statement released late on Saturday, said 19 drones were shot down over the Belgorod region.', 'intercepted', 19, 'The Defence Ministry'],
    ['The regional police, on their Telegram channel, reported that 3 houses were damaged in Shostka.', 'damaged', 3, 'The regional police'],
  ]);
});
