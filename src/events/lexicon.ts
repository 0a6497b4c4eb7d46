import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PatternIndex } from './prefilter.js';
import { GatedPattern } from './literals.js';

/**
 * The event vocabulary, kept as data (data/events/): classes with their PLOVER, ACLED and CAMEO
 * codes, trigger patterns per class, armed groups and actor sectors. Code decides between close
 * classes; the words live here so they can be curated without touching the rules.
 */

export interface EventClass {
  id: string;
  plover: string;
  mode: string | null;
  acled: string | null;
  sub: string | null;
  cameo: string | null;
}

export interface Trigger {
  /** Stable id ("interception:air-defence-interception"): the rule an event names. */
  id: string;
  classId: string;
  weight: number;
  pattern: RegExp;
  /** The pattern's source (the prefilter reads its literal prefixes). */
  source: string;
  reason: string;
}

export interface NamedActor {
  pattern: RegExp;
  source: string;
  country: string | null;
  sector: string;
}

export interface SectorWord {
  pattern: RegExp;
  /** The pattern's literals (literals.ts): a sentence holding none has no match of it in any of its parts. */
  gate: GatedPattern;
  sector: string;
  /** False when the word marks only a country word right before it ("Israeli air strikes"). */
  before: boolean;
}

const dataUrl = (name: string): URL => new URL(`../../data/events/${name}`, import.meta.url);

function tsvRows(name: string, text = readFileSync(dataUrl(name), 'utf8')): string[][] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

interface ClassFile {
  classes: Record<string, Omit<EventClass, 'id'> & { reason: string }>;
}

const classFile = JSON.parse(readFileSync(dataUrl('classes.json'), 'utf8')) as ClassFile;

export const CLASSES: ReadonlyMap<string, EventClass> = new Map(
  Object.entries(classFile.classes).map(([id, c]) => [
    id,
    { id, plover: c.plover, mode: c.mode, acled: c.acled, sub: c.sub, cameo: c.cameo },
  ]),
);

/** Word-bounded, case-insensitive; `g` so every occurrence is seen. */
const wordPattern = (source: string, flags = 'gi'): RegExp => new RegExp(`(?<![\\w-])(?:${source})(?![\\w])`, flags);

// In a trigger, "(?:\w+ )" skips one word of any kind: a possessive or hyphenated one too
// ("welcomed Reagan's statement", "a day-old blockade").
const anyWord = (source: string): string => source.replaceAll('(?:\\w+ )', "(?:[\\w'’-]+ )");

/** A rule id: what it reads, after the class or cue it belongs to ("ied:planted-remote-explosives"). */
const RuleId = z.string().regex(/^[a-z_-]+:[a-z0-9-]+$/, 'ids look like "class:what-it-reads"');

const TriggerRow = z.object({
  id: RuleId,
  classId: z.string().refine((c) => CLASSES.has(c), 'no such class in data/events/classes.json'),
  weight: z.coerce.number().int().min(1).max(10),
  source: z.string().min(1),
  reason: z.string().min(3, 'every rule says why it exists'),
}).refine((r) => r.id.startsWith(`${r.classId}:`), 'the id starts with its class');

