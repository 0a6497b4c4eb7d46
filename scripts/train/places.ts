/**
 * Trains the places candidate ranker (src/places/rank.ts) and writes data/models/places.json.
 *
 * Data: WikToR train (../shared/eval/train/geo-wiktor-train.jsonl) without its last 1,000
 * articles, which stay a held-out check, plus LGL (../shared/eval/dev/geo-lgl.jsonl) and our own
 * world-news examples (data/places/train/world-news.tsv). GeoVirus is
 * never read here: it is the check set. Each gold span is resolved with the hand rules and every
 * reading's evidence recorded (Readings.features); a reading is right when it lies within 161 km
 * of the gold point. The model is a conditional logit over one name's readings with an L2 penalty,
 * cross-validated in 5 folds by article; the calibration of its confidence is fitted on the
 * cross-validated picks, and the final weights on all the training articles.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidatesFor, countryPlace, resolveSpans } from '../../src/places/index.ts';
import { gazetteer } from '../../src/places/gazetteer.ts';
import { FEATURES, OWN_TAIL, setRanker, type RankerModel } from '../../src/places/rank.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const EVAL = process.env.SITREP_EVAL ?? join(ROOT, '../shared/eval');
const WIKTOR_HELD_OUT = 1000;
/** Folds of the cross-validation (PLACES_FOLDS=0 fits the final model alone, for a quick look). */
const FOLDS = Number(process.env.PLACES_FOLDS ?? 5);
const L2 = 0.01;
const EPOCHS = 150;
/** News is the target: LGL's spans weigh this much more than WikToR's, so that each corpus weighs about as much. */
const LGL_WEIGHT = Number(process.env.PLACES_LGL_WEIGHT ?? 5);
/**
 * Our own world-news examples (data/places/train/world-news.tsv) weigh this much each: some fifty
 * lines against 17,000 spans, the only news of the world the ranker sees, which its world-news
 * features (src/places/world.ts) need to learn that a capital named alone is the capital.
 */
const WORLD_WEIGHT = Number(process.env.PLACES_WORLD_WEIGHT ?? 20);
const CORPUS_WEIGHT: Record<string, number> = { lgl: LGL_WEIGHT, world: WORLD_WEIGHT };

interface Toponym { start: number; end: number; lat: number | null; lon: number | null }
interface Doc { id: string; text: string; toponyms: Toponym[] }
/** One gold span's readings: features, which are right, and the hand rules' pick. */
interface Group { doc: number; corpus: string; feats: number[][]; right: boolean[]; hand: number }
/** A gold span no ranker decides (one reading, none, or a place lent by a container): right or not. */
interface Other { doc: number; corpus: string; kind: 'single' | 'lent' | 'none' | 'country'; right: boolean }

const logOdds = (r: number) => Math.log(Math.min(Math.max(r, 1e-4), 1 - 1e-4) / (1 - Math.min(Math.max(r, 1e-4), 1 - 1e-4)));
const readJsonl = (file: string): Doc[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc);

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function collect(docs: { doc: Doc; corpus: string }[]): { groups: Group[]; others: Other[] } {
  setRanker(null);
  const groups: Group[] = [], others: Other[] = [];
  docs.forEach(({ doc, corpus }, d) => {
    const gold = doc.toponyms.filter((t) => t.lat !== null && t.lon !== null);
    if (!gold.length) return;
    const traced = new Map<string, { feats: number[][]; right: boolean[] }>();
    const spans = gold.map((t) => ({ start: t.start, end: t.end }));
    const out = resolveSpans(doc.text, spans, (m, cands, feats) => {
      const t = gold.find((g) => g.start === m.start && g.end === m.end)!;
      traced.set(`${m.start}:${m.end}`, { feats, right: cands.map((c) => km(c.lat, c.lon, t.lat!, t.lon!) <= 161) });
    });
    // The country the text is about (its resolved names' commonest): where a framed name the gazetteer lacks is put (places/index.ts).
    const count = new Map<string, number>();
    for (const p of out) if (p?.country) count.set(p.country, (count.get(p.country) ?? 0) + 1);
    const cc = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const country = cc ? countryPlace(cc) : null;
    gold.forEach((t, i) => {
      const tr = traced.get(`${t.start}:${t.end}`);
      const p = out[i];
      if (country && (!tr || tr.feats.length === 0)) others.push({ doc: d, corpus, kind: 'country', right: km(country.lat, country.lon, t.lat!, t.lon!) <= 161 });
      const right = !!p && km(p.lat, p.lon, t.lat!, t.lon!) <= 161;
      if (!tr || tr.feats.length === 0) others.push({ doc: d, corpus, kind: p ? 'lent' : 'none', right });
      else if (tr.feats.length === 1) others.push({ doc: d, corpus, kind: 'single', right });
      else groups.push({ doc: d, corpus, feats: tr.feats, right: tr.right, hand: tr.feats.findIndex((f) => f[FEATURES.indexOf('handTop')] === 1) });
    });
  });
  return { groups, others };
}

