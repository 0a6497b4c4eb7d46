/**
 * The learned candidate ranker: a conditional logit (softmax over one name's readings) on the
 * evidence resolve.ts weighs by hand (Readings.features), fitted by scripts/train/places.ts on
 * WikToR and LGL and stored in data/models/places.json. A place's confidence is the ranker's
 * probability for its pick, calibrated (Platt) on cross-validated picks.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The features in the order Readings.features emits them. */
export const FEATURES = [
  'prior', 'ownName', 'handMargin', 'handTop', 'logWeight', 'supCountry', 'supAdmin', 'supNear', 'supInside', 'logPop',
  'isCountry', 'isAdm1', 'isAdm2', 'isCapital', 'isPpla', 'isPpla2', 'isPpla34', 'isAirport', 'isRegion',
  'inContainer', 'popRank', 'sameState', 'sameCountry', 'logNearKm', 'logCands',
  // A place lent to a name none of whose readings may be meant (resolve.ts lentFor): these alone are non-zero for it.
  'isLent', 'lentHolds', 'lentNearKm', 'lentGap', 'capitalAbroad', 'lentWithin', 'lentPop', 'lentAdm1', 'lentAdm2',
  'lentSameState', 'lentSameCountry', 'lentLogNearKm', 'lentCands', 'lentNamedIn',
  'lentApposed', 'lentKindLink', 'lentOwnTopPop', 'lentOwnSeat',
  // An own reading's again (zero for a lent place): how much smaller a first-level unit is than the
  // largest town of the name (Manchester parish in Jamaica against Manchester, England; zero when larger).
  'adm1BelowTown',
  // The name's most populous reading, a city of 100,000 or more, called by a name other than its own ("Cologne" for Köln).
  'exonym',
  // For a name the rest of the text gives no reading any support: how much smaller a town reading is than the name's largest town (log10, zero for the largest).
  'alonePopGap',
  // World news or US local (world.ts): the lead of the name's largest town over its namesakes, a
  // capital, a US place, each crossed with the share of the rest of the text abroad / in the US,
  // the text's US local cues, and a text that says neither; the lead and a capital abroad again
  // for a name the rest of the text gives no reading any support.
  'leadAbroad', 'leadUS', 'leadLocal', 'leadNone', 'capitalAbroadShare', 'capitalUSShare', 'capitalNone', 'usAbroad', 'usUS', 'usLocal', 'usNone',
  'leadAbroadAlone', 'capitalAbroadAlone',
  // A first-level unit named like a national capital (Washington state), crossed with the share of the text outside its own country.
  'capitalStateAbroad',
  // Other names with some reading within 120 km of this one, whatever their weights so far
  // (Readings.nearNames): how many (log1p), and each by 1 / its number of readings (capped at 3).
  'nearAny', 'nearAnyRare',
  // A country among the other countries the text names (world.ts countryPeers).
  'countryPeers',
] as const;

/** Features appended after the lent place's own (they are zero on a lent place's row). */
export const OWN_TAIL = 20;

/** What a confidence rests on: the ranker's pick among several readings, a name with one reading, a place lent by a container or the text's focus, or the text's country. */
export type EvidenceKind = 'ranked' | 'single' | 'lent' | 'country';

const MODEL_FILE = new URL('../../data/models/places.json', import.meta.url);

const ModelFile = z.object({
  version: z.literal(1),
  features: z.array(z.string()),
  mean: z.array(z.number()),
  std: z.array(z.number()),
  weights: z.array(z.number()),
  /** Platt scaling of the pick's log-odds, with offsets for single-reading and lent places. */
  calibration: z.object({ a: z.number(), b: z.number(), single: z.number(), lent: z.number(), country: z.number().optional() }),
  cv: z.record(z.string(), z.unknown()).optional(),
});
export type RankerModel = z.infer<typeof ModelFile>;

export class Ranker {
  constructor(readonly m: RankerModel) {}

  /** Softmax over the readings' linear scores. */
  probabilities(feats: number[][]): number[] {
    const flat = new Float64Array(feats.length * this.m.weights.length);
    feats.forEach((f, r) => flat.set(f, r * this.m.weights.length));
    return this.probabilitiesOf(flat, feats.length);
  }

  /** Softmax over the linear scores of `rows` readings whose features lie one after another in `data` (features.ts featureRows). */
  probabilitiesOf(data: Float64Array, rows: number): number[] {
    const { mean, std, weights } = this.m;
    const F = weights.length;
    // Plain loops summing in the order a reduce over each row would: the same floats, without a closure per row.
    const e = new Array<number>(rows);
    let top = -Infinity;
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let i = 0, o = r * F; i < F; i++, o++) s += (weights[i]! * (data[o]! - mean[i]!)) / std[i]!;
      e[r] = s;
      top = Math.max(top, s);
    }
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += (e[r] = Math.exp(e[r]! - top));
    for (let r = 0; r < rows; r++) e[r] = e[r]! / sum;
    return e;
  }
}

let loaded: Ranker | null | undefined;

/** The model in data/models/places.json; null before one is trained (the hand rules then decide alone). */
export function ranker(): Ranker | null {
  if (loaded !== undefined) return loaded;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(MODEL_FILE, 'utf8'));
  } catch {
    return (loaded = null);
  }
  const parsed = ModelFile.safeParse(raw);
  if (!parsed.success) throw new Error(`data/models/places.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (parsed.data.features.join() !== FEATURES.join() || parsed.data.weights.length !== FEATURES.length) {
    throw new Error('data/models/places.json: its features differ from src/places/rank.ts FEATURES; run `npm run train`');
  }
  return (loaded = new Ranker(parsed.data));
}

/** Replaces the loaded model (the trainer scores folds with models it has just fitted). */
export function setRanker(m: RankerModel | null): void {
  loaded = m ? new Ranker(m) : null;
}

const logit = (p: number) => { const q = Math.min(Math.max(p, 1e-4), 1 - 1e-4); return Math.log(q / (1 - q)); };

/** The calibrated probability that a place so resolved is right (within 161 km), or null with no model. */
export function confidence(prob: number, kind: EvidenceKind): number | null {
  const m = ranker()?.m;
  if (!m) return null;
  const c = m.calibration;
  // A name placed only in the country its text is about has the odds fitted for such names (c.country), else a lent place's.
  const x = kind === 'ranked' && Number.isFinite(prob) ? c.a * logit(prob) + c.b : kind === 'single' ? c.single : kind === 'country' ? c.country ?? c.lent : c.lent;
  return Math.round(1000 / (1 + Math.exp(-x))) / 1000;
}
