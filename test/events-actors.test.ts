import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';

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
