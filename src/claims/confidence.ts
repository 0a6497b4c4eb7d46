import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Claim } from '../types.js';

/**
 * Calibrated confidence of a claim: a logistic model over what the claim itself says (its rule,
 * kind, qualifier, whether it has a claimant, a place and how exact it is …), trained by
 * scripts/train/claims.ts on whether such claims matched the gold. Weights in data/models/claims.json.
 */
const Model = z.object({
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
}).passthrough();

const MODEL_FILE = new URL('../../data/models/claims.json', import.meta.url);

function load(): z.infer<typeof Model> | null {
  if (!existsSync(MODEL_FILE)) return null;
  const parsed = Model.safeParse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
  if (!parsed.success) throw new Error(`data/models/claims.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
const MODEL = load();

const sizeOf = (v: number | null): string => (v === null ? 'none' : v === 0 ? 'zero' : v < 10 ? 'small' : v < 1000 ? 'mid' : 'large');

/** The features of a claim, as names: a feature is on when its name is listed. */
export function claimFeatures(c: Claim): string[] {
  const family = c.rule.split(':').slice(0, 2).join(':');
  const where = !c.where ? 'none' : !c.where.place ? 'text' : c.where.place.precision;
  return [
    `kind=${c.kind}`, `rule=${c.rule}`, `family=${family}`, `qualifier=${c.qualifier ?? 'none'}`,
    `claimant=${c.claimant ? 'yes' : 'no'}`, `where=${where}`, `value=${sizeOf(c.value)}`,
    `part=${c.partOf === null ? 'no' : 'yes'}`, `weapon=${c.weapon ? 'yes' : 'no'}`, `when=${c.when ? 'yes' : 'no'}`,
    `kind=${c.kind}&where=${where === 'none' ? 'none' : 'some'}`,
  ];
}

export function scoreFeatures(features: readonly string[], model: { bias: number; weights: Record<string, number> }): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The claims with their confidence (unchanged when no model is trained). */
export function withConfidence(claims: Claim[]): Claim[] {
  if (!MODEL) return claims;
  return claims.map((c) => ({ ...c, confidence: Math.round(scoreFeatures(claimFeatures(c), MODEL) * 1000) / 1000 }));
}
