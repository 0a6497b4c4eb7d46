/**
 * Lists of places name places of one kind: "Texas, Oklahoma, Washington and Wyoming" are four
 * states, so Washington is not the capital and Wyoming not the Michigan town; "Sudan, Chad and
 * Niger" are three countries. A member whose best reading breaks the kind most of the list
 * shares takes its reading of that kind when it has one.
 */
import type { Place } from './gazetteer.ts';

/** What separates two members of one list: a comma, "and", "or", or both. */
const SEPARATOR = /^\s*(?:,|;|&|and|or|,\s*(?:and|or))\s*$/;

/** The kind a list member stands for: a country, or a first-level region of one country. */
const kindOf = (p: Place | null) => (!p ? null : p.fcode === 'PCLI' ? 'PCLI' : p.fcode === 'ADM1' ? `ADM1:${p.cc}` : null);
const isKind = (p: Place, kind: string) => kindOf(p) === kind;

/**
 * A mention and its readings; `holds` marks a state's abbreviation containing the mention before
 * it ("Washington, D.C.", "Athens, Ga."): the pair is one member, read as the place inside.
 */
interface Member { start: number; end: number; cands: Place[]; holds?: boolean }

/** Picks, with list members brought to their list's kind. Mentions must be in text order. */
export function alignLists(all: Member[], picks: (Place | null)[], text: string): (Place | null)[] {
  // "Texas and Washington, D.C." is two members, not three: the abbreviation counts toward no kind,
  // and the name it holds is already read inside it.
  const at: number[] = [];
  for (let k = 0; k < all.length; k++) if (!all[k]!.holds) at.push(k);
  // Literals of one shape (a spread of each mention copied every field through the runtime's slow path).
  const members = at.map((k): Member & { held: boolean } => {
    const m = all[k]!, held = !!all[k + 1]?.holds;
    return { start: m.start, end: held ? all[k + 1]!.end : m.end, cands: m.cands, held };
  });
  const kept = at.map((k) => picks[k] ?? null);
  let i = 0;
  while (i < members.length) {
    let j = i + 1;
    while (j < members.length && SEPARATOR.test(text.slice(members[j - 1]!.end, members[j]!.start))) j++;
    if (j - i >= 3) alignOne(members, kept, i, j);
    i = j;
  }
  const out = picks.slice();
  at.forEach((k, i) => { out[k] = kept[i]!; });
  return out;
}

function alignOne(members: (Member & { held: boolean })[], picks: (Place | null)[], from: number, to: number): void {
  const counts = new Map<string, number>();
  for (let k = from; k < to; k++) {
    const kind = kindOf(picks[k] ?? null);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let kind: string | null = null, n = 0;
  for (const [k, c] of counts) if (c > n) { kind = k; n = c; }
  // Two members of a kind, and at least half the list, before the rest are read that way.
  if (!kind || n < 2 || n * 2 < to - from) return;
  for (let k = from; k < to; k++) {
    const p = picks[k];
    if ((p && isKind(p, kind)) || members[k]!.held) continue;
    const other = members[k]!.cands.find((c) => isKind(c, kind!));
    if (other) picks[k] = other;
  }
}
