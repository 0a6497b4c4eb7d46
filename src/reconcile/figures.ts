/**
 * Reconciling one incident's figures of a kind across its reports.
 *
 * The rule, after UCDP's "best estimate" and ACLED's "most recent reliable report": death and
 * injury tolls are revised upward as the wounded die and bodies are found; a stated count stands
 * over wording ("a man was shot dead" is one); and a figure repeated by wire copies is one source.
 * `best` is the figure with most support (ties to the larger); `low` and `high` span every report
 * that does not contradict it, so the range is only as wide as the reports make it.
 */
import type { Profile } from './profile.js';
import type { CasualtyKind, Reconciled, Report } from './types.js';

const RANK = { claim: 2, cue: 1, none: 0 } as const;

function reportsOf(members: readonly Profile[], copyOf: ReadonlyMap<number, number>, kind: CasualtyKind): Report[] {
  const reports: Report[] = [];
  for (const p of members) {
    if (copyOf.has(p.index)) continue;
    const f = p.figures[kind];
    const other = p.figures[kind === 'killed' ? 'injured' : 'killed'];
    const copies = members.filter((m) => copyOf.get(m.index) === p.index).map((m) => m.id);
    if (f) reports.push({ article: p.id, published: p.published, value: f.value, basis: f.basis, qualifier: f.qualifier, claimant: f.claimant, evidence: f.evidence, copies });
    // A report that counts the other kind and names none of this one says, weakly, none: it
    // votes for nothing but widens the range down to zero.
    else if (other && other.value > 0) reports.push({ article: p.id, published: p.published, value: 0, basis: 'none', qualifier: null, claimant: null, evidence: null, copies });
  }
  return reports.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.article.localeCompare(b.article));
}

/**
 * The figure with most support: a stated count weighs two, a reading of the wording one. Ties go
 * to the larger: tolls are revised upward as the wounded die and bodies are found, and a smaller
 * count beside a larger one is most often a part of it (the hospitalised, the identified).
 */
function supported(rs: readonly Report[]): number {
  const votes = new Map<number, { weight: number; last: string }>();
  for (const r of rs) {
    if (r.basis === 'none') continue;
    const v = votes.get(r.value) ?? { weight: 0, last: '' };
    v.weight += RANK[r.basis];
    if ((r.published ?? '') > v.last) v.last = r.published ?? '';
    votes.set(r.value, v);
  }
  return [...votes].sort((a, b) => b[1].weight - a[1].weight || b[0] - a[0])[0]![0];
}

/**
 * Two reports contradict when a later one gives fewer than an earlier stated count (tolls do not
 * fall unless one was wrong) by more than a third.
 */
function contradictions(reports: readonly Report[]): Reconciled['contradictions'] {
  const out: Reconciled['contradictions'] = [];
  for (let x = 0; x < reports.length; x++) {
    for (let y = x + 1; y < reports.length; y++) {
      const [a, b] = [reports[x]!, reports[y]!];
      if (a.basis !== 'claim' || b.basis !== 'claim') continue;
      const later = (b.published ?? '') > (a.published ?? '') ? b : a;
      const earlier = later === b ? a : b;
      if (later.value < earlier.value && later.value < (earlier.value * 2) / 3) {
        out.push({ a: earlier.article, b: later.article, why: `${later.article} gives ${later.value} after ${earlier.article} gave ${earlier.value}` });
      } else if (later.published === earlier.published && Math.max(a.value, b.value) > 2 * Math.max(1, Math.min(a.value, b.value))) {
        out.push({ a: a.article, b: b.article, why: `${a.value} and ${b.value} the same day` });
      }
    }
  }
  return out;
}

export function reconcileKind(members: readonly Profile[], copyOf: ReadonlyMap<number, number>, kind: CasualtyKind): Reconciled | null {
  const reports = reportsOf(members, copyOf, kind);
  if (!reports.some((r) => r.basis !== 'none')) return null;
  const best = supported(reports);
  const found = contradictions(reports);
  const contradicted = new Set(found.flatMap((c) => [c.a, c.b]));
  const within = reports.filter((r) => !contradicted.has(r.article) || r.value === best).map((r) => r.value);
  return {
    low: Math.min(best, ...within),
    best,
    high: Math.max(best, ...within),
    rule: 'the figure with most support across independent reports (a stated count weighs two, a reading of the wording one); ties to the larger, since tolls are revised upward and smaller counts are mostly parts',
    reports,
    contradictions: found,
  };
}

/** The other kind's "none": a report counting the dead and naming no wounded says none were. */
export function noneReported(kind: CasualtyKind, members: readonly Profile[]): Reconciled {
  return {
    low: 0,
    best: 0,
    high: 0,
    rule: `no report names any ${kind} while the reports count the ${kind === 'killed' ? 'wounded' : 'dead'}; taken as none`,
    reports: members.map((m) => ({ article: m.id, published: m.published, value: 0, basis: 'none' as const, qualifier: null, claimant: null, evidence: null, copies: [] })),
    contradictions: [],
  };
}

/**
 * A victim first reported shot and later reported dead is one person: when every wounded report
 * is a reading of wording ("man shot in the head") in an article that counts no dead, and the
 * incident's dead are at least as many,
 * the wounded figure is superseded by the deaths (the reports stay in the history).
 */
export function supersededWounds(injured: Reconciled, killed: Reconciled | null): Reconciled {
  if (!killed || killed.best < injured.best || injured.best === 0) return injured;
  const countsDead = new Set(killed.reports.filter((r) => r.basis !== 'none' && r.value > 0).map((r) => r.article));
  // An article that gives both its dead and its wounded means different people.
  if (!injured.reports.every((r) => r.basis === 'none' || (r.basis === 'cue' && !countsDead.has(r.article)))) return injured;
  return { ...injured, low: 0, best: 0, high: 0, rule: `the ${injured.best} reported wounded are among the ${killed.best} later reported dead` };
}
