/**
 * Trains the claim confidence model (data/models/claims.json): a logistic regression over
 * claimFeatures, labelled by whether each extracted claim matches a gold claim the way the
 * evaluator matches them (kind, value, qualifier, place words). Cross-validated on two folds
 * (even and odd records), then fit on all.
 *
 *   npx tsx scripts/train/claims.ts [GOLD.jsonl ...]   (default: ../shared/eval/dev/claims-domain.jsonl)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { extractArticle } from '../../src/pipeline.ts';
import { claimFeatures, scoreFeatures } from '../../src/claims/index.ts';
import type { Claim } from '../../src/types.ts';
import { sameText } from './sametext.ts';

const GoldClaim = z.object({ kind: z.string(), value: z.number().nullable().optional(), qualifier: z.string().nullable().optional(), where: z.string().nullable().optional() }).passthrough();
const GoldRecord = z.object({ id: z.string(), text: z.string(), title: z.string().nullable().optional(), published: z.string().nullable().optional(), claims: z.array(GoldClaim) }).passthrough();
type GoldClaim = z.infer<typeof GoldClaim>;

function matches(g: GoldClaim, c: Claim): boolean {
  if (g.kind !== c.kind || (g.value ?? null) !== c.value) return false;
  if (g.qualifier && g.kind !== 'agreement' && g.kind !== 'meeting' && g.qualifier !== c.qualifier) return false;
  return !g.where || sameText(g.where, c.where?.text);
}

interface Example { features: string[]; label: number; fold: number }

function examples(files: string[]): Example[] {
  const out: Example[] = [];
  let n = 0;
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const g = GoldRecord.parse(JSON.parse(line));
      const fold = n++ % 2;
      const claims = extractArticle({ id: g.id, title: g.title ?? null, published: g.published ?? null, text: g.text }).claims;
      // Gold claims taken in order, each by the first unused claim that matches, as the evaluator does.
      const used = new Set<number>();
      for (const gc of g.claims) {
        const i = claims.findIndex((c, k) => !used.has(k) && matches(gc, c));
        if (i >= 0) used.add(i);
      }
      claims.forEach((c, i) => out.push({ features: claimFeatures(c), label: used.has(i) ? 1 : 0, fold }));
    }
  }
  return out;
}

/** L2-regularised logistic regression by batch gradient descent: small data, a few hundred claims. */
function fit(data: readonly Example[], l2 = 0.5, steps = 3000, rate = 0.5): { bias: number; weights: Record<string, number> } {
  const weights: Record<string, number> = {};
  let bias = 0;
  for (let s = 0; s < steps; s++) {
    const grad: Record<string, number> = {};
    let gBias = 0;
    for (const ex of data) {
      const err = scoreFeatures(ex.features, { bias, weights }) - ex.label;
      gBias += err;
      for (const f of ex.features) grad[f] = (grad[f] ?? 0) + err;
    }
    bias -= (rate * gBias) / data.length;
    for (const f of new Set([...Object.keys(grad), ...Object.keys(weights)])) {
      weights[f] = (weights[f] ?? 0) - rate * (((grad[f] ?? 0) + l2 * (weights[f] ?? 0)) / data.length);
    }
  }
  for (const f of Object.keys(weights)) weights[f] = Math.round(weights[f]! * 1e4) / 1e4;
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

function measure(model: { bias: number; weights: Record<string, number> }, data: readonly Example[]) {
  let logLoss = 0;
  let brier = 0;
  let right = 0;
  for (const ex of data) {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, scoreFeatures(ex.features, model)));
    logLoss -= ex.label ? Math.log(p) : Math.log(1 - p);
    brier += (p - ex.label) ** 2;
    right += Number((p >= 0.5) === (ex.label === 1));
  }
  const n = data.length || 1;
  const base = data.reduce((a, e) => a + e.label, 0) / n;
  return { n: data.length, logLoss: +(logLoss / n).toFixed(4), brier: +(brier / n).toFixed(4), accuracy: +(right / n).toFixed(4), positiveRate: +base.toFixed(4) };
}

export function trainClaims(files = process.argv.slice(2).filter((a) => a.endsWith('.jsonl'))): void {
  const sources = files.length ? files : [new URL('../../../shared/eval/dev/claims-domain.jsonl', import.meta.url).pathname];
  const data = examples(sources);
  const crossValidate = (l2: number) => [0, 1].map((k) => {
    const model = fit(data.filter((e) => e.fold !== k), l2);
    return { heldOut: k === 0 ? 'even' : 'odd', l2, ...measure(model, data.filter((e) => e.fold === k)) };
  });
  // The regularisation is chosen by the folds' mean log-loss; a constant (the training positive rate) is the bar to beat.
  const tried = [0.5, 2, 5, 10, 20].map((l2) => ({ l2, folds: crossValidate(l2) }));
  const mean = (f: { logLoss: number }[]) => f.reduce((a, x) => a + x.logLoss, 0) / f.length;
  const best = tried.reduce((a, b) => (mean(b.folds) < mean(a.folds) ? b : a));
  const constant = [0, 1].map((k) => {
    const train = data.filter((e) => e.fold !== k);
    const rate = train.reduce((a, e) => a + e.label, 0) / train.length;
    return { heldOut: k === 0 ? 'even' : 'odd', ...measure({ bias: Math.log(rate / (1 - rate)), weights: {} }, data.filter((e) => e.fold === k)) };
  });
  const folds = best.folds;
  const model = fit(data, best.l2);
  const out = {
    _why: 'Claim confidence: logistic regression over claimFeatures (src/claims/confidence.ts), labelled by match with gold claims. Trained by scripts/train/claims.ts; crossValidation gives each fold scored by the model fit on the other.',
    trainedOn: sources.map((s) => s.split('/').slice(-1)[0]),
    crossValidation: folds,
    constantBaseline: constant,
    l2Tried: tried.map((t) => ({ l2: t.l2, meanLogLoss: +mean(t.folds).toFixed(4) })),
    fit: measure(model, data),
    bias: model.bias,
    weights: Object.fromEntries(Object.entries(model.weights).filter(([, w]) => Math.abs(w) >= 1e-3).sort(([a], [b]) => a.localeCompare(b))),
  };
  writeFileSync(new URL('../../data/models/claims.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`claims confidence: ${data.length} claims, l2 ${best.l2}; cross-validation ${JSON.stringify(folds)}; constant ${JSON.stringify(constant)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) trainClaims();
