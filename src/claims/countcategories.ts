import type { CountDraft } from './counts.js';
import { WORDS } from './words.js';

// Between a total and its first listed part: a colon, a comma or a dash; between parts: a comma or "and".
const OPENS_LIST = /^\s*[:,\u2014\u2013-]\s*$/;
const LIST_LINK = /^\s*(?:,|and|,\s*and)\s*$/i;

/**
 * "killed eight people: five civilians and three policemen", "wounded 12 people, 7 soldiers and 5 civilians": counts
 * of kinds of people listed right after a total of people (its head one of GENERIC_PEOPLE), of the total's kind, none
 * with a place of its own and together no more than the total, break it down by category of victim (GUIDELINES:
 * breakdowns by category are not claims; breakdowns by place are). They are dropped, and the `partOf` indices of the
 * drafts left are renumbered.
 */
export function withoutCategoryLists(sentence: string, drafts: CountDraft[]): CountDraft[] {
  if (drafts.length < 2) return drafts;
  const drop = new Set<number>();
  const order = drafts.map((d, i) => i).sort((a, b) => drafts[a]!.start - drafts[b]!.start);
  for (let k = 0; k < order.length; k++) {
    const total = drafts[order[k]!]!;
    if (total.value === null || total.head !== 'person' || !WORDS.GENERIC_PEOPLE.has(lastWord(total.headText))) continue;
    const parts: number[] = [];
    let end = total.end;
    for (let j = k + 1; j < order.length; j++) {
      const d = drafts[order[j]!]!;
      const gap = sentence.slice(end, d.start);
      if (d.kind !== total.kind || d.value === null || d.placeFrom !== null || !(parts.length ? LIST_LINK : OPENS_LIST).test(gap)) break;
      parts.push(order[j]!);
      end = d.end;
    }
    const sum = parts.reduce((s, i) => s + drafts[i]!.value!, 0);
    if (parts.length && sum <= total.value) for (const i of parts) drop.add(i);
  }
  return keepDrafts(drafts, drafts.map((_, i) => !drop.has(i)));
}

/** The drafts whose `keep` is true, their `partOf` indices renumbered (a total dropped leaves its parts without one). */
export function keepDrafts(drafts: readonly CountDraft[], keep: readonly boolean[]): CountDraft[] {
  if (keep.every(Boolean)) return [...drafts];
  const index: number[] = [];
  const out: CountDraft[] = [];
  drafts.forEach((d, i) => {
    index[i] = keep[i] ? out.push(d) - 1 : -1;
  });
  return out.map((d) => (d.partOf === null ? d : { ...d, partOf: (index[d.partOf] ?? -1) >= 0 ? index[d.partOf]! : null }));
}

function lastWord(text: string | null): string {
  return text?.toLowerCase().split(/\s+/).pop() ?? '';
}
