/**
 * Named sites: "the X oil refinery", "the X thermal power station", "the X border crossing". A
 * capitalised name, a few lowercase words that describe the site, and a facility head of
 * data/places/sites.json make a place finer than any town the story names, whether or not the
 * gazetteer knows X. Its point is X's when X is a place the gazetteer knows, else the point of
 * the place it is said to lie in ("the X refinery in the Y region"), else unknown.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention, PlacePrecision, ResolvedPlace, Span } from '../types.ts';
import { gazetteer } from './gazetteer.ts';
import { nameKey, tokenize } from './normalize.ts';
import { CAL, COMMON, CONN, DET, OFFICE, ORG, TITLE, is } from './lexicon.ts';

const FILE = 'data/places/sites.json';
const SitesFile = z.object({
  why: z.string(),
  maxModifiers: z.number().int().min(0).max(5),
  heads: z.array(z.object({ word: z.string().regex(/^[a-z]+$/), precision: z.enum(['point', 'district']), why: z.string().min(1) })).min(1),
  notModifiers: z.object({ why: z.string(), words: z.array(z.string()) }),
  speechVerbs: z.object({ why: z.string(), words: z.array(z.string()).min(1) }),
  notNames: z.object({ why: z.string(), words: z.array(z.string()) }),
});

/** A site mention: a place mention whose `site` is the facility head that makes it one. */
export interface SiteMention extends PlaceMention {
  site: string;
  /** The site is in a speaker's phrase ("medics at the X hospital in Y said"): where a source speaks. */
  speaks: boolean;
}

/** Whether a mention is a named site (namedSites). */
export function isSite(m: PlaceMention): m is SiteMention {
  return typeof (m as Partial<SiteMention>).site === 'string';
}

interface Compiled { find: RegExp; any: RegExp; speaks: RegExp; precision: ReadonlyMap<string, PlacePrecision>; notNames: ReadonlySet<string> }

let compiled: Compiled | null = null;

