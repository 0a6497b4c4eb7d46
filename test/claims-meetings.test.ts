import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';

// Meetings and agreements as wire stories tell them (sentences written for this project). Each case is
// a sentence and the [kind, where] of the meeting or agreement claims it must give (where '-' = none).
const found = (text: string): string[] =>
  extractArticle({ id: 'm', title: null, published: '2025-09-12', text }).claims
    .filter((c) => c.kind === 'meeting' || c.kind === 'agreement')
    .map((c) => `${c.kind} @${c.where?.text ?? '-'}`);
const claimants = (text: string): (string | null)[] =>
  extractArticle({ id: 'm', title: null, published: '2025-09-12', text }).claims.map((c) => c.claimant);

function expectEach(cases: readonly [string, string[]][]): void {
  for (const [text, want] of cases) assert.deepEqual(found(text), want, text);
}

test('a gathering in a resort or a described town is placed at the town, not the adjective', () => {
  expectEach([
    ['Leaders of the seven rich democracies met in the alpine resort of Elmau on Sunday.', ['meeting @Elmau']],
    ['Finance chiefs gathered in the Black Sea resort of Sochi for two days.', ['meeting @Sochi']],
    ['Alliance leaders opened their summit in the Dutch city of Maastricht on Tuesday.', ['meeting @Maastricht']],
    ['The envoys met in the southern port city of Aden on Thursday.', ['meeting @Aden']],
    ['Talks in the Red Sea port of Jeddah lasted eight hours.', ['meeting @Jeddah']],
    ['The two presidents met at the lakeside town of Bled.', ['meeting @Bled']],
  ]);
});

test('hosted, received, sat down with: a host meets a guest named by country and office', () => {
  expectEach([
    ['Egyptian President Abdel Fattah el-Sisi hosted Jordan\'s King Abdullah in Cairo on Monday.', ['meeting @Cairo']],
    ['German Chancellor Friedrich Merz received French President Emmanuel Macron in Berlin.', ['meeting @Berlin']],
    ['The emir hosted the Syrian leader in Doha on Wednesday.', ['meeting @Doha']],
    ['Egypt\'s intelligence chief received a Hamas delegation in Cairo on Sunday.', ['meeting @Cairo']],
    ['The Kenyan president sat down with his Ugandan counterpart in Entebbe on Friday.', ['meeting @Entebbe']],
    ['Finnish President Alexander Stubb sat down with Turkish President Recep Tayyip Erdogan in Ankara.', ['meeting @Ankara']],
    ['Zelenskyy sat down with Trump at the Vatican on Saturday.', ['meeting @Vatican']],
    ['Zelenskyy sat down with Fox News for an interview.', []],
    ['The minister sat down with reporters after the vote.', []],
    ['The agency welcomed the decision by President Ruto.', []],
  ]);
});

test('a call is no meeting (statements25: writers count meetings held in person); speaking with a titled leader is one', () => {
  expectEach([
    ['Putin and Trump held a phone call on Tuesday.', []],
    ['Trump said he had a very good call with Putin.', []],
    ['Chinese Foreign Minister Wang Yi held a phone conversation with Indonesian Foreign Minister Sugiono.', []],
    ['The special envoy spoke with Russian President Vladimir Putin on Thursday.', ['meeting @Russia']],
    ['Starmer phoned President Zelenskyy after the strike.', []],
    ['Macron and Carney are expected to hold a phone call next week.', []],
    ['Albanese did not take a phone call from the opposition leader.', []],
    ['The minister spoke with reporters after the vote.', []],
  ]);
  // "In a phone call on Monday, A and B …": a call told as the frame of what was said is none either.
  assert.deepEqual(claimants('In a phone call on Monday, Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif discussed the border.'), []);
});

test('planned meetings are none; a meeting that ended without agreement took place', () => {
  expectEach([
    ['The foreign ministers will meet next week in Geneva.', []],
    ['Trump and Putin are expected to meet in Budapest in the coming weeks.', []],
    ['A summit in the Dutch city of Maastricht is planned for June.', []],
    ['The summit is due in Vilnius.', []],
    ['The meeting in Vienna ended without agreement.', ['meeting @Vienna']],
    ['Talks in Geneva between U.S. and Russian officials ended without a deal on Friday.', ['meeting @Geneva']],
    ['The talks in Lusaka ended without a breakthrough on Friday.', ['meeting @Lusaka']],
  ]);
});

