import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline.js';

// News-style snippets of the ACLED sub-event types issue 9 found weak on unseen news
// (test/fixtures/events/news-classes.tsv, written for this test). The rules of data/events/ were
// written from them, so this is a train-side figure: the check splits (events-news-check and
// events-news-blind) say whether the rules generalise. Each class must keep its floor.
const rows = readFileSync(new URL('./fixtures/events/news-classes.tsv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t') as [string, string]);

const FLOOR = Number(process.env.NEWS_CLASSES_FLOOR ?? 0.8);
// The classes the fixture was written for (ten or more snippets each); the rest are controls.
const MIN_PER_CLASS = 10;

test('news classes: each weak ACLED sub-event type is read right on its own snippets', () => {
  const tally = new Map<string, { right: number; n: number; misses: string[] }>();
  for (const [want, text] of rows) {
    const got = extractArticle({ id: 'classes', title: null, published: null, text }).events[0]?.acledSubEventType ?? 'NONE';
    const t = tally.get(want) ?? { right: 0, n: 0, misses: [] };
    t.n++;
    if (got === want) t.right++; else t.misses.push(`${got} <- ${text}`);
    tally.set(want, t);
  }
  const lines = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => `  ${k}: ${t.right}/${t.n}`);
  console.log(`news classes:\n${lines.join('\n')}`);
  const weak = [...tally].filter(([, t]) => t.n >= MIN_PER_CLASS);
  assert.ok(weak.length >= 12, 'the fixture covers the weak types of both rounds');
  for (const [k, t] of weak) assert.ok(t.right / t.n >= FLOOR, `${k}: ${t.right}/${t.n}\n${t.misses.join('\n')}`);
  // Controls (tear gas on a protest, a peaceful march, a bombing): the weak types' cues must not take them.
  const controls = [...tally].filter(([, t]) => t.n < MIN_PER_CLASS);
  const right = controls.reduce((s, [, t]) => s + t.right, 0);
  const n = controls.reduce((s, [, t]) => s + t.n, 0);
  assert.ok(right / n >= 0.9, `controls ${right}/${n}\n${controls.flatMap(([, t]) => t.misses).join('\n')}`);
});

// Written after the rules were final and never used to change them: only its figure is printed.
const holdout = readFileSync(new URL('./fixtures/events/news-classes-holdout.tsv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t') as [string, string]);

test('news classes holdout: the weak types on snippets the rules were not written from', () => {
  const right = holdout.filter(([want, text]) =>
    extractArticle({ id: 'holdout', title: null, published: null, text }).events[0]?.acledSubEventType === want).length;
  console.log(`news classes holdout: ${right}/${holdout.length}`);
  assert.ok(holdout.length >= 45);
  assert.ok(right / holdout.length >= Number(process.env.NEWS_HOLDOUT_FLOOR ?? 0.85), `${right}/${holdout.length}`);
});

// Written and committed before the rules of the events-news round were changed, never edited and
// never read for rules: its weighted F1 (first event's ACLED type, NONE a miss) is the round's
// unseen figure (0.803 before the round).
const holdout2 = readFileSync(new URL('./fixtures/events/news-classes-holdout2.tsv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t') as [string, string]);

test('news classes holdout 2: the error classes of unseen news, on snippets written before the rules', () => {
  const per = new Map<string, [number, number, number]>();
  const get = (k: string): [number, number, number] => per.get(k) ?? (per.set(k, [0, 0, 0]), per.get(k)!);
  for (const [want, text] of holdout2) {
    const got = extractArticle({ id: 'holdout2', title: null, published: null, text }).events[0]?.acledSubEventType ?? 'NONE';
    if (got === want) get(want)[0]++;
    else { get(want)[2]++; if (got !== 'NONE') get(got)[1]++; }
  }
  let sum = 0;
  for (const [tp, fp, fn] of per.values()) sum += (tp ? (2 * tp) / (2 * tp + fp + fn) : 0) * (tp + fn);
  const weighted = sum / holdout2.length;
  console.log(`news classes holdout 2: weighted F1 ${weighted.toFixed(3)} over ${holdout2.length}`);
  assert.ok(holdout2.length >= 60);
  assert.ok(weighted >= Number(process.env.NEWS_HOLDOUT2_FLOOR ?? 0.9), `weighted F1 ${weighted.toFixed(3)}`);
});

// Written after the rules of the events-news round were final and never used to change them.
const holdout3 = readFileSync(new URL('./fixtures/events/news-classes-holdout3.tsv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t') as [string, string]);

test('news classes holdout 3: the error classes of unseen news, written after the rules', () => {
  const right = holdout3.filter(([want, text]) =>
    extractArticle({ id: 'holdout3', title: null, published: null, text }).events[0]?.acledSubEventType === want).length;
  console.log(`news classes holdout 3: ${right}/${holdout3.length}`);
  assert.ok(holdout3.length >= 25);
  assert.ok(right / holdout3.length >= Number(process.env.NEWS_HOLDOUT3_FLOOR ?? 0.9), `${right}/${holdout3.length}`);
});
