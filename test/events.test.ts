import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../src/events/classify.js';
import { countFatalities } from '../src/events/fatalities.js';
import { extractEvents } from '../src/events/index.js';
import { cleanArticle } from '../src/clean/index.js';
import { splitSentences } from '../src/language/sentences.js';
import { findPlaces } from '../src/places/index.js';
import type { Article } from '../src/types.js';

// Fixtures are written for these tests; none is taken from the evaluation sets.
const sub = (lead: string, context?: string): string | null => classify(lead, context)?.eventClass.sub ?? null;
const plover = (lead: string): string | null => classify(lead)?.eventClass.plover ?? null;

test('the weapon named decides the remote-violence class', () => {
  assert.equal(sub('Yesterday, enemy drones struck a fuel depot near the river port.'), 'Air/drone strike');
  assert.equal(sub('Army warplanes carried out air raids on rebel hideouts.'), 'Air/drone strike');
  assert.equal(sub('Troops shelled the outskirts of the town with mortars.'), 'Shelling/artillery/missile attack');
  assert.equal(sub('A roadside bomb exploded under a passing bus.'), 'Remote explosive/landmine/IED');
});

test('armed parties fight; unarmed victims are attacked', () => {
  assert.equal(sub('Rebel fighters clashed with army troops near the bridge.'), 'Armed clash');
  assert.equal(sub('Unknown gunmen shot dead two farmers in their field.'), 'Attack');
  assert.equal(sub('Masked men abducted a schoolteacher from his home.'), 'Abduction/forced disappearance');
  // An armed victim makes a battle whoever fired; off duty, a policeman is a civilian victim.
  assert.equal(sub('On 3 March 2024, unknown gunmen shot and killed a soldier at a checkpoint outside the town.'), 'Armed clash');
  assert.equal(sub('On 3 March 2024, gunmen shot and killed two gang members in the market district.'), 'Armed clash');
  assert.equal(sub('On 3 March 2024, gunmen shot and killed an off-duty police officer outside his home.'), 'Attack');
  assert.equal(sub('On 4 March 2024, militants carried out an attack against army positions near the dam.'), 'Armed clash');
  assert.equal(sub('On 4 March 2024, troops and dissident fighters clashed in the hills, leaving two people injured.'), 'Armed clash');
  // Vocabulary of whole classes: taking control, overtaking a named place, heavy fire exchanged.
  assert.equal(sub('On 5 March 2024, the rebels claimed taking control over Novoselka.'), 'Non-state actor overtakes territory');
  assert.equal(sub('On 5 March 2024, rebel fighters overtook Kalemba after a short advance.'), 'Non-state actor overtakes territory');
  assert.equal(sub('On 5 March 2024, 40 migrants were captured and detained at the border by police.'), 'Arrests');
  assert.equal(sub('On 5 March 2024, two armed factions exchanged heavy fire near the port.'), 'Armed clash');
  // "whom they accused": the accusation describes the victims; the killing is the event.
  assert.equal(sub('On 4 March 2024, militants killed three herders whom they accused of spying for the army.'), 'Attack');
});

test('a demonstration is classed by how it went', () => {
  const lead = 'Hundreds of nurses staged a protest outside the ministry to demand higher pay.';
  assert.equal(sub(lead), 'Peaceful protest');
  assert.equal(sub(lead, `${lead} Police used tear gas to disperse them.`), 'Protest with intervention');
  assert.equal(sub(lead, `${lead} Some protesters threw stones at officers.`), 'Violent demonstration');
  assert.equal(sub('Two rival groups of villagers clashed with sticks over a land dispute.'), 'Mob violence');
  // A press conference with banners is a demonstration, not a summit; a May Day protest is no modal.
  assert.equal(sub('On 3 May 2024, union members held a press conference with banners in front of the city hall.'), 'Peaceful protest');
  assert.equal(sub('On 1 May 2024, hundreds of dock workers staged a May Day protest in the harbour district.'), 'Peaceful protest');
  assert.equal(sub('On 9 June 2024, in support of striking nurses, teachers marched to the health ministry.'), 'Peaceful protest');
  // ACLED gives a crowd size only for demonstrations: what the crowd "demanded" is its protest.
  assert.equal(sub('On 2 June 2024, supporters of the mayor demanded his reinstatement in the old town. [size=no report]'), 'Peaceful protest');
  assert.equal(plover('On 2 June 2024, supporters of the mayor demanded his reinstatement in the old town.'), 'DEMAND');
  // Burning barricades make a demonstration violent; a crowd's violence with no demonstration is a riot.
  assert.equal(sub('On 5 June 2024, residents staged a demonstration and erected burning barricades on the ring road. [size=no report]'), 'Violent demonstration');
  assert.equal(sub('On 6 June 2024, villagers beat a suspected thief and torched his motorbike near the market. [size=no report]'), 'Mob violence');
});