/** Validates the rows of a rules file: a bad row, a bad regex or a repeated id names the file and the rule. */
function ruleRows<T extends { id: string; source: string }>(file: string, schema: z.ZodType<T>, toRow: (cols: string[]) => unknown, text?: string): T[] {
  const seen = new Set<string>();
  return tsvRows(file, text).map((cols, k) => {
    const parsed = schema.safeParse(toRow(cols));
    const name = cols[0] || `row ${k + 1}`;
    if (!parsed.success) throw new Error(`data/events/${file} rule "${name}": ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const row = parsed.data;
    if (seen.has(row.id)) throw new Error(`data/events/${file} rule "${row.id}": duplicate rule id`);
    seen.add(row.id);
    try { new RegExp(row.source, 'i'); } catch (e) { throw new Error(`data/events/${file} rule "${row.id}": ${(e as Error).message}`); }
    return row;
  });
}

/** The trigger rules of a triggers.tsv text (`text` given: a test's), validated. */
export function triggerRules(text?: string): Trigger[] {
  return ruleRows('triggers.tsv', TriggerRow, ([id, classId, weight, source, reason]) => ({ id, classId, weight, source, reason }), text)
    .map((r) => ({ ...r, pattern: wordPattern(anyWord(r.source)) }));
}

export const TRIGGERS: readonly Trigger[] = triggerRules();

/**
 * The top-level alternatives of a pattern source ("A|B(?:x|y)|C" -> A, B(?:x|y), C): a bar inside
 * a group or a class belongs to that group.
 */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') { k++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { parts.push(source.slice(start, k)); start = k + 1; }
  }
  parts.push(source.slice(start));
  return parts;
}

// An acronym ("IS", "IRA", "PDFs?") is matched with its case: "is" the verb, "Ira" the name and a
// "pdf" file are not armed groups. Names beside it in the same row are matched in any case.
const ACRONYM = /^[A-Z][A-Z0-9]+(?:s\?)?$/;

/**
 * The named actors of actors.tsv rows: a row's acronyms and its names become two patterns (a
 * pattern's flags hold for all of it), each with the row's country and sector.
 */
export function namedActors(text?: string): NamedActor[] {
  return tsvRows('actors.tsv', text).flatMap(([source, country, sector]) => {
    const parts = alternatives(source!);
    const acronyms = parts.filter((p) => ACRONYM.test(p));
    const names = parts.filter((p) => !ACRONYM.test(p));
    const actor = (src: string, flags: string): NamedActor => ({
      pattern: wordPattern(src, flags),
      source: src,
      country: country === '-' ? null : (country ?? null),
      sector: sector ?? 'REB',
    });
    return [
      ...(acronyms.length ? [actor(acronyms.join('|'), 'g')] : []),
      ...(names.length ? [actor(names.join('|'), 'gi')] : []),
    ];
  });
}

export const NAMED_ACTORS: readonly NamedActor[] = namedActors();

// Which triggers and named actors can match a sentence (see prefilter.ts): each sentence is run
// only against those, instead of against all of them. A sentence's triggers are asked for once
// (classify's prepare step; the title once), so none are kept: a map of thousands of texts cost
// more than the few asks again it spared. The named actors are asked again by the place's parties.
export const TRIGGER_INDEX = new PatternIndex(TRIGGERS, 0);
export const ACTOR_INDEX = new PatternIndex(NAMED_ACTORS);

export const SECTOR_WORDS: readonly SectorWord[] = tsvRows('sectors.tsv').map(([source, sector, , window]) => ({
  pattern: wordPattern(source!, 'i'),
  gate: new GatedPattern(wordPattern(source!, 'i')),
  sector: sector!,
  before: window !== 'after',
}));

/** ACLED's note tags ("Looting: On 5 May …") name the sub-event directly. */
export const NOTE_TAGS: ReadonlyMap<string, string> = new Map(
  tsvRows('note-tags.tsv').map(([tag, classId]) => [tag!.toLowerCase(), classId!]),
);

/** The internal class an event gets when the events model, not a trigger, names its ACLED sub-event type. */
export const SUB_DEFAULTS: ReadonlyMap<string, EventClass> = new Map(
  tsvRows('sub-defaults.tsv').map(([sub, classId]) => {
    const c = CLASSES.get(classId ?? '');
    if (!sub || !c || c.sub !== sub) throw new Error(`data/events/sub-defaults.tsv: ${classId} is no class of ${sub}`);
    return [sub, c];
  }),
);

const CueRow = z.object({
  id: RuleId,
  name: z.string().regex(/^[a-z-]+$/),
  source: z.string().min(1),
  reason: z.string().min(3, 'every rule says why it exists'),
}).refine((r) => r.id.startsWith(`${r.name}:`), 'the id starts with its cue name');

/** The cue rules of a cues.tsv text (`text` given: a test's), validated. */
export function cueRules(text?: string): z.infer<typeof CueRow>[] {
  return ruleRows('cues.tsv', CueRow, ([id, name, source, reason]) => ({ id, name, source, reason }), text);
}

/** Named context cues (data/events/cues.tsv): each name joins its rows' patterns, gated by their literals (literals.ts). */
const CUES: ReadonlyMap<string, GatedPattern> = (() => {
  const rows = new Map<string, string[]>();
  for (const { name, source } of cueRules()) {
    rows.set(name, [...(rows.get(name) ?? []), source]);
  }
  return new Map([...rows].map(([name, sources]) => [name, new GatedPattern(wordPattern(sources.join('|'), 'i'))]));
})();

/** Whether cue `name` of data/events/cues.tsv occurs in `text`; an unknown name is a programming error. */
export function cue(name: string, text: string): boolean {
  const pattern = CUES.get(name);
  if (!pattern) throw new Error(`data/events/cues.tsv has no cue ${name}`);
  return pattern.test(text);
}

const PatternRow = z.object({
  id: RuleId,
  name: z.string().regex(/^[a-z-]+$/),
  flags: z.enum(['-', 'i', 'g', 'gi']),
  source: z.string().min(1),
  reason: z.string().min(3, 'every rule says why it exists'),
}).refine((r) => r.id.startsWith(`${r.name}:`), 'the id starts with its pattern name');

/** The sentence-shape patterns of a patterns.tsv text (`text` given: a test's) by name, rows of a name joined in file order. */
export function namedPatterns(text?: string): ReadonlyMap<string, RegExp> {
  return new Map([...namedRows(text)].map(([name, { flags, sources }]) => [name, new RegExp(sources.join('|'), flags)]));
}

/** The rows of patterns.tsv by name, with their flags (shared by every row of a name). */
function namedRows(text?: string): ReadonlyMap<string, { flags: string; sources: string[] }> {
  const byName = new Map<string, { flags: string; sources: string[] }>();
  for (const r of ruleRows('patterns.tsv', PatternRow, ([id, name, flags, source, reason]) => ({ id, name, flags, source, reason }), text)) {
    const flags = r.flags === '-' ? '' : r.flags;
    const known = byName.get(r.name);
    if (known && known.flags !== flags) throw new Error(`data/events/patterns.tsv rule "${r.id}": flags "${r.flags}" differ from the other rows of ${r.name}`);
    byName.set(r.name, { flags, sources: [...(known?.sources ?? []), r.source] });
  }
  return byName;
}

const ROWS = namedRows();
const PATTERNS = new Map([...ROWS].map(([name, { flags, sources }]) => [name, new RegExp(sources.join('|'), flags)]));

/**
 * Pattern `name` of data/events/patterns.tsv as its rows, one regex each: whether a text matches
 * the pattern is whether it matches one of them (a row that refers to a group by number would
 * not read alone as it does joined: such a name is one regex).
 */
export function namedBranches(name: string): RegExp[] {
  const rows = ROWS.get(name);
  if (!rows) throw new Error(`data/events/patterns.tsv has no pattern ${name}`);
  if (rows.sources.some((s) => /\\[1-9]|\\k</.test(s))) return [namedPattern(name)];
  return rows.sources.map((s) => new RegExp(s, rows.flags));
}

/** Pattern `name` of data/events/patterns.tsv; asked for when a module loads, so a missing name fails at load. */
export function namedPattern(name: string): RegExp {
  const p = PATTERNS.get(name);
  if (!p) throw new Error(`data/events/patterns.tsv has no pattern ${name}`);
  return p;
}
