/**
 * Trains the incident pair scorer (data/models/incidents.json): logistic regression over the
 * pair features of src/reconcile/pairs.ts, then the average-link merge threshold.
 *
 * Data: the dev sets in ../shared/eval/dev (SITREP_EVAL_DEV to move it), read at run time and
 * never copied. Folds: each set is split in two by a hash of its incident (ECB+: of its topic, so
 * that the two look-alike events of a topic fall on one side). The model is fitted and tuned on
 * fold A only; fold B is the check, and its figures are reported, never tuned on.
 *
 *   npx tsx scripts/train/incidents.ts [--folds-only]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/pipeline.js';
import { clusterBatch, FEATURES, incidentsOfBatch, prepareProfiles, profileOf, type Batch, type Model, type Profile, type Weights } from '../../src/reconcile/index.js';
import { bcubed, figureShares, type Gold } from './incidents-score.js';

const DEV = process.env.SITREP_EVAL_DEV ?? join(import.meta.dirname, '../../../shared/eval/dev');
const SETS = [
  { name: 'gvc', file: 'incidents-gvc-dev.jsonl', foldKey: (g: Gold) => g.incident },
  { name: 'ecbplus', file: 'incidents-ecbplus.jsonl', foldKey: (g: Gold) => g.topic ?? g.incident },
];
const OUT = join(import.meta.dirname, '../../data/models/incidents.json');

const foldOf = (key: string): 'A' | 'B' => (createHash('sha256').update(key).digest()[0]! % 2 === 0 ? 'A' : 'B');

interface Prepared { name: string; gold: Gold[]; batch: Batch }

/** Each article extracted once; a fold is a batch of its own over those profiles (its own term weights). */
function profilesOf(gold: Gold[]): Profile[] {
  return gold.map((g, i) => profileOf(extractArticle({ id: g.id, text: g.text, title: g.title ?? null, published: g.published ? g.published.slice(0, 10) : null }), i));
}

function prepare(gold: Gold[], profiles: Profile[], name: string): Prepared {
  return { name, gold, batch: prepareProfiles(profiles.map((p, index) => ({ ...p, index }))) };
}

/** Standardised design rows and labels of a batch; each set weighs the same in the loss. */
function rows(p: Prepared, dated: boolean): { x: number[]; y: number; w: number }[] {
  const pairs = p.batch.pairs.filter(({ i, j }) => (!!p.batch.profiles[i]!.published && !!p.batch.profiles[j]!.published) === dated);
  const w = 1 / Math.max(1, pairs.length);
  return pairs.map(({ i, j, x }) => ({ x, y: p.gold[i]!.incident === p.gold[j]!.incident ? 1 : 0, w }));
}

function fit(data: { x: number[]; y: number; w: number }[], lambda: number): Weights {
  const d = FEATURES.length;
  const total = data.reduce((s, r) => s + r.w, 0);
  const mean = FEATURES.map((_, k) => (k === 0 ? 0 : data.reduce((s, r) => s + r.w * r.x[k]!, 0) / total));
  const scale = FEATURES.map((_, k) => (k === 0 ? 1 : Math.sqrt(data.reduce((s, r) => s + r.w * (r.x[k]! - mean[k]!) ** 2, 0) / total) || 1));
  const z = data.map((r) => ({ ...r, x: r.x.map((v, k) => (v - mean[k]!) / scale[k]!) }));
  // Positives are rare among candidate pairs; weigh the classes equally so the threshold means something.
  const pos = z.filter((r) => r.y === 1).reduce((s, r) => s + r.w, 0);
  const neg = total - pos;
  const weights = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 3000; iter++) {
    const grad = new Array<number>(d).fill(0);
    for (const r of z) {
      let s = 0;
      for (let k = 0; k < d; k++) s += weights[k]! * r.x[k]!;
      const p = 1 / (1 + Math.exp(-s));
      const cw = r.w * (r.y ? 0.5 / pos : 0.5 / neg);
      for (let k = 0; k < d; k++) grad[k]! += cw * (p - r.y) * r.x[k]!;
    }
    for (let k = 0; k < d; k++) weights[k] = weights[k]! - 1.0 * (grad[k]! + (k ? lambda * weights[k]! : 0));
  }
  return { weights: weights.map((v) => Number(v.toFixed(4))), mean: mean.map((v) => Number(v.toFixed(5))), scale: scale.map((v) => Number(v.toFixed(5))) };
}

function evaluate(p: Prepared, model: Model) {
  const { labels } = clusterBatch(p.batch, model);
  return bcubed(p.gold.map((g) => g.incident), labels.map(String));
}

function load(file: string): Gold[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
}

export function trainIncidents(): void {
  const sets = SETS.filter((s) => existsSync(join(DEV, s.file)));
  if (!sets.length) {
    console.log(`incidents: no dev sets under ${DEV}; model left as it is`);
    return;
  }
  const folds = sets.map((s) => {
    const gold = load(join(DEV, s.file));
    const profiles = profilesOf(gold);
    const part = (f: 'A' | 'B') => {
      const keep = gold.map((g) => foldOf(s.foldKey(g)) === f);
      return prepare(gold.filter((_, i) => keep[i]), profiles.filter((_, i) => keep[i]), s.name);
    };
    return { name: s.name, A: part('A'), B: part('B'), all: prepare(gold, profiles, s.name) };
  });
  // Few dated pairs (one small set): a stronger prior keeps their weights modest.
  const base = { dated: fit(folds.flatMap((f) => rows(f.A, true)), 1e-2), undated: fit(folds.flatMap((f) => rows(f.A, false)), 1e-3) };
  // The threshold in the middle of fold A's plateau (within 0.003 of its best mean F1), not at its
  // edge: a plateau's edge is where an unseen set falls off first.
  const curve: { t: number; score: number }[] = [];
  for (let t = 0.3; t <= 0.951; t += 0.025) {
    const model: Model = { features: [...FEATURES], ...base, mergeThreshold: Number(t.toFixed(3)), copyThreshold: 0.8 };
    curve.push({ t: model.mergeThreshold, score: folds.reduce((s, f) => s + evaluate(f.A, model).f1, 0) / folds.length });
  }
  const top = Math.max(...curve.map((c) => c.score));
  const plateau = curve.filter((c) => c.score >= top - 0.003);
  const t = plateau[Math.floor((plateau.length - 1) / 2)]!.t;
  console.log('fold A threshold curve:', curve.map((c) => `${c.t}:${c.score.toFixed(4)}`).join(' '));
  const best: Model = { features: [...FEATURES], ...base, mergeThreshold: t, copyThreshold: 0.8 };
  const report: Record<string, unknown> = {};
  for (const f of folds) {
    for (const part of ['A', 'B', 'all'] as const) {
      const { labels } = clusterBatch(f[part].batch, best);
      const row: Record<string, unknown> = { articles: f[part].gold.length, ...bcubed(f[part].gold.map((g) => g.incident), labels.map(String)) };
      if (f.name === 'gvc') Object.assign(row, figureShares(f[part].gold, incidentsOfBatch(f[part].batch, best)));
      report[`${f.name}.${part === 'all' ? 'full' : part === 'A' ? 'trainA' : 'checkB'}`] = row;
    }
  }
  console.log(JSON.stringify(report, null, 1));
  writeFileSync(OUT, `${JSON.stringify({ ...best, trainedOn: { folds: 'fold A of each dev set (hash of incident; ECB+ of topic)', figures: report } }, null, 1)}\n`);
  console.log(`incidents: wrote ${OUT} (merge threshold ${best.mergeThreshold})`);
}

if (import.meta.url === `file://${process.argv[1]}`) trainIncidents();
