import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline.ts';
import { reconcileIncidents, type IncidentSet } from '../src/reconcile/index.ts';
import { splitDump } from '../src/ingest/dump.ts';
import type { Article } from '../src/types.ts';

const fixture = (name: string): Article[] =>
  readFileSync(new URL(`./fixtures/incidents/${name}`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
const run = (articles: Article[]): IncidentSet => reconcileIncidents(articles.map(extractArticle));
const incidentOf = (set: IncidentSet, articles: Article[], id: string) => set.incidents.find((i) => i.id === set.incidentOf[articles.findIndex((a) => a.id === id)])!;

test('three outlets with different tolls and a wire copy make one incident with three claimants', () => {
  const articles = fixture('three-outlets.jsonl');
  const set = run(articles);
  const kharkiv = incidentOf(set, articles, 'kh-wire');
  assert.deepEqual(kharkiv.articles.map((a) => a.id).sort(), ['kh-copy', 'kh-final', 'kh-rise', 'kh-wire']);
  assert.equal(kharkiv.articles.find((a) => a.id === 'kh-copy')!.copyOf, 'kh-wire');
  // The copy is linked to its original, not counted as a fourth claimant.
  assert.deepEqual(kharkiv.killed!.reports.map((r) => [r.article, r.value]), [['kh-wire', 4], ['kh-rise', 6], ['kh-final', 7]]);
  assert.deepEqual(kharkiv.killed!.reports[0]!.copies, ['kh-copy']);
  assert.deepEqual([kharkiv.killed!.low, kharkiv.killed!.best, kharkiv.killed!.high], [4, 7, 7]);
  assert.deepEqual([kharkiv.injured!.low, kharkiv.injured!.best, kharkiv.injured!.high], [12, 20, 20]);
  assert.equal(kharkiv.grade, 'several independent sources');
  assert.notEqual(incidentOf(set, articles, 'valencia-flood').id, kharkiv.id);
});

test('a copy does not outvote a later report: the same figure twice from one wire is one source', () => {
  const articles = fixture('three-outlets.jsonl').filter((a) => a.id !== 'kh-final');
  const set = run(articles);
  const kharkiv = incidentOf(set, articles, 'kh-wire');
  // 4 (wire + copy) against 6: counted as one voice each, the later report stands.
  assert.equal(kharkiv.killed!.best, 6);
});

test("the seed's strike and two reports written about it make one incident", () => {
  const seed = readFileSync(new URL('../examples/seed.txt', import.meta.url), 'utf8');
  const spans = splitDump(seed);
  const strike = spans.map((s) => seed.slice(s.start, s.end)).find((t) => /Drone Attack on Russian Capital/.test(t))!;
  const articles: Article[] = [{ id: 'seed-strike', title: null, published: '2025-03-11', text: strike }, ...fixture('seed-strike-reports.jsonl')];
  const set = run(articles);
  assert.equal(new Set(set.incidentOf).size, 1, JSON.stringify(set.incidentOf));
  const inc = set.incidents[0]!;
  assert.equal(inc.killed!.best, 1);
  assert.equal(inc.injured!.best, 3);
});

test("two nights' drone attacks on one city are two incidents", () => {
  const articles = fixture('two-nights.jsonl');
  const set = run(articles);
  const first = incidentOf(set, articles, 'odesa-may2-a');
  const second = incidentOf(set, articles, 'odesa-may9-a');
  assert.notEqual(first.id, second.id);
  assert.equal(incidentOf(set, articles, 'odesa-may2-b').id, first.id);
  assert.equal(incidentOf(set, articles, 'odesa-may9-b').id, second.id);
  assert.equal(first.killed!.best, 2);
  assert.equal(second.injured!.best, 1);
});

test('incident ids are stable when a later article joins and when the batch is reordered', () => {
  const articles = fixture('three-outlets.jsonl');
  const without = run(articles.filter((a) => a.id !== 'kh-final'));
  const all = run([...articles].reverse());
  const idBefore = incidentOf(without, articles.filter((a) => a.id !== 'kh-final'), 'kh-wire').id;
  assert.equal(incidentOf(all, [...articles].reverse(), 'kh-wire').id, idBefore);
});

test('one night: a city struck by drones and another by a missile are two incidents; a later report naming two days still joins its own', () => {
  const articles = fixture('same-night.jsonl');
  const set = run(articles);
  const kharkiv = incidentOf(set, articles, 'kharkiv-af');
  assert.deepEqual(kharkiv.articles.map((a) => a.id).sort(), ['kharkiv-af', 'kharkiv-later', 'kharkiv-local']);
  const dnipro = incidentOf(set, articles, 'dnipro-a');
  assert.deepEqual(dnipro.articles.map((a) => a.id).sort(), ['dnipro-a', 'dnipro-b']);
  assert.deepEqual([kharkiv.killed!.best, kharkiv.injured!.best, dnipro.killed!.best, dnipro.injured!.best], [3, 9, 2, 5]);
});

test('drones on one city one night and on another the next are two incidents; a report of the same city from before midnight joins its night', () => {
  const articles = fixture('adjacent-nights.jsonl');
  const set = run(articles);
  const zap = incidentOf(set, articles, 'zap-night');
  assert.notEqual(incidentOf(set, articles, 'sumy-night').id, zap.id);
  assert.deepEqual(zap.articles.map((a) => a.id).sort(), ['zap-late', 'zap-night']);
  assert.deepEqual([zap.killed!.best, incidentOf(set, articles, 'sumy-night').killed!.best], [2, 1]);
});
