/**
 * Whether a text reads as world news or as US local news, crossed with what each reading is: the
 * ranker's evidence for a capital or a city known the world over named alone ("talks in Rome",
 * "the fair in Hanover") against its US namesake. The weights are learned (scripts/train/places.ts):
 * encyclopedia articles on namesakes and US local papers teach that a bare name is the namesake
 * where the rest of the text is American; these features let that lesson depend on the text, and
 * our own world-news lines (data/places/train/world-news.tsv) give the other side of it.
 */
import type { Place } from './gazetteer.ts';
import { ownKey } from './prior.ts';
import type { Readings } from './readings.ts';

/** How many features worldFeatures gives each reading (rank.ts FEATURES, after alonePopGap). */
export const WORLD_FEATURES = 14;

/** How much of the rest of a document's evidence lies outside the US and in it, and its US local cues. */
export interface DocSide {
  foreign: number[]; us: number[]; local: number;
  /** Each name's best reading's country ('' with none or no key) and its weight: the share of a text outside any one country (outsideShare). */
  cc: string[]; weight: number[];
  /** Each name's best reading (null with none or no key): whether the rest of the text names countries (countryPeers). */
  top: (Place | null)[];
}

/**
 * Per name: the share of the other named places (by name weight) whose best reading so far lies
 * outside the US, and in it: a name's best reading, not its weight spread, since a name with many
 * small US namesakes (Manchester) spreads more weight over the US than over its one English city.
 * The US local cues (resolve.ts adds the US as a name without a key, weighted by them) count
 * apart, capped at 1.
 */
export function docSide(r: Readings): DocSide {
  const N = r.names.length, f = new Array<number>(N).fill(0), u = new Array<number>(N).fill(0);
  const ccs = new Array<string>(N).fill(''), weight = new Array<number>(N).fill(0), tops = new Array<Place | null>(N).fill(null);
  let F = 0, U = 0, W = 0, local = 0;
  r.names.forEach((nm, n) => {
    if (nm.key === undefined) { if (nm.cands.length === 1 && nm.cands[0]!.cc === 'US') local += nm.weight; return; }
    let top = -1;
    for (let k = r.start[n]!, end = r.start[n + 1]!; k < end; k++) if (top < 0 || r.w[k]! > r.w[top]!) top = k;
    const cc = top < 0 || r.w[top]! <= 0 ? '' : r.place[top]!.cc;
    if (cc === 'US') u[n] = nm.weight; else if (cc) f[n] = nm.weight;
    ccs[n] = cc; weight[n] = nm.weight; tops[n] = cc ? r.place[top]! : null;
    F += f[n]!; U += u[n]!; W += nm.weight;
  });
  const foreign = new Array<number>(N).fill(0), us = new Array<number>(N).fill(0);
  r.names.forEach((nm, n) => {
    const rest = W - (nm.key === undefined ? 0 : nm.weight);
    if (rest > 0) { foreign[n] = (F - f[n]!) / rest; us[n] = (U - u[n]!) / rest; }
  });
  return { foreign, us, local: Math.min(1, local), cc: ccs, weight, top: tops };
}

/**
 * The share of the rest of the text (by name weight) whose best readings lie outside country
 * `cc`, for name n: for the US, the share abroad (DocSide.foreign); for Australia, a text naming
 * Australia has none ("Victoria" there is the state, not the Seychelles' capital).
 */
function outsideShare(side: DocSide, n: number, cc: string): number {
  let out = 0, rest = 0;
  for (let m = 0; m < side.cc.length; m++) {
    if (m === n || !side.cc[m]) continue;
    rest += side.weight[m]!;
    if (side.cc[m] !== cc) out += side.weight[m]!;
  }
  return rest > 0 ? out / rest : 0;
}

/**
 * For readings `ks` of name n, the world-news features in order: the lead of the name's largest
 * town over its namesakes (log10 of how many times larger, 0..3, zero for other readings), a
 * capital, a US place, each crossed with the share of the rest of the text abroad, in the US,
 * its US local cues (but a capital), and with a text that says neither; then the lead and a
 * capital crossed with the share abroad where `alone` (no reading of the name has support); last,
 * a first-level unit of a name that also reads as a national capital (Washington state against
 * Washington, D.C.), crossed with the share of the text outside the unit's own country: the lead compares towns only, and a capital's
 * rival is here a state larger than it. Not crossed with a text that names nothing else: a state's
 * own news names it bare too ("Washington passed a new law, state lawmakers said").
 */
export function worldFeatures(r: Readings, side: DocSide, n: number, ks: number[], alone: boolean): number[][] {
  const key = r.names[n]!.key;
  let top = -1;
  for (const k of ks) if (r.place[k]!.fcode.startsWith('PPL') && (top < 0 || r.place[k]!.pop > r.place[top]!.pop)) top = k;
  // Its namesakes are the towns called by the name itself (Lomé is no namesake of Rome).
  let next = 0;
  for (let k = r.start[n]!, end = r.start[n + 1]!; k < end; k++) {
    const p = r.place[k]!;
    if (k !== top && p.fcode.startsWith('PPL') && (key === undefined || ownKey(p) === key)) next = Math.max(next, p.pop);
  }
  const F = side.foreign[n]!, U = side.us[n]!, L = side.local, none = F + U === 0 && L === 0 ? 1 : 0;
  const hasCapital = ks.some((k) => r.place[k]!.fcode === 'PPLC');
  return ks.map((k) => {
    const p = r.place[k]!;
    const lead = k === top ? Math.max(0, Math.min(3, Math.log10((p.pop + 10) / (next + 10)))) : 0;
    const cap = p.fcode === 'PPLC' ? 1 : 0, us = p.cc === 'US' ? 1 : 0;
    // Abroad again for a name the rest of the text gives no reading any support: encyclopedia
    // articles on a namesake abroad (Athens, Ontario) support it, news of the world does not.
    const a = alone ? F : 0;
    // A state's rival capital is abroad when the text is: outside the state's own country.
    const state = hasCapital && p.fcode === 'ADM1' ? (p.cc === 'US' ? F : outsideShare(side, n, p.cc)) : 0;
    return [lead * F, lead * U, lead * L, lead * none, cap * F, cap * U, cap * none, us * F, us * U, us * L, us * none, lead * a, cap * a, state];
  });
}

/**
 * For a country reading (of country `cc`) of name n, the share of the rest of the text (by name
 * weight) whose best readings are other countries: a name among countries is a country ("flew for
 * China, Burma and India"), where the rest of the text would otherwise lend a small namesake of it
 * the support of its own state ("the Texas museum").
 */
export function countryPeers(side: DocSide, n: number, cc: string): number {
  let peers = 0, rest = 0;
  for (let m = 0; m < side.top.length; m++) {
    const q = side.top[m];
    if (m === n || !q) continue;
    rest += side.weight[m]!;
    if (q.fcode === 'PCLI' && q.cc !== cc) peers += side.weight[m]!;
  }
  return rest > 0 ? peers / rest : 0;
}
