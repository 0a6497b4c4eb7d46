import type { ClaimKind } from '../types.js';
import type { CountDraft } from './counts.js';
import { rulesBound, ruleBound } from './countrules.js';
import { tokenAt, type Token } from './tokens.js';

// A share of a salvo opening the sentence after it ("All of them were destroyed.": "all" takes the salvo's count;
// "Most were shot down." is told, but 'most' is no quantity and counts nothing).
const SHARE_WORDS = 'most|many|some|several|the majority';
const INTERCEPTED_WORDS = 'intercepted|shot\\s+down|downed|neutrali[sz]ed';
// 'several' is a vague quantity (GUIDELINES), unlike 'most' or 'some': "…; several were intercepted" is an unknown number.
const VAGUE_SHARE_IN_SENTENCE = new RegExp(`\\bseveral\\s+(?:of\\s+(?:them|which|these|those|the\\s+\\w+)\\s+)?(?:(?:were|are|was|have\\s+been|had\\s+been)\\s+)?(?:successfully\\s+)?(?:${INTERCEPTED_WORDS})\\b`, 'i');
export const SHARE_OPENING = new RegExp(`^\\s*(${SHARE_WORDS}|all|both)\\s+(?:of\\s+(?:them|these|those|the\\s+\\w+)\\s+)?(?:(?:were|was|have\\s+been|had\\s+been)\\s+)?(?:successfully\\s+)?(?:${INTERCEPTED_WORDS}|destroyed)\\b`, 'i');

// The rules (data/rules/counts.json) these readings carry as their `rule`.
const PAIRED = rulesBound('paired');
const SHARE = ruleBound('share', 'intercepted').id;
const X_OF_Y = ruleBound('x-of-y', 'launched').id;
// "… and shot down 11 of them": a share downed by a verb of its own ("12 of them over X" has none: a placed part).
const DOWNED_BEFORE = new RegExp(`(?:${INTERCEPTED_WORDS}|destroyed)\\s*$`, 'i');
const OF_THEM_AFTER = /^\s*of\s+(?:them|these|those)\b/i;

/**
 * "no injuries or deaths", "people were killed and injured": a "paired" rule of data/rules/counts.json
 * read at the count's last word or right after it; its kind is the second fact.
 */
function pairedKind(tokens: readonly Token[], end: number, kind: ClaimKind): (typeof PAIRED)[number] | null {
  const after = tokenAt(tokens, end);
  // Plain loops: this runs for every count of the dead and injured, and closures per phrase cost more than the reading.
  // Only the phrases that open with the token's word can match there (a rule's word sets expand into hundreds of phrases).
  for (let at = after - 1; at <= after; at++) {
    const first = tokens[at]?.lower;
    if (first === undefined) continue;
    for (const rule of PAIRED) {
      if (rule.kind === kind) continue;
      const phrases = rule.phrases.byFirst.get(first);
      if (phrases) for (const ph of phrases) if (phraseAt(tokens, at, ph)) return rule;
    }
  }
  return null;
}

function phraseAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]?.lower !== phrase[k]) return false;
  return true;
}

/**
 * Counts that one number states for two facts: "no injuries or deaths", "several people are
 * killed and injured", and "14 missiles … ; all of them were intercepted".
 */
export function withSharedCounts(sentence: string, tokens: readonly Token[], drafts: CountDraft[]): CountDraft[] {
  // Every shared count is a copy of a count of the sentence: with none, the sentence's patterns need not be read.
  if (!drafts.length) return [];
  const out: CountDraft[] = [];
  for (const d of drafts) {
    out.push(d);
    const pair = d.kind === 'killed' || d.kind === 'injured' ? pairedKind(tokens, d.end, d.kind) : null;
    if (pair) out.push({ ...d, kind: pair.kind, rule: pair.id });
  }
  // "confronted 15 drones … and shot down 11 of them": a counted share downed out of an intercepted count before it
  // makes that count the salvo (GUIDELINES: X of Y shot down gives launched Y and intercepted X).
  for (const d of out) {
    if (d.kind !== 'intercepted' || d.value === null || !OF_THEM_AFTER.test(sentence.slice(d.end)) || !DOWNED_BEFORE.test(sentence.slice(0, d.start))) continue;
    const salvo = [...out].reverse().find((o) => o !== d && o.end <= d.start && o.kind === 'intercepted' && o.partOf === null && o.value !== null && o.value > d.value!);
    if (salvo) Object.assign(salvo, { kind: 'launched', rule: X_OF_Y });
  }
  // "…; several were intercepted": a vague share of the salvo ("most were intercepted" counts nothing: 'most' is no quantity).
  const several = VAGUE_SHARE_IN_SENTENCE.exec(sentence);
  const launch = out.find((d) => d.kind === 'launched');
  if (several && launch && launch.end <= several.index && !out.some((d) => d.kind === 'intercepted')) {
    out.push({ ...launch, kind: 'intercepted', rule: SHARE, value: null, qualifier: 'unknown', start: several.index, end: several.index + several[0].length, partOf: null, finite: true });
  }
  // "…, and both were intercepted", "all three were shot down": every weapon of the counted salvo.
  const all = /\b(?:all|both)\s+(?:of\s+)?(?:them|which|these|those|the\s+\w+|[a-z]+)?\s*(?:were|was|have\s+been|had\s+been)\s+(?:successfully\s+)?(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed)\b/i.exec(sentence);
  if (all) {
    for (const d of [...out]) {
      // "all three were shot down" may already be counted by its number.
      const told = out.some((o) => o.kind === 'intercepted' && o.value === d.value);
      if (d.kind === 'launched' && d.end <= all.index && d.value !== null && !told) out.push({ ...d, kind: 'intercepted', rule: SHARE });
    }
  }
  return out;
}

