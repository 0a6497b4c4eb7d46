import { readFileSync } from 'node:fs';
import { PatternIndex } from './prefilter.js';

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
  classId: string;
  weight: number;
  pattern: RegExp;
  /** The pattern's source, reported as the event's rule. */
  source: string;
}

export interface NamedActor {
  pattern: RegExp;
  source: string;
  country: string | null;
  sector: string;
}

export interface SectorWord {
  pattern: RegExp;
  sector: string;
  /** False when the word marks only a country word right before it ("Israeli air strikes"). */
  before: boolean;
}

const dataUrl = (name: string): URL => new URL(`../../data/events/${name}`, import.meta.url);

function tsvRows(name: string): string[][] {
  return readFileSync(dataUrl(name), 'utf8')
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

export const TRIGGERS: readonly Trigger[] = tsvRows('triggers.tsv').map(([classId, weight, source]) => {
  if (!classId || !source || !CLASSES.has(classId)) throw new Error(`data/events/triggers.tsv: bad row for ${classId}`);
  return { classId, weight: Number(weight), pattern: wordPattern(anyWord(source)), source };
});

export const NAMED_ACTORS: readonly NamedActor[] = tsvRows('actors.tsv').map(([source, country, sector]) => ({
  // Acronyms are case-sensitive ("IS" the group, not "is" the verb).
  pattern: wordPattern(source!, /^[A-Z0-9|() -]+$/.test(source!.replace(/\\\(|\\\)/g, '')) ? 'g' : 'gi'),
  source: source!,
  country: country === '-' ? null : (country ?? null),
  sector: sector ?? 'REB',
}));

// Which triggers and named actors can match a sentence (see prefilter.ts): each sentence is run
// only against those, instead of against all of them.
export const TRIGGER_INDEX = new PatternIndex(TRIGGERS);
export const ACTOR_INDEX = new PatternIndex(NAMED_ACTORS);

export const SECTOR_WORDS: readonly SectorWord[] = tsvRows('sectors.tsv').map(([source, sector, , window]) => ({
  pattern: wordPattern(source!, 'i'),
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

/** Named context cues (data/events/cues.tsv): each name joins its rows' patterns. */
const CUES: ReadonlyMap<string, RegExp> = (() => {
  const rows = new Map<string, string[]>();
  for (const [name, source] of tsvRows('cues.tsv')) {
    if (!name || !source) throw new Error(`data/events/cues.tsv: bad row for ${name}`);
    try { new RegExp(source, 'i'); } catch (e) { throw new Error(`data/events/cues.tsv: cue ${name}: ${(e as Error).message}`); }
    rows.set(name, [...(rows.get(name) ?? []), source]);
  }
  return new Map([...rows].map(([name, sources]) => [name, wordPattern(sources.join('|'), 'i')]));
})();

/** Whether cue `name` of data/events/cues.tsv occurs in `text`; an unknown name is a programming error. */
export function cue(name: string, text: string): boolean {
  const pattern = CUES.get(name);
  if (!pattern) throw new Error(`data/events/cues.tsv has no cue ${name}`);
  return pattern.test(text);
}