function standardise(groups: Group[]): { mean: number[]; std: number[] } {
  const n = FEATURES.length, mean = new Array<number>(n).fill(0), sq = new Array<number>(n).fill(0);
  let count = 0;
  for (const g of groups) for (const f of g.feats) { count++; f.forEach((x, i) => { mean[i]! += x; sq[i]! += x * x; }); }
  for (let i = 0; i < n; i++) mean[i]! /= count;
  const std = sq.map((s, i) => Math.sqrt(Math.max(s / count - mean[i]! ** 2, 0)) || 1);
  return { mean, std };
}

/**
 * The readings to learn as right: those within 161 km, narrowed to the one called by its own name
 * where any is ("New Delhi" is not Delhi, though both lie within reach), then to the hand pick
 * where it is among them. The ranker learns to depart from the hand rules only where they fail.
 */
function target(g: Group): boolean[] {
  const own = FEATURES.indexOf('ownName');
  let right = g.right;
  if (right.some((r, k) => r && g.feats[k]![own] === 1)) right = right.map((r, k) => r && g.feats[k]![own] === 1);
  return right[g.hand] ? right.map((_, k) => k === g.hand) : right;
}

/** A group without its lent readings: the name's own readings alone. */
function ownOnly(g: Group): Group {
  const lent = FEATURES.indexOf('isLent');
  const keep = g.feats.map((f) => f[lent] !== 1);
  return { ...g, feats: g.feats.filter((_, k) => keep[k]), right: g.right.filter((_, k) => keep[k]) };
}

/**
 * Fits the conditional logit in two stages: the weights of a name's own readings on its own
 * readings alone (as if nothing were lent), then, those fixed, the weights of the lent places'
 * features on every reading. Fitted at once, the many encyclopedia names whose only right
 * reading is lent teach the own readings' weights to score every own reading lower, which is
 * no lesson about which own reading is meant.
 */
function fit(groups: Group[]): Pick<RankerModel, 'mean' | 'std' | 'weights'> {
  // Scaled by the own readings alone: the own weights' fit stays what it is without lending.
  const { mean, std } = standardise(groups.map(ownOnly));
  const lentAt = FEATURES.indexOf('isLent'), capital = FEATURES.indexOf('capitalAbroad');
  // The own readings' features after the lent block (rank.ts OWN_TAIL) are fitted with the own ones.
  const isLentWeight = FEATURES.map((_, i) => i >= lentAt && i !== capital && i < FEATURES.length - OWN_TAIL);
  const w = new Array<number>(FEATURES.length).fill(0);
  w[FEATURES.indexOf('handMargin')] = 1;
  const own = groups.map(ownOnly).filter((g) => g.feats.length > 1);
  adam(own, mean, std, w, isLentWeight.map((x) => !x));
  adam(groups.filter((g) => g.feats.some((f) => f[lentAt] === 1)), mean, std, w, isLentWeight);
  return { mean, std, weights: w };
}

