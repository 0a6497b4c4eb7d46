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

// Claims share few feature combinations: each is scored once.
const scored = new Map<string, number>();

/** The claims with their confidence (unchanged when no model is trained). */
export function withConfidence(claims: Claim[]): Claim[] {
  if (!MODEL) return claims;
  for (const c of claims) {
    const precision = !c.where ? 'none' : !c.where.place ? 'text' : c.where.place.precision;
    const key = `${c.rule}|${c.qualifier}|${!!c.claimant}|${precision}|${c.value === null ? 'n' : c.value === 0 ? 0 : c.value < 10 ? 1 : c.value < 1000 ? 2 : 3}|${c.partOf === null}|${!!c.weapon}|${!!c.when}`;
    let p = scored.get(key);
    if (p === undefined) {
      p = Math.round(scoreFeatures(claimFeatures(c), MODEL) * 1000) / 1000;
      if (scored.size < 10_000) scored.set(key, p);
    }
    c.confidence = p;
  }
  return claims;
}
