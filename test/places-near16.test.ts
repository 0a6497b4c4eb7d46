/**
 * Local news names a town's neighbours by names that have namesakes in many states: the ranker
 * sees, for each reading, how many of the text's other names have some reading near it, whatever
 * weight the text has given those readings so far (Readings.nearNames; rank.ts nearAny,
 * nearAnyRare). Sentences written for these tests.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, resolveSpans } from '../src/places/index.ts';
import { FEATURES } from '../src/places/rank.ts';

const spans = (text: string, names: string[]) => names.map((n) => { const at = text.indexOf(n); return { start: at, end: at + n.length }; });

/** The features of every reading of `name` in `text`, by the reading's country and state. */
function readingsOf(text: string, names: string[], name: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  resolveSpans(text, spans(text, names), (m, cands, feats) => {
    if (text.slice(m.start, m.end) !== name) return;
    cands.forEach((c, i) => { const k = `${c.cc}.${c.admin1}`; if (!out.has(k)) out.set(k, feats[i]!); });
  });
  return out;
}

test('a reading near some reading of each other name counts them, weighed or not', () => {
  const text = 'Runners from Marysville, Plain City and Dublin will start the relay at the township hall on Saturday.';
  const dublin = readingsOf(text, ['Marysville', 'Plain City', 'Dublin'], 'Dublin');
  const near = FEATURES.indexOf('nearAny'), rare = FEATURES.indexOf('nearAnyRare');
  // Ohio's Dublin lies by Ohio's Marysville and Plain City; Ireland's by neither.
  assert.equal(dublin.get('US.OH')?.[near], Math.log1p(2));
  assert.ok((dublin.get('US.OH')?.[rare] ?? 0) > 0);
  assert.equal(dublin.get('IE.L')?.[near], 0);
  assert.equal(dublin.get('IE.L')?.[rare], 0);
});

test('towns named together in local news are read where they meet', () => {
  const cases: [string, string, string][] = [
    ['Runners from Marysville, Plain City and Dublin will start the relay at the township hall on Saturday.', 'Dublin', 'OH'],
    ['The bus line will link Worthington, Westerville and Dublin by the autumn, the transit board said.', 'Dublin', 'OH'],
    ["Farmers near Paris, Huntingdon and McKenzie lost barns in Tuesday's storm, the county said.", 'Paris', 'TN'],
    ['The Athens council met with trustees from Nelsonville and The Plains to plan the road repairs.', 'Athens', 'OH'],
  ];
  for (const [text, name, state] of cases) {
    const p = findPlaces(text).find((m) => m.text === name)?.place;
    assert.equal(`${p?.country}.${p?.admin1}`, `US.${state}`, text);
  }
});