test('modality and negation turn acts into statements', () => {
  assert.equal(plover('The government threatened to expel foreign journalists.'), 'THREATEN');
  assert.equal(plover('The minister will visit the capital next month.'), 'AGREE');
  assert.equal(plover('The opposition demanded the release of detained activists.'), 'DEMAND');
  assert.equal(plover('The ministry denied that its aircraft had bombed the village.'), 'REJECT');
  assert.equal(plover('The foreign minister condemned the border incursion.'), 'DISAPPROVE');
  // A promise on a condition is an ultimatum; failed talks and opposition to mediation are rejections.
  assert.equal(plover('The island state said it will withdraw its patrol boats from the strait unless the fishing fleet leaves.'), 'THREATEN');
  assert.equal(plover('The two delegations failed to reach an agreement on the water quota after a week of talks.'), 'REJECT');
  assert.equal(plover('The junta is firmly opposed to regional mediation in the border dispute, its spokesman said.'), 'REJECT');
  assert.equal(plover("The ministry summoned Freedonia's ambassador Karl Ruhe to complain about the raids."), 'DISAPPROVE');
  // A promise to give, return or release is an agreement, not the aid or the abduction it mentions.
  assert.equal(plover('The rebels said they will release the three engineers they had kidnapped in May.'), 'AGREE');
  assert.equal(plover('Norland will provide 2,000 tonnes of food aid to the flooded provinces.'), 'AGREE');
  assert.equal(plover('Norland will not provide any more aid, its minister said.'), 'REJECT');
  // A possessive between the verb and its object is one more word, not the end of the phrase.
  assert.equal(plover("The cabinet welcomed the president's ceasefire proposal on Tuesday."), 'SUPPORT');
});

test('fatalities follow the ACLED convention', () => {
  assert.equal(countFatalities('Militants killed 4 villagers in one hamlet and 3 in another.'), 7);
  assert.equal(countFatalities('Casualties unknown.'), 0);
  assert.equal(countFatalities('A man was shot dead at a checkpoint.'), 1);
  assert.equal(countFatalities('At least 12 people were killed, including three children.'), 12);
});

test('background sentences yield no dated event; the lead event has actors and a date', () => {
  const text = [
    'Northland launched a large drone attack on Southland on Tuesday, officials said.',
    'Southland, itself the target of repeated drone strikes, has tried to strike back with missiles.',
  ].join('\n');
  const article: Article = { id: 't', title: null, published: '2025-03-11', text: text.replace(/Northland/g, 'Ukraine').replace(/Southland/g, 'Russia') };
  const events = extractEvents({ article, sentences: splitSentences(article.text), places: [], claims: [], datelinePlace: cleanArticle(article).dateline?.place ?? null });
  assert.equal(events[0]?.type, 'ASSAULT');
  assert.equal(events[0]?.mode, 'drone');
  assert.equal(events[0]?.when, '2025-03-11');
  assert.equal(events[0]?.actor?.country, 'UKR');
  // A country's drones are its military's.
  assert.equal(events[0]?.actor?.sector, 'MIL');
  assert.equal(events[0]?.recipient?.country, 'RUS');
  assert.ok(events.every((e) => e.when === null || e.evidence.start === 0));
  assert.ok(events[0]?.rule);
});

