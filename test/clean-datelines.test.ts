import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../src/clean/index.js';
import type { Article } from '../src/types.js';

// Dateline and byline styles of wire and web news (sentences written for this project). Each
// case: the text, the publication date given with it, and the dateline cleaning should read.
const body = 'Russian artillery shelled Kherson overnight, leaving five people dead.';
const cases: [string, string, string | null, { date: string | null; place: string | null }][] = [
  ['city, month and day', `KYIV, May 15 (Reuters) - ${body}`, null, { date: null, place: 'KYIV' }],
  ['city, month and day, year from publication', `KYIV, May 15 (Reuters) - ${body}`, '2025-05-16', { date: '2025-05-15', place: 'KYIV' }],
  ['city and country', `KYIV, Ukraine (AP) — ${body}`, null, { date: null, place: 'KYIV' }],
  ['city and full date', `KYIV, May 15, 2025 (Reuters) - ${body}`, null, { date: '2025-05-15', place: 'KYIV' }],
  ['date before city', `May 15, 2025 KYIV — ${body}`, null, { date: '2025-05-15', place: 'KYIV' }],
  ['byline then date line', `Shelling hits Kherson\nBy Jane Doe, Reuters\nMay 15, 2025\n${body}`, null, { date: '2025-05-15', place: null }],
  ['published line', `Published 15 May 2025\n${body}`, null, { date: '2025-05-15', place: null }],
  ['updated line with time', `Updated: May 15, 2025 10:32 GMT\n${body}`, null, { date: '2025-05-15', place: null }],
  ['city and agency only', `KYIV (Reuters) - ${body}`, '2025-05-15', { date: null, place: 'KYIV' }],
  ['numeric date and time', `15.05.2025 10:32\n${body}`, null, { date: '2025-05-15', place: null }],
  ['two-word city', `NEW DELHI, June 2 (Reuters) - ${body}`, '2025-06-03', { date: '2025-06-02', place: 'NEW DELHI' }],
  ['day before month', `ODESA, 3 March 2024 (AFP) - ${body}`, null, { date: '2024-03-03', place: 'ODESA' }],
  ['year without comma', `ODESA, Mar 3 2024 (AFP) - ${body}`, null, { date: '2024-03-03', place: 'ODESA' }],
  ['day before abbreviated month, year from publication', `ODESA, 3 Mar (AFP) - ${body}`, '2024-03-04', { date: '2024-03-03', place: 'ODESA' }],
  ['two cities', `BRUSSELS/ODESA, Mar 3, 2024 (AFP) - ${body}`, null, { date: '2024-03-03', place: null }],
  ['city in title case with country and agency', `Bamako, Mali (AFP) - ${body}`, null, { date: null, place: 'Bamako' }],
  ['city in title case with date and agency', `Port Sudan, June 8 (AFP) - ${body}`, '2025-06-09', { date: '2025-06-08', place: 'Port Sudan' }],
  ['agency closing the dateline without a dash', `SRINAGAR, April 2 (PTI) ${body}`, '2025-04-03', { date: '2025-04-02', place: 'SRINAGAR' }],
  ['city in title case with country and a long dash', `Tripoli, Libya – ${body}`, null, { date: null, place: 'Tripoli' }],
  ['two-word city in title case with country and an em dash', `Addis Ababa, Ethiopia — ${body}`, null, { date: null, place: 'Addis Ababa' }],
];

// "Kharkiv, Sumy – two cities –": a pair of names before a dash in a sentence is no dateline when the dash opens an aside.
test('cleanArticle dateline: a list of places closed by a dash and a lower-case word is none', () => {
  const { dateline } = cleanArticle({ id: 'x', title: null, published: null, text: `Kharkiv, Sumy – both near the border – were shelled. ${body}` });
  assert.equal(dateline?.place ?? null, null);
});

// Title-case words before a dash without an agency are no dateline ("Hamas - the group said -").
test('cleanArticle dateline: title-case words and a dash without an agency are none', () => {
  const { dateline } = cleanArticle({ id: 'x', title: null, published: null, text: `Odesa - the port city - was shelled again. ${body}` });
  assert.equal(dateline?.place ?? null, null);
});

for (const [name, text, published, want] of cases) {
  test(`cleanArticle dateline: ${name}`, () => {
    const article: Article = { id: name, title: null, published, text };
    const { dateline, body: lines } = cleanArticle(article);
    assert.deepEqual({ date: dateline?.date ?? null, place: dateline?.place ?? null }, want);
    // A wire dateline's span runs to the story's first word.
    if (dateline?.prefix) assert.equal(text.slice(dateline.prefix.end), body);
    // The story's sentence stays body; bylines and date lines do not.
    const kept = lines.map((l) => text.slice(l.start, l.end));
    assert.ok(kept.some((l) => l.endsWith(body)), kept.join(' | '));
    assert.ok(!kept.some((l) => /^(By |Published|Updated|15\.05)/.test(l)), kept.join(' | '));
  });
}

test('cleanArticle dateline: a sentence opening with a capitalised word and a dash is no dateline', () => {
  const { dateline } = cleanArticle({ id: 'x', title: null, published: null, text: 'NATO - the alliance - met in Brussels.\nOfficials said little.' });
  assert.equal(dateline?.place ?? null, null);
});
