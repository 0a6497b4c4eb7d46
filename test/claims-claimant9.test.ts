import { test } from 'node:test';
import { checkClaimants, type ClaimantCase } from './helpers/claimant.js';

// Round claimant9: the source of a report carried over the sentences and paragraphs after it (blind convention: the
// claimant carries over the following sentences of the same report until another source is named), past a witness
// quoted on the way; sources in rarer forms in the count's own sentence. Sentences written for these tests, with
// names, places and numbers of their own; "\n\n" is a paragraph break. Each case: text, kind, value, claimant.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Night of strikes');

test('damage, launches and tolls told after the sentence that named the source, in its paragraph or the next ones, are its account', () => {
  check([
    ['The governor of the Bryansk region said the drones came in from the south-west. Seven houses were damaged in the village of Klimovo.', 'damaged', 7, 'The governor of the Bryansk region'],
    ['Mayor Andriy Sadovyi said a drone hit a warehouse near the station. Fourteen cars were damaged in the car park.', 'damaged', 14, 'Mayor Andriy Sadovyi'],
    ["Ukraine's air force said the attack lasted from 10 pm until dawn. Russia launched 96 drones and three missiles.", 'launched', 96, "Ukraine's air force"],
    ['The regional administration said the strikes began after midnight. Firefighters struggled for hours with the blaze. Twenty-two apartments were damaged.', 'damaged', 22, 'The regional administration'],
    ['The port operator said the terminal was hit twice during the night.\n\nNine grain silos were damaged in the strikes.', 'damaged', 9, 'The port operator'],
    ['The navy said the sea drones approached the bay before dawn.\n\nSmoke rose over the harbour for most of the morning.\n\nAir defence crews shot down 11 sea drones over the bay.', 'intercepted', 11, 'The navy'],
    ['Governor Serhiy Lysak wrote on Telegram that the city came under fire twice.\n\nA 63-year-old man and his wife were killed, and 5 neighbours were injured.', 'injured', 5, 'Governor Serhiy Lysak'],
    // Damage described, not counted, is the reporter's own account.
    ['The governor said the drones came in from the north. The strike damaged a hospital in the city centre.', 'damaged', null, null],
  ]);
});

test('a witness quoted between the source and the count speaks only for their own sentence: the report\'s source carries', () => {
  check([
    ['The mayor of Chernihiv said the drones hit the city centre. "I heard the glass break everywhere," said local resident Olha Marchuk. Six people were wounded.', 'injured', 6, 'The mayor of Chernihiv'],
    ['Police said a car bomb went off near the market. "It was like an earthquake," a shopkeeper, Tariq Aziz, told AFP. At least 12 people were killed.', 'killed', 12, 'Police'],
    ['The health ministry said the clinic was hit in the afternoon.\n\n"We ran to the basement," said Mona Salah, a survivor of the strike.\n\nNineteen people were injured.', 'injured', 19, 'The health ministry'],
  ]);
});

test('a statement issued, then spoken of by a pronoun or a short form, is the source of what it says', () => {
  check([
    ['The army issued a statement on Sunday. It said four soldiers were killed in the ambush near the border.', 'killed', 4, 'The army'],
    ['Hezbollah released a statement after midnight. Two of its fighters were killed in the strike, it said.', 'killed', 2, 'Hezbollah'],
    ['The interior ministry put out a communique on Friday. The ministry said 30 militants were killed in the raids.', 'killed', 30, 'The interior ministry'],
  ]);
});

test('a source given after the count by a passive verb of saying, or by its title glossed with a name', () => {
  check([
    ['Three people were killed in the shelling, as was reported by the district council.', 'killed', 3, 'the district council'],
    ['Eight drones were shot down near the airport, it was reported by the regional command.', 'intercepted', 8, 'the regional command'],
    ['Five houses were damaged in the village, as reported by the head of the district, Vasyl Hnatiuk.', 'damaged', 5, 'Vasyl Hnatiuk'],
  ]);
});

test('a count of another time, attack or story is no one\'s, though a source was named before it', () => {
  check([
    // (Houses damaged last year are no claim at all: counted damage of a background clause is dropped, claims-extras10-background.)
    ['The governor said the attack began at dawn.\n\nLast year, shelling killed 40 people in the same village.', 'killed', 40, null],
    ['The air force said the strikes went on for six hours. In March 2023, Russia launched 81 missiles in a single night.', 'launched', 81, null],
    ['Officials said the bridge was closed for repairs.\n\nIn another district, 6 people were injured when a truck hit a mine.', 'injured', 6, null],
    ['The ministry said 4 soldiers were wounded at the checkpoint. Meanwhile, 9 people were killed in a road accident on the highway.', 'killed', 9, null],
  ]);
});

test('the authority acting in an evacuation after an opening phrase, or after a verb that leads into the act', () => {
  check([
    ['The governor said the shelling went on all night.\n\nIn a separate attack on Tuesday, rescuers evacuated 45 residents from the village.', 'evacuated', 45, 'rescuers'],
    ['Floods hit the valley on Monday. Soldiers have rushed to evacuate 700 people from the coast.', 'evacuated', 700, 'Soldiers'],
    ['The fire service moved to evacuate 120 workers from the plant after the strike.', 'evacuated', 120, 'The fire service'],
  ]);
});

test('an outlet closing or opening a sentence passes on the source that speaks in it; an outlet that cites no one keeps the claim', () => {
  check([
    ['Governor Pavlo Kozak said 30 buildings were damaged in the city, Interfax reported.', 'damaged', 30, 'Governor Pavlo Kozak'],
    ['According to Tass, the regional emergency service said 14 people were injured.', 'injured', 14, 'the regional emergency service'],
    ['Twelve people were injured in the strike on the plant, Tass reported, without citing a source.', 'injured', 12, 'Tass'],
    ['Local media said nine people were killed in the blast, Reuters reported.', 'killed', 9, 'Local media'],
  ]);
});

test("an airport's operator speaking of the runway after the closure in its paragraph is the closure's source", () => {
  check([
    ['Oslo airport was closed for three hours overnight. Operator Avinor said drones were spotted near the runway.', 'airport_closed', 1, 'Operator Avinor'],
    ['Two airports in the south were shut on Sunday evening. The aviation authority said the decision was taken for safety reasons.', 'airport_closed', 2, 'The aviation authority'],
  ]);
});
