import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyByRules } from '../src/events/classify.js';
import { activeModel, features, parseModel, predict, predictIds, predictText, reachBound, reachOverNone, ruleLogits, stem } from '../src/events/model.js';
import { stemIds } from '../src/events/stemids.js';
import { addRow, type SparseRows } from '../src/events/sparserows.js';
import { extractArticle } from '../src/pipeline.js';
import { tokenize } from '../src/language/index.js';

const view = (text: string) => {
  const r = classifyByRules(text);
  return { classId: r.decision?.eventClass.id ?? null, sub: r.decision?.eventClass.sub ?? null, hitClasses: r.hitClasses };
};

test('events model: stems join the inflections of a verb', () => {
  assert.equal(stem('defused'), stem('defuses'));
  assert.equal(stem('defusing'), stem('defuse'));
  assert.equal(stem('shelled'), stem('shelling'));
  assert.equal(stem('protesters'), 'protester');
});

test('events model: the fast reader gives the probabilities of the features the trainer saw', () => {
  const MODEL = activeModel();
  assert.ok(MODEL, 'data/models/events.json is committed');
  for (const text of [
    "Protesters hurled stones at the governor's convoy in the old town.",
    'Soldiers found two rifles and a box of detonators in a cave (Kunar).',
    'The minister met his counterpart in Rome.',
  ]) {
    const a = predictText(MODEL, text, view(text));
    const b = predict(MODEL, features(text, view(text)));
    assert.equal(a.length, MODEL.classes.length);
    a.forEach((p, k) => assert.ok(Math.abs(p - b[k]!) < 1e-9, text));
    assert.ok(Math.abs(a.reduce((x, y) => x + y, 0) - 1) < 1e-9);
  }
});

test('events model: the word bound never falls under a real logit margin (so gating the model cannot change a class)', () => {
  const MODEL = activeModel()!;
  for (const text of [
    'Hundreds of residents rallied outside the town hall and later set fire to a police kiosk.',
    'The committee will meet again next week to review the budget.',
    'Engineers from the army made safe an old artillery shell that farmers ploughed up.',
    'Fighters loyal to the general withdrew from the airport overnight, and a rival brigade moved in.',
    'Stock markets rose sharply after the central bank cut rates.',
  ]) {
    const ids = stemIds(MODEL, text);
    const base = ruleLogits(MODEL, view(text));
    const p = predictIds(MODEL, ids, base);
    const z = p.map((x) => Math.log(x) * MODEL.temperature);
    for (let against = 0; against < z.length; against++) {
      const bound = reachBound(MODEL, ids, base, against, MODEL.reportable);
      for (const k of MODEL.reportable) if (k !== against) assert.ok(z[k]! - z[against]! <= bound + 1e-9, `${text}: ${MODEL.classes[k]} over ${MODEL.classes[against]}`);
    }
  }
});

test('events model: stem numbers read from the tokens equal those read from the characters', () => {
  const MODEL = activeModel()!;
  // Possessives (joined and not), hyphen runs, note markup, letters outside ASCII, digits in words, quotes that open a sentence.
  for (const text of [
    "The rebels' convoy and the army's trucks crossed the well--known bridge near Đaković.",
    'Militia fighters (Kunar, Eastern region) clashed with police [size=no report] at dawn.',
    "'We will not leave,' the elder said; Kyiv’s mayor said Geran-2 drones hit the U.S.-funded depot.",
    'İstanbul police detained 12 anti-war protesters -- organisers said -- after a sit-in.',
    "Residents' anger grew: 'enough', they chanted, as troops' vehicles passed (again) through x-y-z.",
  ]) {
    assert.deepEqual([...stemIds(MODEL, text, tokenize(text))], [...stemIds(MODEL, text)], text);
  }
});

test('events model: the bound read from the tokens is the bound of the stem numbers, to the last bit', () => {
  const MODEL = activeModel()!;
  const base = ruleLogits(MODEL, { classId: null, sub: null, hitClasses: [] });
  // Plain sentences with no trigger, possessives and words joined across tokens, a word that repeats, markup (no reading).
  for (const text of [
    'Farmers in the valley brought their harvest to the weekly market before the rains came.',
    "The governor's aides and the traders' union discussed the new toll road near Tamale.",
    'Officials said the officials would say more on Friday, and more again on Monday.',
    "Tonnes of grain were shipped out via the port; the port's cranes worked round the clock.",
  ]) {
    const exact = reachBound(MODEL, stemIds(MODEL, text, tokenize(text)), base, MODEL.none, MODEL.reportable);
    const read = reachOverNone(MODEL, text, tokenize(text), base);
    // Only a word running on across tokens ("traders'") sends a sentence to the reading by characters.
    if (read === null) assert.match(text, /\w['’]\s/, text);
    else assert.equal(read, exact, text);
  }
  assert.equal(reachOverNone(MODEL, 'Crowds gathered in Bawku (Upper East) at noon.', tokenize('Crowds gathered in Bawku (Upper East) at noon.'), base), null);
});

test('events model: a row added without its zeros gives the same logits as the whole row, to the last bit', () => {
  const MODEL = activeModel()!;
  const base = ruleLogits(MODEL, { classId: null, sub: null, hitClasses: [] });
  const check = (rows: ReadonlyArray<Float64Array | undefined>, sparse: SparseRows): void => {
    for (let r = 0; r < rows.length; r++) {
      const whole = Float64Array.from(base);
      const row = rows[r];
      if (row) for (let k = 0; k < row.length; k++) whole[k]! += row[k]!;
      const part = Float64Array.from(base);
      addRow(part, sparse, r);
      assert.deepEqual([...part], [...whole], `row ${r}`);
    }
  };
  check(MODEL.unigrams, MODEL.unigramRows);
  check(MODEL.bigrams.rows, MODEL.bigramRows);
});

test('events model: a malformed model file is refused with the file and field named', () => {
  assert.throws(() => parseModel({ about: 'x', classes: ['A', 'B'] }, 'data/models/bad.json'), /data\/models\/bad\.json: .*support/);
});

test('events model: each event of a report carries a confidence between 0 and 1', () => {
  const { events } = extractArticle({ id: 't', title: null, published: null, text: 'Unknown gunmen shot dead a village chief near the market on Monday.' });
  assert.ok(events.length > 0);
  for (const e of events) assert.ok(typeof e.confidence === 'number' && e.confidence >= 0 && e.confidence <= 1, JSON.stringify(e));
});

test('model word numbers: a word is found by its characters in any text, as a Map of the word would find it', async () => {
  const { WordIds } = await import('../src/events/wordids.js');
  let made = 0;
  const ids = new WordIds((w) => (made++, w.length * 1000 + w.charCodeAt(0)));
  const text = 'drones hit the depot; the drones were downed. ' + Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/[a-z0-9]{2,}/g)) {
    const id = ids.idOf(text, m.index!, m.index! + m[0].length);
    assert.equal(id, seen.get(m[0]) ?? m[0].length * 1000 + m[0].charCodeAt(0), m[0]);
    seen.set(m[0], id);
  }
  // Each word was numbered once, whatever text it was read from (the table grew past its first size).
  assert.equal(made, seen.size);
  assert.equal(ids.idOf(`xx ${'the'}`, 3, 6), 3000 + 't'.charCodeAt(0));
  assert.equal(made, seen.size);
});
