import type { Claim, ClaimKind } from '../types.js';

/** A claim before restatements are merged, with what deciding between restatements needs. */
export interface Drafted extends Claim {
  /** Index of the sentence that states it. */
  sentence: number;
  /** False when stated in a participle clause ("…, killing one"): a summary, not the main report. */
  finite: boolean;
  /** Named with a demonstrative ("the deal"): may refer to one already told. */
  anaphoric: boolean;
}

const UNCOUNTED: ReadonlySet<ClaimKind> = new Set(['agreement', 'meeting']);

/** Same fact stated twice: same kind, value and qualifier, and places that agree (or are unknown). */
function sameFact(a: Drafted, b: Drafted): boolean {
  if (a.kind !== b.kind || a.value !== b.value || a.qualifier !== b.qualifier) return false;
  if (UNCOUNTED.has(a.kind)) return false;
  const wa = a.where?.text.toLowerCase() ?? '';
  const wb = b.where?.text.toLowerCase() ?? '';
  if (!wa || !wb) return true;
  const words = (s: string): string[] => s.replace(/\b(the|region|oblast|province|district|city)\b/g, '').split(/\W+/).filter(Boolean);
  const [x, y] = [words(wa), words(wb)];
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

function sharesName(a: string | null, b: string | null): boolean {
  const names = (s: string | null): string[] => (s ?? '').match(/\b[A-Z][a-z]{2,}\b/g)?.filter((w) => !/^(The|President|Minister|Prime|Vice|Secretary|General)$/.test(w)) ?? [];
  const nb = names(b);
  return names(a).some((w) => nb.includes(w));
}

/** Keeps one claim per fact: a restatement is dropped, preferring the main-clause statement. */
export function dedupe(drafts: readonly Drafted[]): Claim[] {
  const keep: boolean[] = drafts.map(() => true);
  drafts.forEach((d, i) => {
    if (d.anaphoric && drafts.some((o, j) => j !== i && o.kind === d.kind && keep[j])) keep[i] = false;
    // A meeting restated without a place ("this is their fifth meeting") is the one already told.
    if (d.kind === 'meeting' && !d.where && drafts.some((o, j) => j < i && o.kind === 'meeting' && keep[j] && (d.claimant === null || sharesName(o.claimant, d.claimant)))) keep[i] = false;
    // A meeting must name who met: "talks between the two countries" does not.
    if (d.kind === 'meeting' && d.claimant !== null && !/[A-Z]/.test(d.claimant)) keep[i] = false;
  });
  for (let i = 0; i < drafts.length; i++) {
    if (!keep[i] || drafts[i]!.partOf !== null) continue;
    for (let j = i + 1; j < drafts.length; j++) {
      if (!keep[j] || drafts[j]!.partOf !== null || drafts[j]!.sentence === drafts[i]!.sentence) continue;
      if (!sameFact(drafts[i]!, drafts[j]!)) continue;
      // The participle summary ("…, killing one") yields to the sentence that reports the fact.
      if (!drafts[i]!.finite && drafts[j]!.finite) keep[i] = false;
      else keep[j] = false;
      if (!keep[i]) break;
    }
  }
  const index = new Map<number, number>();
  const out: Claim[] = [];
  drafts.forEach((d, i) => {
    if (!keep[i]) return;
    index.set(i, out.length);
    const { sentence: _s, finite: _f, anaphoric: _a, ...claim } = d;
    out.push(claim);
  });
  return out.map((c) => (c.partOf === null ? c : { ...c, partOf: index.get(c.partOf) ?? null }));
}
