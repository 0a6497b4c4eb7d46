/**
 * The pairwise scorer: logistic regression over `FEATURES`, weights in data/models/incidents.json
 * (trained by scripts/train/incidents.ts), and the thresholds the clustering uses.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FEATURES } from './pairs.js';

const Weights = z.object({
  weights: z.array(z.number()),
  /** Scaling applied before the weights: (x - mean) / scale. */
  mean: z.array(z.number()),
  scale: z.array(z.number()),
});
export type Weights = z.infer<typeof Weights>;

/**
 * Two regimes: pairs of dated articles (news with publication dates, where dates and places are
 * known) and pairs where a date is missing (text alone must carry more). One weight set for
 * both lets the undated set's unreliable places teach the dated one to ignore places.
 */
export const ModelSchema = z.object({
  features: z.array(z.string()),
  dated: Weights,
  undated: Weights,
  /** Average-link clustering merges while the mean pair probability is at least this. */
  mergeThreshold: z.number().min(0).max(1),
  /** MinHash similarity at or above which one article is a copy of another. */
  copyThreshold: z.number().min(0).max(1),
  trainedOn: z.record(z.string(), z.unknown()).optional(),
});
export type Model = z.infer<typeof ModelSchema>;

const FILE = new URL('../../data/models/incidents.json', import.meta.url);
let cached: Model | null = null;

export function loadModel(): Model {
  if (cached) return cached;
  const parsed = ModelSchema.safeParse(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.success) throw new Error(`data/models/incidents.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const m = parsed.data;
  if (m.features.join() !== FEATURES.join() || m.dated.weights.length !== FEATURES.length || m.undated.weights.length !== FEATURES.length) {
    throw new Error(`data/models/incidents.json: features ${m.features.join(',')} do not match the code's ${FEATURES.join(',')}; run npm run train`);
  }
  return (cached = m);
}

export function probability(model: Pick<Model, 'dated' | 'undated'>, x: readonly number[], dated: boolean): number {
  return logistic(dated ? model.dated : model.undated, x);
}

export function logistic(model: Weights, x: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += model.weights[k]! * ((x[k]! - model.mean[k]!) / model.scale[k]!);
  return 1 / (1 + Math.exp(-z));
}