/** The site phrase as one regex, compiled once from the data: name, modifiers, head. */
function compile(): Compiled {
  const data = SitesFile.parse(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
  // A head is written lowercase in the data and matched with either first letter ("Oil Refinery" in a proper name).
  const heads = data.heads.map((h) => `[${h.word[0]!}${h.word[0]!.toUpperCase()}]${h.word.slice(1)}`).join('|');
  const stop = data.notModifiers.words.join('|');
  const word = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  // "House of Culture", "Ministry of the Interior": a name may join its capitalised words over "of (the)".
  const name = `${word}(?:\\s+(?:of\\s+(?:the\\s+)?)?${word}){0,4}`;
  // A modifier is a lowercase word that is no function word and no verb's past ("oil", "thermal power", "radio-electronic equipment").
  const modifier = `(?!(?:${stop})\\b)(?![\\p{Ll}'’-]*ed\\b)\\p{Ll}[\\p{Ll}'’-]*`;
  const find = new RegExp(`(?<![\\p{L}'’-])(${name})((?:\\s+${modifier}){0,${data.maxModifiers}})\\s+(${heads})(?![\\p{L}-])`, 'gu');
  return {
    find,
    // Heads are ASCII words: a plain word boundary is the cheap test every sentence takes.
    any: new RegExp(`\\b(?:${heads})\\b`),
    // After the site, an optional "in Y" and the speech verb of the phrase it stands in.
    speaks: new RegExp(`^(?:\\s+(?:in|near|outside)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:[\\s-]\\p{Lu}[\\p{L}'’-]*){0,3})?,?\\s+(?:${data.speechVerbs.words.join('|')})\\b`, 'u'),
    precision: new Map(data.heads.map((h) => [h.word, h.precision])),
    notNames: new Set(data.notNames.words),
  };
}

const OWNER = /^.*['’]s\s+/u;
const WORD = /[\p{L}\p{M}'’.-]+/gu;
// "the X refinery in the Y region", "the X plant near Y", "the X port, in Y": the place the site lies in.
const LIES_IN = /^\s*,?\s*(?:in|near|outside|at|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central)(?:ern)?\s+)?$/i;
const CONTAINER_REACH = 40;
const POSSESSIVE_END = /['’]s$/;
const OF_PLACE = /^\s+of\s+(?:the\s+)?/;

/** The name without a possessive owner and the opening words that begin no name ("The", "In", "Monday"); null when none is left. */
function trimName(raw: string, at: number, notNames: ReadonlySet<string>): Span | null {
  const owner = OWNER.exec(raw)?.[0].length ?? 0;
  const words = [...raw.slice(owner).matchAll(WORD)];
  let k = 0;
  while (k < words.length && notNames.has(words[k]![0].toLowerCase())) k++;
  if (k === words.length) return null;
  return { start: at + owner + words[k]!.index!, end: at + raw.length };
}

/**
 * Whether a name is of something that is no place: one the gazetteer says is none (an armed group), or
 * one of common, office and organisation words alone ("the Security Service building", "Government House").
 */
function namesNoPlace(name: string): boolean {
  if (gazetteer().notPlaces.has(nameKey(name))) return true;
  const tokens = tokenize(name);
  return tokens.every((t) => is(t, COMMON | ORG | OFFICE | TITLE | CAL | DET | CONN));
}

/** The point of a site: the known place its name is, else the one it is said to lie in, else null; undefined when it is no site. */
function siteRoot(text: string, name: Span, headEnd: number, mentions: readonly PlaceMention[], precision: PlacePrecision): ResolvedPlace | null | undefined {
  const inside = mentions.filter((m) => m.start >= name.start && m.end <= name.end);
  // "the Russian port", "the Pakistan Air Force base": a people's or a country's name inside makes an institution's or a frontier's, no site's.
  if (inside.some((m) => m.role === 'demonym' || m.place?.precision === 'country' || m.place?.precision === 'continent')) return undefined;
  const owned = POSSESSIVE_END.test(text.slice(name.start, name.end));
  const core = owned ? name.end - 2 : name.end;
  // Only a mention of the whole name lends its point: "Baba" inside an unknown "Tor Kham Baba" is some other place.
  const own = inside.find((m) => m.start === name.start && m.end === core && m.role === 'location');
  // "Netanyahu's office building": a site owned by anything but a known place is no place.
  if (owned && !own?.place) return undefined;
  if (own?.place) {
    return { ...own.place, precision, geonameid: null };
  }
  const next = mentions.find((m) => m.start >= headEnd && m.start - headEnd <= CONTAINER_REACH);
  if (next?.place && next.role === 'location' && LIES_IN.test(text.slice(headEnd, next.start))) return { ...next.place, precision, geonameid: null };
  return null;
}

/**
 * The named sites of `span` (a sentence), with the text's resolved mentions: "the Zarnovka oil refinery"
 * whether or not the gazetteer knows Zarnovka. A site whose head a mention already covers ("the X
 * district" read as a district) is that mention's, and not found again.
 */
export function namedSites(text: string, span: Span, mentions: readonly PlaceMention[]): SiteMention[] {
  const c = (compiled ??= compile());
  const part = text.slice(span.start, span.end);
  if (!c.any.test(part)) return [];
  const out: SiteMention[] = [];
  for (const m of part.matchAll(c.find)) {
    const at = span.start + m.index!;
    const name = trimName(m[1]!, at, c.notNames);
    if (!name) continue;
    const head = m[3]!.toLowerCase();
    const headEnd = at + m[0].length;
    if (mentions.some((x) => x.start < headEnd && x.end > headEnd - head.length)) continue;
    // "the X neighbourhood of Y": a part told as a part of a known place is read with that place, as before.
    const of = OF_PLACE.exec(text.slice(headEnd, headEnd + 12));
    if (of && mentions.some((x) => x.start === headEnd + of[0].length && x.place)) continue;
    if (namesNoPlace(text.slice(name.start, name.end))) continue;
    const place = siteRoot(text, name, headEnd, mentions, c.precision.get(head)!);
    if (place === undefined) continue;
    const speaks = c.speaks.test(text.slice(headEnd, Math.min(span.end, headEnd + 60)));
    out.push({ start: name.start, end: headEnd, text: text.slice(name.start, headEnd), role: 'location', place, site: head, speaks });
  }
  return out;
}
