import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';
import { GENERIC_PARTY, partyMatches } from '../src/events/actors.js';

// Fixtures are written for these tests; none is taken from the evaluation sets.
const actorsOf = (text: string) =>
  extractArticle({ id: 't', title: null, published: '2025-04-10', text }).events.map((e) =>
    `${e.actor?.country ?? '-'}/${e.actor?.sector ?? '-'} ${e.recipient?.country ?? '-'}/${e.recipient?.sector ?? '-'}`);

test('a wire dateline city is where the story was filed, never the actor', () => {
  const datelines = [
    'BEIRUT, April 10, 2025 (Reuters) - Israeli air strikes killed 14 people in southern Lebanon, the health ministry said.',
    'KHARTOUM, 10 April 2025 (AFP) - Paramilitary drone attacks killed nine civilians in Omdurman, medics said.',
    'DONETSK, Ukraine (AP) — Ukrainian drones struck an oil depot in the city overnight, the local administration said.',
  ];
  const want = [['ISR/MIL'], [], ['UKR/MIL']];
  datelines.forEach((text, i) => {
    const actors = actorsOf(text).map((a) => a.split(' ')[0] ?? '');
    assert.ok(!actors.some((a) => a.startsWith('LBN') || a.startsWith('SDN')) || want[i]!.length === 0, `${text} → ${actors}`);
    for (const w of want[i]!) assert.ok(actors.includes(w), `${text}: want actor ${w}, got ${actors}`);
  });
});

test("a country's strikes are its military's; the country they hit is not", () => {
  assert.match(actorsOf('Russian missile strikes killed five people in Kharkiv on Thursday, the governor said.')[0]!, /^RUS\/MIL /);
  assert.match(actorsOf('Pakistani air raids killed 11 militants in North Waziristan, the army said.')[0]!, /^PAK\/MIL /);
  // The strikes are the actor's: the country word after "strikes against" is their target, not a military.
  for (const a of actorsOf('Russian strikes against Ukrainian power plants cut electricity in four regions, officials said.')) {
    assert.doesNotMatch(a, / UKR\/MIL$/);
  }
  // A hunger strike is no military.
  for (const a of actorsOf('Hundreds of Kenyan students began a hunger strike on Monday to protest against fee rises.')) {
    assert.doesNotMatch(a, /^KEN\/MIL/);
  }
});

test('actors: generic parties tried only at their word starts are those a scan of the whole sentence finds', () => {
  // Word starts inside hyphenated and possessive words, joined parties, capitals, a party at the very end.
  for (const text of [
    'Anti-government protesters and state security forces clashed; police fired on the mob.',
    "The rebels' supporters told SOLDIERS and Policemen that armed men had left, said officials",
    'Pro-army villagers, ex-militiamen and the militia’s fighters met residents of the state.',
    'Farmersville workers_union students: none; refugees/settlers, prisoners—opposition!',
    'mob',
    'No party is named in this sentence at all.',
  ]) {
    const scan: string[] = [];
    const all = new RegExp(GENERIC_PARTY.source, 'gi');
    for (let m = all.exec(text); m; m = all.exec(text)) scan.push(`${m.index}:${m[0]}`);
    assert.deepEqual(partyMatches(text).map((m) => `${m.index}:${m[0]}`), scan, text);
  }
});