/** Full-batch Adam on the groups that have a right reading, moving only the weights `free` marks. */
function adam(groups: Group[], mean: number[], std: number[], w: number[], free: boolean[]): void {
  const n = FEATURES.length;
  // Each group's standardised readings in one flat array (row after row): plain loops over typed
  // arrays sum in the order the reduces did (the same floats), some times faster.
  const data = groups.filter((g) => g.right.some(Boolean)).map((g) => {
    const x = new Float64Array(g.feats.length * n);
    g.feats.forEach((f, k) => { for (let i = 0; i < n; i++) x[k * n + i] = (f[i]! - mean[i]!) / std[i]!; });
    return { x, rows: g.feats.length, right: target(g), weight: CORPUS_WEIGHT[g.corpus] ?? 1 };
  });
  const total = data.reduce((s, d) => s + d.weight, 0);
  const m = new Array<number>(n).fill(0), v = new Array<number>(n).fill(0);
  let e = new Float64Array(64);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = w.map((x) => L2 * x);
    for (const { x, rows, right, weight } of data) {
      if (e.length < rows) e = new Float64Array(rows * 2);
      let top = -Infinity;
      for (let k = 0; k < rows; k++) {
        let z = 0;
        for (let i = 0, o = k * n; i < n; i++, o++) z = z + w[i]! * x[o]!;
        e[k] = z;
        if (z > top) top = z;
      }
      let sum = 0, pos = 0;
      for (let k = 0; k < rows; k++) e[k] = Math.exp(e[k]! - top);
      for (let k = 0; k < rows; k++) sum = sum + e[k]!;
      for (let k = 0; k < rows; k++) pos = pos + (right[k] ? e[k]! : 0);
      // -log P(some right reading): gradient is E_all[x] - E_right[x].
      for (let k = 0; k < rows; k++) {
        const c = e[k]! / sum - (right[k] ? e[k]! / pos : 0);
        if (c) for (let i = 0, o = k * n; i < n; i++, o++) grad[i]! += (weight * c * x[o]!) / total;
      }
    }
    for (let i = 0; i < n; i++) {
      if (!free[i]) continue;
      m[i] = 0.9 * m[i]! + 0.1 * grad[i]!;
      v[i] = 0.999 * v[i]! + 0.001 * grad[i]! ** 2;
      w[i]! -= (0.1 * (m[i]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[i]! / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
}

function probs(model: Pick<RankerModel, 'mean' | 'std' | 'weights'>, feats: number[][]): number[] {
  const z = feats.map((f) => f.reduce((s, x, i) => s + (model.weights[i]! * (x - model.mean[i]!)) / model.std[i]!, 0));
  const top = Math.max(...z);
  const e = z.map((s) => Math.exp(s - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((s) => s / sum);
}

/** Platt scaling y ~ sigmoid(a * logit(p) + b), by Newton's method. */
function platt(points: { p: number; y: boolean }[]): { a: number; b: number } {
  let a = 1, b = 0;
  const xs = points.map(({ p }) => logOdds(p));
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    points.forEach(({ y }, k) => {
      const x = xs[k]!, s = 1 / (1 + Math.exp(-(a * x + b))), r = s * (1 - s);
      ga += (s - (y ? 1 : 0)) * x; gb += s - (y ? 1 : 0);
      haa += r * x * x; hab += r * x; hbb += r;
    });
    // Damped: a step of at most 1 in each parameter keeps a near-separable sample from diverging.
    ga += 1e-3 * a; gb += 1e-3 * b; haa += 1e-3; hbb += 1e-3;
    const det = haa * hbb - hab * hab;
    a -= Math.max(-1, Math.min(1, (hbb * ga - hab * gb) / det));
    b -= Math.max(-1, Math.min(1, (haa * gb - hab * ga) / det));
  }
  return { a, b };
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * The world-news examples as documents: each line's name at its first occurrence, its gold point
 * the most populous reading in the country (and state) the line gives.
 */
export function worldNews(file = join(ROOT, 'data/places/train/world-news.tsv')): Doc[] {
  const g = gazetteer();
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((line, i) => {
    const [text, name, want] = line.split('\t');
    const [cc, admin1] = (want ?? '').split('.');
    const start = text!.indexOf(name!);
    const best = candidatesFor(name!).cands.map((c) => g.place(c)).filter((p) => p.cc === cc && (!admin1 || p.admin1 === admin1)).sort((a, b) => b.pop - a.pop)[0];
    if (start < 0 || !best) throw new Error(`data/places/train/world-news.tsv line ${i + 1}: no reading of '${name}' in ${want} in its text`);
    return { id: `world-${i}`, text: text!, toponyms: [{ start, end: start + name!.length, lat: best.lat, lon: best.lon }] };
  });
}

export function trainPlaces(): void {
  const wiktor = readJsonl(join(EVAL, 'train/geo-wiktor-train.jsonl'));
  const docs = [
    ...wiktor.slice(0, wiktor.length - WIKTOR_HELD_OUT).map((doc) => ({ doc, corpus: 'wiktor' })),
    ...readJsonl(join(EVAL, 'dev/geo-lgl.jsonl')).map((doc) => ({ doc, corpus: 'lgl' })),
    ...worldNews().map((doc) => ({ doc, corpus: 'world' })),
  ];
  const t0 = Date.now();
  const { groups, others } = collect(docs);
  console.log(`places ranker: ${groups.length} ranked spans collected in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // Cross-validation by article: each fold's picks come from a model that never saw its articles.
  const cvPick = new Map<Group, { i: number; p: number }>();
  // Without folds, the picks (and so the figures and calibration below) are the final model's own, in sample.
  const inSample = FOLDS ? null : fit(groups);
  if (inSample) for (const g of groups) { const ps = probs(inSample, g.feats), i = ps.indexOf(Math.max(...ps)); cvPick.set(g, { i, p: ps[i]! }); }
  for (let f = 0; f < FOLDS; f++) {
    const model = fit(groups.filter((g) => g.doc % FOLDS !== f));
    for (const g of groups.filter((g) => g.doc % FOLDS === f)) {
      const ps = probs(model, g.feats);
      const i = ps.indexOf(Math.max(...ps));
      cvPick.set(g, { i, p: ps[i]! });
    }
  }
  const cv: Record<string, unknown> = {};
  for (const corpus of ['wiktor', 'lgl', 'world']) {
    const gs = groups.filter((g) => g.corpus === corpus), os = others.filter((o) => o.corpus === corpus && o.kind !== 'country');
    const total = gs.length + os.length, fixed = os.filter((o) => o.right).length;
    const hand = gs.filter((g) => g.right[g.hand]).length, model = gs.filter((g) => g.right[cvPick.get(g)!.i]).length;
    cv[corpus] = { spans: total, ranked: gs.length, oracle: round((gs.filter((g) => g.right.some(Boolean)).length + fixed) / total), handAcc161: round((hand + fixed) / total), cvAcc161: round((model + fixed) / total) };
  }
  const pts = groups.map((g) => ({ p: cvPick.get(g)!.p, y: g.right[cvPick.get(g)!.i]! }));
  const { a, b } = platt(pts);
  const rate = (kind: string) => { const os = others.filter((o) => o.kind === kind); return os.length ? os.filter((o) => o.right).length / os.length : 0.5; };
  // Calibration check: mean confidence against accuracy in five bins of the cross-validated picks.
  const bins = [0, 0.2, 0.4, 0.6, 0.8, 1.01].slice(0, -1).map((lo, k, arr) => {
    const hi = k + 1 < arr.length ? arr[k + 1]! : 1.01;
    const inBin = pts.map(({ p, y }) => ({ c: 1 / (1 + Math.exp(-(a * logOdds(p) + b))), y })).filter(({ c }) => c >= lo && c < hi);
    return { bin: `${lo}-${Math.min(hi, 1)}`, n: inBin.length, meanConfidence: round(inBin.reduce((s, x) => s + x.c, 0) / (inBin.length || 1), 3), accuracy: round(inBin.filter((x) => x.y).length / (inBin.length || 1), 3) };
  });
  cv.calibration = bins;
  const final = inSample ?? fit(groups);
  const model: RankerModel = {
    version: 1, features: [...FEATURES], mean: final.mean.map((x) => round(x, 6)), std: final.std.map((x) => round(x, 6)), weights: final.weights.map((x) => round(x, 6)),
    calibration: { a: round(a), b: round(b), single: round(logOdds(rate('single'))), lent: round(logOdds(rate('lent'))), country: round(logOdds(rate('country'))) }, cv,
  };
  mkdirSync(join(ROOT, 'data/models'), { recursive: true });
  writeFileSync(join(ROOT, 'data/models/places.json'), JSON.stringify(model, null, 1) + '\n');
  console.log(`places ranker: ${groups.length} ranked spans; CV ${JSON.stringify(cv)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) trainPlaces();
