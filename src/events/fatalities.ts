import type { Claim } from '../types.js';
import { findQuantities } from '../language/index.js';
import { GatedPattern } from './literals.js';

/**
 * Fatalities of an event, after ACLED: the most conservative figure stated, deaths in several
 * places added up, 0 when none is stated ("casualties unknown" is 0, not null). A stated
 * estimate ("fatalities estimated as 10") is taken as given.
 */

const DEATH_AFTER = /^\s*(?:[\w'-]+\s+){0,4}?(?:(?:were|was|have been|had been|are|being|got)\s+)?(?:killed|dead|died|deaths?|fatalit(?:y|ies)|bodies|corpses|lost (?:their|his|her) lives|shot dead|perished|drowned|slain|lynched|executed|beheaded|burned to death|succumbed)\b/i;
const DEATH_BEFORE = /\b(?:kill(?:ed|ing|s)?|claim(?:ed|ing)? the lives of|leaving|left|death toll (?:rose |climbed )?(?:to|of|at)|bodies of|executed|shot dead)\s+(?:the\s+)?$/i;
const NOT_DEATH = /^\s*(?:[\w'-]+\s+){0,2}?(?:injured|wounded|hurt|arrested|detained|abducted|kidnapped|missing|rescued|displaced)\b/i;
const ESTIMATE = /fatalities (?:were |was )?(?:estimated|coded) (?:as|at) (\d+)/i;
const NONE = /\b(?:no (?:casualties|fatalities|deaths|one was (?:killed|hurt|injured))|casualties unknown|no (?:one|body) (?:was )?(?:killed|died))\b/i;
// One victim named with an article: "a man was shot dead", "killed a police officer".
const SINGLE = /\b(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:was|got)\s+(?:shot\s+(?:dead|and\s+killed)|killed|murdered|beheaded|lynched|stabbed to death|burned to death|found dead)|(?:killed|murdered|shot dead|beheaded|lynched)\s+(?:a|an|one)\s+(?!number\b|total\b)[\w-]+|(?:the\s+)?body of (?:a|an)\s)/gi;

// Every way above of stating a death has one of these words: a text without them counts 0, and
// the number reader (the costly part) need not run. Keep in step with the patterns above.
// Gated by its literals (literals.ts): a substring search is many times cheaper than the alternation.
const DEATH_WORD = new GatedPattern(/kill|dead|died|death|fatalit|bod(?:y|ies)|corpse|lives|perish|drown|slain|lynch|execut|behead|succumb|leaving|left|murder/i);

export function countFatalities(text: string): number {
  if (!DEATH_WORD.test(text)) return 0;
  const estimate = ESTIMATE.exec(text);
  if (estimate) return Number(estimate[1]);
  const values: number[] = [];
  let lastDeathEnd = -1;
  for (const q of findQuantities(text)) {
    if (q.value === null || q.value <= 0 || q.value > 100000) continue;
    const after = text.slice(q.end, q.end + 60).split(/[.;]/)[0]!;
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    // "including three children" restates part of a total already counted.
    if (/\bincluding\s+$/i.test(before) || /\b(?:of|among) (?:them|whom)\b/i.test(after.slice(0, 12))) continue;
    // Years and dates are not counts.
    if (/^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after) || (q.value >= 1900 && q.value <= 2100)) continue;
    if (NOT_DEATH.test(after)) continue;
    // "killed 4 villagers in one hamlet and 3 in another": a breakdown by place continues the count.
    const placeBreakdown = lastDeathEnd >= 0 && q.start - lastDeathEnd < 60 && /\band\s+$/i.test(before) && /^\s*(?:[\w-]+\s+)?(?:in|at|near|from)\b/i.test(after);
    if (DEATH_AFTER.test(after) || DEATH_BEFORE.test(before) || placeBreakdown) {
      values.push(q.value);
      lastDeathEnd = q.end;
    }
  }
  if (values.length === 0) {
    if (NONE.test(text)) return 0;
    SINGLE.lastIndex = 0;
    const singles = text.match(SINGLE)?.length ?? 0;
    return Math.min(singles, 1);
  }
  const distinct = [...new Set(values)];
  if (distinct.length === 1) return distinct[0]!;
  // A total followed by its parts, or parts followed by their total: take the total once.
  const max = distinct.reduce((a, b) => Math.max(a, b), -Infinity);
  const rest = distinct.filter((v) => v !== max).reduce((a, b) => a + b, 0);
  return rest === max ? max : max + rest;
}

/**
 * Fatalities from the claims stage where it found killed claims inside an event's span. The
 * killed claims are sorted once, so asking for every sentence of a long text stays linear.
 */
export function fatalitiesFromClaims(claims: Claim[]): (start: number, end: number) => number | null {
  const killed = claims.filter((c) => c.kind === 'killed' && c.value !== null && c.partOf === null)
    .sort((a, b) => a.evidence.start - b.evidence.start);
  return (start, end) => {
    let lo = 0;
    let hi = killed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (killed[mid]!.evidence.start < start) lo = mid + 1; else hi = mid;
    }
    let sum = 0;
    let found = false;
    for (let k = lo; k < killed.length && killed[k]!.evidence.start <= end; k++) {
      if (killed[k]!.evidence.end > end) continue;
      sum += killed[k]!.value ?? 0;
      found = true;
    }
    return found ? sum : null;
  };
}