test('the parties of a meeting are the states their leaders and ministers act for, then the people', () => {
  const cases: [string, string][] = [
    ['Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Thursday.', 'Armenia and Azerbaijan'],
    ['Polish Foreign Minister Radoslaw Sikorski met his Lithuanian counterpart in Vilnius.', 'Poland and Lithuania'],
    ['Russian and Ukrainian delegations held direct talks in Istanbul on Friday.', 'Russia and Ukraine'],
    ['U.S. and Iranian negotiators held a fourth round of talks in Muscat on Sunday.', 'United States and Iran'],
    ['Chinese President Xi Jinping held talks with Brazilian President Lula in Beijing.', 'China and Brazil'],
    ['French President Emmanuel Macron met Iranian President Masoud Pezeshkian in Geneva on Saturday.', 'France and Iran'],
  ];
  for (const [text, states] of cases) {
    const [claimant] = claimants(text);
    assert.ok(claimant?.startsWith(`${states} (`), `${text} -> ${claimant}`);
  }
  // A story names the leader with his country once, and by surname after.
  const story = 'Hungarian Prime Minister Viktor Orban arrived in Baku on Monday. Orban met Azerbaijani President Ilham Aliyev in Baku on Tuesday.';
  assert.deepEqual(claimants(story).filter((c) => c?.includes('Aliyev')), ['Hungary and Azerbaijan (Hungarian Prime Minister Viktor Orban and Azerbaijani President Ilham Aliyev)']);
  // Leaders named without their country act for the state they lead (data/claims/leaders.json).
  assert.deepEqual(claimants('Zelenskyy and Trump met at the Vatican.'), ['Ukraine and United States (Zelenskyy and Trump)']);
  // Parties that name no state stay as written; a list of peoples is not one party per state.
  assert.deepEqual(claimants('Varo and Lindqvist met at the Vatican.'), ['Varo and Lindqvist']);
  assert.deepEqual(claimants('Chile and Peru signed a border pact in Lima.'), ['Chile and Peru']);
});

test('talk about an agreement is none; signed, agreed, reached, struck, initialled are', () => {
  expectEach([
    ['The two sides hope to sign a deal by the end of the month.', []],
    ['The agreement, which collapsed last year, had limited enrichment.', []],
    ['The U.N. chief called for a ceasefire agreement in Sudan.', []],
    ['Hamas rejected the proposal on Wednesday.', []],
    ['Negotiations on an accord to end the war resumed.', []],
    ['Neither side has signed the border accord.', []],
    ['Both sides failed to reach an agreement.', []],
    ['The leaders discussed a possible trade agreement.', []],
    ['The agreement is expected to be signed next week.', []],
    ['Lawmakers urged the government to reach an agreement with the unions.', []],
    ['Trump signed an executive order on tariffs on Monday.', []],
    ['The sides agreed to meet again next month.', []],
    ['Tokyo and Canberra voiced concern over the strait and agreed to strengthen deterrence.', []],
    ['Ethiopia and Eritrea signed a peace accord in Riyadh.', ['agreement @Riyadh']],
    ['Moscow and Kyiv reached a deal on prisoner exchanges.', ['agreement @-']],
    ['The two governments struck an accord on fishing rights.', ['agreement @-']],
    ['Rwanda and Congo initialed a draft peace agreement in Washington on Wednesday.', ['agreement @Washington']],
    ['Negotiators initialled the text of a trade agreement in Geneva.', ['agreement @Geneva']],
    ['Thailand and Cambodia agreed on Monday to an unconditional ceasefire.', ['agreement @-']],
    ['Russia and Ukraine agreed to swap 1,000 prisoners each.', ['agreement @-']],
    ['The parties reached an understanding on prisoner exchanges, mediators said.', ['agreement @-']],
  ]);
});

