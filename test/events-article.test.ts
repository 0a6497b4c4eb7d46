import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';

// Fixtures are written for these tests; none is taken from the evaluation sets.
const summary = (title: string, text: string, published: string) =>
  extractArticle({ id: 't', title, published, text: `${title}\n\n${text}` }).events.map((e) =>
    [e.type, e.mode, e.when, e.actor?.country ?? null, e.recipient?.country ?? null].join(' '));

test('an article yields its main events, merged, headline first', () => {
  const text = [
    'Norway and Finland signed on Monday an accord on joint air policing in the Arctic.',
    'The accord was concluded during a meeting between the Norwegian defence minister and his visiting Finnish counterpart.',
    'The Finnish minister later met the Norwegian prime minister in Oslo for talks on regional security.',
    'There was no sign of dissent in parliament, the watchdog said.',
    'The ministers discussed industrial cooperation in radar research.',
  ].join('\n\n');
  const events = summary('Norway, Finland Sign Air Policing Accord', text, '2024-05-06');
  assert.deepEqual(events, ['AGREE  2024-05-06 NOR FIN', 'CONSULT visit 2024-05-06 FIN NOR']);
});

test('the casualty and air-defence lines of a strike join the strike', () => {
  const text = [
    'Ruritania launched a large drone attack on the Freedonian capital on Tuesday with dozens of drones, officials said.',
    'Freedonian air defences repelled the attack over the city, the ministry said.',
    'The governor said one person was killed and four injured.',
  ].join('\n');
  const events = extractArticle({ id: 't', title: 'Drone Attack on Capital', published: '2024-05-08', text: `Drone Attack on Capital\n\n${text}` }).events;
  assert.equal(events.length, 1);
  assert.equal(events[0]!.type, 'ASSAULT');
  assert.equal(events[0]!.mode, 'drone');
  assert.equal(events[0]!.when, '2024-05-07');
});