test('subordinate clauses and stated intent do not make the event', () => {
  assert.equal(plover('Despite appeals by relief agencies, the council is refusing to lift the blockade on the port.'), 'REJECT');
  assert.equal(plover('The insurgents said they will release the captives, whom they had kidnapped last month.'), 'AGREE');
  assert.equal(plover('The republic offered to extradite three suspects to its neighbour.'), 'AGREE');
  assert.equal(plover('The regional governor relaxed curfew restrictions in the northern districts.'), 'CONCEDE');
  assert.equal(sub('Militia fighters killed four soldiers in a gun battle near the dam.'), 'Armed clash');
});

test('the event place: coded-to cue and settlements before countries', () => {
  const at = (text: string): string | null => {
    const article: Article = { id: 'w', title: null, published: '2023-05-01', text };
    return extractEvents({ article, sentences: splitSentences(text), places: findPlaces(text), claims: [], datelinePlace: cleanArticle(article).dateline?.place ?? null })[0]?.where?.text ?? null;
  };
  assert.equal(at('On 3 May 2023, members of a teachers union of Pakistan staged a protest in Lahore city against pay cuts.'), 'Lahore');
  assert.equal(at('On 3 May 2023, farmers protested near a market in a village of Sindh [coded as Hyderabad] over water shortages.'), 'Hyderabad');
});

test('officials by title are actors; a wire dateline is not; a meeting carries no one else’s deaths', () => {
  const text = 'CAIRO, May 4 (Reuters) - Foreign Minister Laila Haddad met her Jordanian counterpart Omar Nasser in Cairo ' +
    'on Sunday to discuss border security. On Saturday, gunmen killed three soldiers at a checkpoint in Sinai, the army said.';
  const article: Article = { id: 'o', title: null, published: '2025-05-04', text };
  const events = extractEvents({ article, sentences: splitSentences(text), places: findPlaces(text), claims: [], datelinePlace: cleanArticle(article).dateline?.place ?? null });
  const meeting = events.find((e) => e.type === 'CONSULT');
  assert.ok(meeting, 'a CONSULT event');
  assert.equal(meeting.actor?.text, 'Foreign Minister Laila Haddad');
  assert.equal(meeting.actor?.sector, 'GOV');
  // She is in Cairo and her counterpart is the Jordanian: she is the host, Egyptian.
  assert.equal(meeting.actor?.country, 'EGY');
  assert.equal(meeting.recipient?.country, 'JOR');
  assert.equal(meeting.fatalities, null);
  const attack = events.find((e) => e.type !== 'CONSULT');
  assert.equal(attack?.fatalities, 3);
});

test('an event date says how exactly it is known: a stated day, or the publication date standing in', () => {
  const text = ['Rebel fighters attacked an army base near the border on Monday, the military said.', '',
    'The attack came weeks after talks collapsed. Officials said more troops would be sent.', '',
    'Separately, the defence minister met his Kenyan counterpart to discuss the border.'].join('\n');
  const article: Article = { id: 'd', title: null, published: '2025-04-09', text };
  const events = extractEvents({ article, sentences: splitSentences(text), places: findPlaces(text), claims: [], datelinePlace: cleanArticle(article).dateline?.place ?? null });
  const attack = events.find((e) => e.acledEventType !== null);
  assert.equal(attack?.when, '2025-04-07');
  assert.equal(attack?.whenPrecision, 'day');
  // The meeting states no date: the article's date stands in, and says so.
  const meeting = events.find((e) => e.type === 'CONSULT');
  assert.equal(meeting?.when, '2025-04-07');
  assert.equal(meeting?.whenPrecision, 'week');
  for (const e of events) assert.equal(e.when === null, e.whenPrecision === null);
});

test('the target between the attacker and the weapon named last is the recipient', () => {
  const text = 'The Indian Air Force struck a Pakistani air base near Lahore with cruise missiles on Friday.';
  const article: Article = { id: 'w', title: null, published: '2025-05-10', text };
  const [event] = extractEvents({ article, sentences: splitSentences(text), places: findPlaces(text), claims: [], datelinePlace: cleanArticle(article).dateline?.place ?? null });
  assert.equal(event?.actor?.country, 'IND');
  assert.equal(event?.recipient?.country, 'PAK');
});