test('one meeting told several times in a story is one claim', () => {
  // The lead without a place, the body with it: one meeting, at its place.
  const lead = 'European defence chiefs are holding high-level talks this week on rearmament. Speaking to the chiefs gathered in Lisbon on Tuesday, the minister urged more spending.';
  assert.deepEqual(found(lead), ['meeting @Lisbon']);
  // "his visit to Oman" beside "met in Muscat": the visit is that meeting.
  const visit = 'The sultan met Rubio in Muscat on Monday. It was Rubio\'s second visit to Oman this year.';
  assert.deepEqual(found(visit), ['meeting @Muscat']);
  // A later mention that names no party, at the same place.
  const again = 'Serbian and Kosovar negotiators met in Brussels on Thursday. The meeting in Brussels ended without agreement.';
  assert.deepEqual(found(again), ['meeting @Brussels']);
  // Two meetings at one place with different parties stay two; a call stays apart from a meeting.
  const host = 'Modi met Gantz in New Delhi on Thursday. Modi later met Albanese in New Delhi.';
  assert.deepEqual(found(host), ['meeting @New Delhi', 'meeting @New Delhi']);
  const call = 'Trump and Putin held a phone call on Tuesday. Trump and Putin met in Anchorage in August.';
  assert.deepEqual(found(call), ['meeting @Anchorage']);
  // The same parties in the very next sentence retell the meeting; a region holds the city it was in.
  const next = 'Indian Prime Minister Narendra Modi hosted Australian Prime Minister Anthony Albanese in New Delhi on Monday. Albanese and Modi held talks on trade.';
  assert.deepEqual(found(next), ['meeting @New Delhi']);
  const region = 'Trump and Putin met at a military base in Anchorage on Friday. The summit in Alaska ended without a deal.';
  assert.deepEqual(found(region), ['meeting @Anchorage']);
  // A side meeting of a summit is its own meeting.
  const side = 'NATO leaders opened a summit in the Dutch city of The Hague on Tuesday. Trump met Zelenskyy on the sidelines of the summit.';
  assert.equal(found(side).length, 2);
});

test('a clause about another gathering, and a history of meetings', () => {
  expectEach([
    // ", a day after hosting a summit in Tianjin": two gatherings, each at its own place.
    ['Xi Jinping sat down with Vladimir Putin in Beijing on Tuesday, a day after hosting a regional summit in the port city of Tianjin.', ['meeting @Beijing', 'meeting @Tianjin']],
    ['The envoys met in Muscat on Sunday, after talks in Rome last month.', ['meeting @Muscat', 'meeting @Rome']],
    ['The two leaders had met several times before without a deal.', []],
    ['Erdogan and Aliyev have met many times.', []],
  ]);
});

test('an agreement is placed at the described town where it was signed', () => {
  expectEach([
    ['Israel and Hamas signed the first phase of a ceasefire deal in the Egyptian resort town of Sharm el-Sheikh.', ['agreement @Sharm el-Sheikh']],
    ['Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire in the Malaysian capital of Kuala Lumpur.', ['agreement @Kuala Lumpur']],
  ]);
});

test('a capital named by its people, an agreement after a placed summit, procedural and planned talk', () => {
  // "in the Omani capital": the place is the country's, not the word "Omani".
  assert.deepEqual(found('Iranian and American negotiators held indirect talks in the Omani capital on Saturday.'), ['meeting @Oman']);
  // The sentence after a placed summit signs where the summit was, not at the dateline.
  const after = 'SEOUL (AP) — The two presidents held their first summit in the southeastern city of Gyeongju on Saturday. The two governments signed agreements on currency swaps.';
  assert.deepEqual(found(after), ['meeting @Gyeongju', 'agreement @Gyeongju']);
  expectEach([
    ['Trump began arranging a meeting between the Russian and Ukrainian leaders.', []],
    ['Top U.S. and Russian diplomats met in Riyadh on Tuesday and agreed to start working on ending the war.', ['meeting @Riyadh']],
    ['Alliance ministers met in Tessal and agreed to raise spending on air defence.', ['agreement @Tessal', 'meeting @Tessal']],
  ]);
});

test('a meeting told right after a placed summit, with some of its parties, retells it; a call does not', () => {
  const summit = 'TOKYO (AP) — The European Union and Japan held a summit in Osaka on Wednesday. Japanese Prime Minister Shigeru Ishiba hosted European Council President Antonio Costa.';
  assert.deepEqual(found(summit), ['meeting @Osaka']);
  const call = 'WASHINGTON (AP) — Trump said he had a long phone call with Putin about the war in Ukraine. Trump later spoke with Ukrainian President Volodymyr Zelenskyy.';
  assert.equal(found(call).length, 1);
});
