import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';
import type { Claim } from '../src/types.js';

// Which place a count of a short wire item belongs to, one class of wording per test (own sentences).

function claimsOf(text: string, published = '2025-07-04'): Claim[] {
  return extractArticle({ id: 'fx-wire-where', title: null, published, text }).claims;
}

function placeOf(text: string, kind: string, value: number | null): string | null {
  const claims = claimsOf(text);
  const found = claims.find((c) => c.kind === kind && c.value === value);
  assert.ok(found, `no ${kind} ${value} in ${claims.map((c) => `${c.kind} ${c.value} @${c.where?.text}`).join(' | ')} for: ${text}`);
  return found.where?.text ?? null;
}

function expectAll(cases: readonly (readonly [string, string, number | null, RegExp])[]): void {
  const wrong = cases.filter(([text, kind, value, want]) => !want.test(placeOf(text, kind, value) ?? ''))
    .map(([text, kind, value]) => `${kind} ${value} @${placeOf(text, kind, value)} in: ${text}`);
  assert.deepEqual(wrong, []);
}

test('a hospital or town the victims were carried to is no scene for the counts after it', () => {
  expectAll([
    ['Security forces clashed with fighters near Baiji on Monday. The wounded were taken to hospital in Mosul. Troops killed 12 militants in the operation, the army said.', 'killed', 12, /^Baiji$/],
    ['Russian shelling hit Kupiansk overnight. Four wounded residents were evacuated to Kharkiv. Two people were killed, the governor said.', 'killed', 2, /Kupiansk/],
    ['A bomb exploded at a checkpoint outside Jalalabad. Three injured soldiers were flown to Kabul for treatment. Seven people died in the blast.', 'killed', 7, /Jalalabad/],
    ['Fighting erupted in Beni on Thursday. Several of the injured were transferred to hospitals in Goma. At least 15 people were killed, local officials said.', 'killed', 15, /Beni/],
    ['Drones attacked a market in Sumy. Victims were rushed to a clinic in Kyiv. Nine people were injured, officials said.', 'injured', 9, /Sumy/],
    ['Militants ambushed a patrol near Gao. The wounded were airlifted to Bamako. The army said 10 soldiers were killed.', 'killed', 10, /Gao/],
    ['A suicide bomber struck a mosque in Peshawar. The injured were moved to Islamabad. Thirty worshippers died.', 'killed', 30, /Peshawar/],
    ['An explosion ripped through a depot in Taiz. Survivors were taken to hospital in Aden. Eight people were killed.', 'killed', 8, /Taiz/],
    ['Rockets hit Nahariya on Sunday. Two victims were brought to Haifa for surgery. Five people were hurt in the attack.', 'injured', 5, /Nahariya/],
    ['Air strikes pounded Rafah overnight. Dozens of patients were transferred to Khan Younis. The strikes killed 21 people, medics said.', 'killed', 21, /Rafah/],
  ]);
  // The place left stays an evacuation's place; a town that is the scene stays the scene.
  expectAll([
    ['Authorities evacuated 1,200 people from Oleshky to Mykolaiv on Sunday.', 'evacuated', 1200, /Oleshky/],
    ['Shelling hit Izmail overnight. Some 300 residents were evacuated to Odesa, the governor said.', 'evacuated', 300, /Izmail/],
    ['A drone attack on Kherson killed 3 people, the governor said.', 'killed', 3, /Kherson/],
    ['Militants stormed a base near Kidal, killing 16 soldiers, before they were driven back.', 'killed', 16, /Kidal/],
  ]);
});
