import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The layout rules of a scraped page (data/clean/page.json), compiled once: which lines are page
 * chrome, which are other stories' titles, and which are the times of a live page's updates.
 */
const FILE = 'data/clean/page.json';
const Rule = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), reason: z.string().min(10), pattern: z.string().min(1) }).strict();
const Schema = z.object({
  _why: z.string().min(10),
  debris: z.array(Rule).min(1),
  linkPrefix: z.array(Rule).min(1),
  linkHeads: z.array(Rule).min(1),
  linkEnds: z.array(Rule),
  stamps: z.array(Rule).min(1),
  stampPrefix: z.array(Rule).min(1),
}).strict();

type Group = Exclude<keyof z.infer<typeof Schema>, '_why'>;
interface Compiled { id: string; re: RegExp }

/** Each rule of a group, compiled (a bad pattern is an error naming the file and the rule). */
function compile(group: Group, rules: readonly z.infer<typeof Rule>[]): Compiled[] {
  return rules.map((r) => {
    try {
      return { id: r.id, re: new RegExp(r.pattern, 'iu') };
    } catch (e) {
      throw new Error(`${FILE}: ${group} rule "${r.id}": bad pattern: ${(e as Error).message}`);
    }
  });
}

export function loadPageRules(raw: unknown): Record<Group, Compiled[]> {
  const parsed = Schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const d = parsed.data;
  const ids = new Set<string>();
  for (const g of ['debris', 'linkPrefix', 'linkHeads', 'linkEnds', 'stamps', 'stampPrefix'] as const) {
    for (const r of d[g]) {
      if (ids.has(r.id)) throw new Error(`${FILE}: rule id "${r.id}" is used twice`);
      ids.add(r.id);
    }
  }
  return {
    debris: compile('debris', d.debris), linkPrefix: compile('linkPrefix', d.linkPrefix), linkHeads: compile('linkHeads', d.linkHeads),
    linkEnds: compile('linkEnds', d.linkEnds), stamps: compile('stamps', d.stamps), stampPrefix: compile('stampPrefix', d.stampPrefix),
  };
}

const RULES = loadPageRules(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));

// Chrome, link boxes and stamps are short lines: prose is never tested against them.
const SHORT = 240;

function first(rules: readonly Compiled[], line: string): { id: string; m: RegExpExecArray } | null {
  for (const r of rules) {
    const m = r.re.exec(line);
    if (m) return { id: r.id, m };
  }
  return null;
}

/** What a line says of the page's layout on its own, before its neighbours are read. */
export type LineMark =
  | { kind: 'debris'; rule: string }
  | { kind: 'link'; rule: string }
  | { kind: 'linkHead'; rule: string }
  | { kind: 'linkEnd'; rule: string }
  | { kind: 'stamp'; rule: string; time: string }
  | { kind: 'stampPrefix'; rule: string; time: string; end: number };

// Lines opening with a letter, digit or symbol that no layout rule starts with are read cheaply.
const MAY_MARK = /^[\p{L}\d©(—–-]/u;

/** The layout mark of one trimmed line, or null for a line of prose. */
export function markLine(line: string): LineMark | null {
  if (!MAY_MARK.test(line)) return null;
  if (/^\d/.test(line)) {
    const p = first(RULES.stampPrefix, line);
    if (p) return { kind: 'stampPrefix', rule: p.id, time: p.m[1]!.trim(), end: p.m[0].length };
  }
  if (line.length > SHORT) return null;
  const link = first(RULES.linkPrefix, line);
  if (link) return { kind: 'link', rule: link.id };
  const stamp = first(RULES.stamps, line);
  if (stamp) return { kind: 'stamp', rule: stamp.id, time: stamp.m[1]!.trim() };
  const head = first(RULES.linkHeads, line);
  if (head) return { kind: 'linkHead', rule: head.id };
  const end = first(RULES.linkEnds, line);
  if (end) return { kind: 'linkEnd', rule: end.id };
  const debris = first(RULES.debris, line);
  if (debris) return { kind: 'debris', rule: debris.id };
  return null;
}

// A sentence's end, or a comma running on into the next line (a quote closed with ',"'), with a closing quote or bracket, or a trailing credit after it ("… on Tuesday. (Wire)").
const TERMINAL = /[.!?;:,]["”’')\]]*(?:\s*\([^()]{1,40}\))?$/;
// A sentence ending inside the line: a headline is one phrase ("U.S." and initials aside).
const INNER_STOP = /\p{Ll}{2}[.!?]["”’)]*\s/u;
const WORD = /[\p{L}\d][\p{L}\d'’.-]*/gu;

function wordCount(line: string): number {
  return line.match(WORD)?.length ?? 0;
}

/** A line of prose: it ends as a sentence does and is long enough to be one. */
export function isProse(line: string): boolean {
  // The end and the first words are all it takes: a long line is never read whole.
  return TERMINAL.test(line.slice(-60)) && SIX_WORDS.test(line.slice(0, 200));
}
const SIX_WORDS = /^\s*(?:\S+\s+){5}\S/;

/** A headline: a capitalised line of a few words that does not end as a sentence. */
export function isHeadline(line: string): boolean {
  if (line.length > 160 || TERMINAL.test(line) || !/^[\p{Lu}\d"“‘']/u.test(line) || INNER_STOP.test(line)) return false;
  const n = wordCount(line);
  return n >= 3 && n <= 25;
}

/** A section label ("Africa", "Middle East"): a capitalised word or three without digits or a stop. */
export function isKicker(line: string, words = 3): boolean {
  return line.length <= 30 && !/[\d.!?;:,]/.test(line) && /^\p{Lu}/u.test(line) && wordCount(line) <= words;
}
