import type { CountRule } from './countrules.js';
import { findHead, type Head } from './countphrase.js';
import { CLAUSE_STOP, fits, verbEndingAt } from './countbind.js';
import type { Token } from './tokens.js';
import { WORDS } from './words.js';

/**
 * Counts set apart from the noun and verb they belong to, which the verb steps do not reach:
 * "strike drones (83 in total)", "fired a wave of missiles at Israel, about 30 in all", "downed most
 * of the drones: 54 out of 61" (a head-less total after a bracket, comma or colon takes the noun
 * before it and the verb of that noun's clause), and "destroyed, between 18:00 and 23:00, 41 drones"
 * (a verb whose object comes after an aside set off by commas).
 */

/** How far back (in tokens) the noun of a head-less total, and then its verb, are looked for. */
const NOUN_REACH = 14;
const VERB_REACH = 10;
const ASIDE_REACH = 12;

/** Whether the count's next tokens close it as a total: "in total", "in all", "altogether", or the bracket it opened. */
function totalTail(tokens: readonly Token[], after: number, opener: string): boolean {
  const t = tokens[after]?.lower ?? '';
  if (opener === '(' && t === ')') return true;
  return WORDS.TOTAL_TAILS.has(t) || (t === 'in' && WORDS.TOTAL_TAILS.has(tokens[after + 1]?.lower ?? ''));
}

/** The nearest head noun that ends before token `from`, within its clause, and the token it starts at. */
function nounBefore(tokens: readonly Token[], from: number): { head: Head; at: number } | null {
  for (let p = from - 1; p >= Math.max(0, from - NOUN_REACH); p--) {
    const w = tokens[p]!.lower;
    if (CLAUSE_STOP.has(w) || w === '.') return null;
    const head = findHead(tokens, p);
    if (head && head.start === tokens[p]!.start && head.end <= tokens[from]!.start) return { head, at: p };
  }
  return null;
}

/** The nearest verb ending before token `at`, within its clause, that may count `head`. */
function verbBefore(tokens: readonly Token[], at: number, head: Head): { rule: CountRule; at: number } | null {
  for (let p = at - 1; p >= Math.max(0, at - VERB_REACH); p--) {
    const w = tokens[p]!.lower;
    if (CLAUSE_STOP.has(w) || w === '.') return null;
    // "attacked with strike drones": a bare verb form right before a noun is its modifier, not its verb.
    if (!PARTICIPLE.test(w) && findHead(tokens, p + 1)?.start === tokens[p + 1]?.start) continue;
    const hit = verbEndingAt(tokens, p, head);
    if (hit && fits(hit, head)) return { rule: hit.rule, at: p - hit.length + 1 };
  }
  return null;
}
const PARTICIPLE = /(?:ed|en|wn)$/;
/** A clause stop, but for the colon of a time of day ("23:00"). */
const stops = (tokens: readonly Token[], p: number): boolean => {
  const w = tokens[p]!.lower;
  return w === '.' || (CLAUSE_STOP.has(w) && !(w === ':' && /^\d/.test(tokens[p - 1]?.text ?? '') && /^\d/.test(tokens[p + 1]?.text ?? '')));
};

/**
 * A head-less total after "(", "," or ":" (`qStart` its first token, `after` the token after it):
 * the noun it sums and the verb of that noun's clause. A colon needs no tail ("most of the drones: 54 out of 61").
 */
export function apposedTotal(tokens: readonly Token[], qStart: number, after: number): { head: Head; rule: CountRule; at: number } | null {
  const opener = tokens[qStart - 1]?.text ?? '';
  if (!['(', ',', ':'].includes(opener) || (opener !== ':' && !totalTail(tokens, after, opener))) return null;
  const noun = nounBefore(tokens, qStart - 1);
  if (!noun || (opener === ':' && noun.head.cls !== 'weapon')) return null;
  const verb = verbBefore(tokens, noun.at, noun.head);
  return verb ? { head: noun.head, ...verb } : null;
}

/** "destroyed, between 18:00 and 23:00 Moscow time, 41 drones": the verb right before an aside of commas that ends just before the count. */
export function verbBeforeAside(tokens: readonly Token[], qStart: number, head: Head): { rule: CountRule; at: number } | null {
  if (tokens[qStart - 1]?.text !== ',') return null;
  for (let p = qStart - 2; p >= Math.max(1, qStart - ASIDE_REACH); p--) {
    if (stops(tokens, p)) return null;
    if (tokens[p]!.lower !== ',') continue;
    const hit = verbEndingAt(tokens, p - 1, head);
    return hit && fits(hit, head) ? { rule: hit.rule, at: p - hit.length } : null;
  }
  return null;
}
