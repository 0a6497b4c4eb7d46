import { test } from 'node:test';
import type { Token } from '../src/language/tokens.js';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/language/sentences.js';
import { findQuantities } from '../src/language/numbers.js';
import { resolveSentenceDate, explicitDate } from '../src/language/dates.js';

test('sentences: abbreviations, initials and units do not split; offsets index the text', () => {
  const text = 'Gen. Ana M. Ruiz said the U.S. Navy sailed 40 km (25 miles) north. The next day it rained!\n"No," she said. President John F. Kerry Jr. met Dr. Lee.';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), [
    'Gen. Ana M. Ruiz said the U.S. Navy sailed 40 km (25 miles) north.',
    'The next day it rained!',
    '"No," she said.',
    'President John F. Kerry Jr. met Dr. Lee.',
  ]);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('sentences: blank lines start a new paragraph', () => {
  const sentences = splitSentences('One line.\nSame paragraph.\n\nNew paragraph.');
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 0, 1]);
});

test('quantities: digits, words, qualifiers and vague amounts', () => {
  const got = findQuantities('at least 35 killed and 117 wounded, nearly two hundred homes, 1,300 troops, more than a dozen, dozens of flights, up to 40, all four')
    .map((q) => [q.value, q.qualifier]);
  assert.deepEqual(got, [
    [35, 'at_least'], [117, 'exact'], [200, 'about'], [1300, 'exact'], [12, 'more_than'], [null, 'unknown'], [40, 'at_most'], [4, 'exact'],
  ]);
});

test('dates: weekdays are the most recent such day, yesterday is the day before, periods have no date', () => {
  assert.deepEqual(resolveSentenceDate('Rebels attacked the town on Monday.', '2024-05-16'), { date: '2024-05-13', precision: 'day' });
  assert.deepEqual(resolveSentenceDate('Shelling resumed on Thursday.', '2024-05-16'), { date: '2024-05-16', precision: 'day' });
  assert.deepEqual(resolveSentenceDate('Two were hurt yesterday.', '2024-01-01'), { date: '2023-12-31', precision: 'day' });
  assert.equal(resolveSentenceDate('Since 6 March, 40 have died.', '2024-05-16'), null);
  assert.deepEqual(explicitDate('The talks began on 3 February 2020 in Doha.', null), { date: '2020-02-03', precision: 'day' });
  // A yearless date after publication belongs to the year before.
  assert.deepEqual(explicitDate('It began on December 30.', '2024-01-05'), { date: '2023-12-30', precision: 'day' });
  // A month with its year is a date known to the month.
  assert.deepEqual(resolveSentenceDate('In March 2023 rebels shelled the port.', '2024-05-16'), { date: '2023-03-01', precision: 'month' });
});

import { findEntities } from '../src/language/entities.js';

test('entities: people with titles and organisations', () => {
  const got = findEntities('Interior Minister Ana Ruiz met Governor Luis Soto after the Border Police Agency and the UNHCR spoke.')
    .map((e) => [e.type, e.title, e.name]);
  assert.deepEqual(got, [
    ['person', 'Interior Minister', 'Ana Ruiz'],
    ['person', 'Governor', 'Luis Soto'],
    ['organisation', null, 'Border Police Agency'],
    ['organisation', null, 'UNHCR'],
  ]);
});

test('sentences: a run without stops is cut at spaces, so no stage meets an unbounded sentence', () => {
  const blob = 'word '.repeat(2000);
  const sentences = splitSentences(blob);
  assert.ok(sentences.length >= 6);
  assert.ok(sentences.every((s) => s.text.length <= 1500 && blob.slice(s.start, s.end) === s.text));
});

test('tokens: each sentence takes its tokens from the whole text, the same as tokenizing it alone', async () => {
  const { tokenize } = await import('../src/language/tokens.js');
  const { tokenizeText, textTokens, sentenceTokens } = await import('../src/language/text-tokens.js');
  // A headline, a dateline, joiners at sentence ends, a non-BMP letter and a run without stops cut mid-word.
  const text = `Blasts hit Kharkiv\n\nKYIV (Reuters) - Officials said 12 drones were down.Two more fell in the U.S. "Quiet," she said. 𝐀𝐁 drones.\n${'x'.repeat(1600)}y tail.`;
  const sentences = splitSentences(text);
  const whole = tokenizeText(text, sentences);
  assert.deepEqual(whole, tokenize(text));
  const columns = textTokens(text, []);
  assert.deepEqual(whole.map((t) => [t.start, t.end, t.form]), [...columns.start].map((s, k) => [s, columns.end[k], columns.form[k]]));
  for (const s of sentences) assert.deepEqual(sentenceTokens(s), tokenize(s.text), s.text.slice(0, 40));
  // A copy with other text is tokenized afresh, never given the original's tokens.
  const copy = { ...sentences[1]!, text: ' '.repeat(4) + sentences[1]!.text.slice(4) };
  assert.deepEqual(sentenceTokens(copy), tokenize(copy.text));
});

test('tokenize gives each token its spelling\'s shared form; annotateTokens stores the form on a token made without one', async () => {
  const { annotateTokens } = await import('../src/language/annotate.js');
  const { tokenize, formOf } = await import('../src/language/tokens.js');
  const text = "Crews didn't reopen the bridge on Friday; crews said the bridge had cracked.";
  const tokens = tokenize(text);
  assert.ok(tokens.every((t) => t.form === formOf(t.text) && t.form.text === t.text && t.lower === t.text.toLowerCase()));
  // One form per spelling, whether met in the text or asked for by name.
  assert.equal(tokens[4]!.form, tokens.find((t, i) => i > 4 && t.text === 'bridge')!.form);
  assert.notEqual(tokens[0]!.form, tokens.find((t) => t.text === 'crews')!.form);
  const bare: Token[] = tokens.map(({ text: w, lower, start, end }) => ({ text: w, lower, start, end }));
  const { tokens: annotated } = annotateTokens(text, bare);
  assert.ok(bare.every((t) => t.form === formOf(t.text)));
  assert.equal(annotated[1]!.lemma, formOf("didn't").lemma);
});

test('formOf: every spelling gets a form of its own text, also past the table\'s bound (a new generation)', async () => {
  const { formOf, tokenize } = await import('../src/language/tokens.js');
  const kept = formOf('Kherson');
  for (let i = 0; i < 210_000; i++) {
    const w = `w${i.toString(36)}`;
    if (formOf(w).text !== w) assert.fail(`form of ${w} is ${formOf(w).text}`);
  }
  assert.notEqual(formOf('Kherson').generation, kept.generation);
  assert.equal(kept.text, 'Kherson');
  const again = tokenize('Kherson and kherson')[0]!.form!;
  assert.equal(again.text, 'Kherson');
  assert.equal(again.lower, 'kherson');
  assert.equal(formOf('Kherson'), again);
  assert.notEqual(again, kept);
});

test('annotateSentence: quantities, entities and the date are read on first ask, once', async () => {
  const { annotateSentence } = await import('../src/language/annotate.js');
  const text = 'On Monday, 14 fishermen were rescued near the harbour.';
  const s = annotateSentence({ start: 0, end: text.length, text, paragraph: 2 }, 5, { published: '2024-03-06' });
  assert.equal(s.id, 5);
  assert.equal(s.paragraph, 2);
  assert.equal(s.quantities[0]!.value, 14);
  assert.equal(s.quantities, s.quantities);
  assert.deepEqual(s.date, { date: '2024-03-04', precision: 'day' });
  assert.equal(s.entities, s.entities);
});

test('cues and sentence parts read by the tokens\' forms are those read by their words', async () => {
  const { findCues, sentenceParts } = await import('../src/language/cues.js');
  const { tokenize, ByForm, formOf } = await import('../src/language/tokens.js');
  const text = "Officials did not confirm the strike and it may never be known; they won't say, but the army said it could resume.";
  const withForms = tokenize(text);
  const bare: Token[] = withForms.map(({ text: w, lower, start, end }) => ({ text: w, lower, start, end }));
  assert.ok(findCues(withForms).length >= 3);
  assert.deepEqual(findCues(withForms), findCues(bare));
  assert.deepEqual([...sentenceParts(withForms)], [...sentenceParts(bare.map(({ form: _, ...t }) => t))]);
  // A fact kept by form is computed once per spelling.
  let calls = 0;
  const lengths = new ByForm((f) => (calls++, f.text.length));
  for (const t of withForms) assert.equal(lengths.get(t.form!), t.text.length);
  assert.equal(calls, new Set(withForms.map((t) => t.text)).size);
  assert.equal(lengths.get(formOf('said')), 4);
});
