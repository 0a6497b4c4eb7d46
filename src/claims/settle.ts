import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention } from '../types.js';
import { asClaimPlace, claimantCountry, type ClaimPlace } from './where.js';
import { finerPlace } from './finer.js';
import type { Scene } from './placing.js';
import type { CountDraft } from './counts.js';
import { clauseBreaksIn, reachesBack } from './whererules.js';
import { countryOfName, countryPlace } from '../places/index.js';

/** Finer places of a count (data/claims/where.json `finerSettlement`, `severalPlaces`): the settlement named later, a list of places, a running total's theatre. */
const FILE = 'data/claims/where.json';
const Schema = z.object({
  finerSettlement: z.object({ why: z.string().min(10), kinds: z.array(z.string()).min(1), nouns: z.string(), lead: z.string(), indefinite: z.string() }),
  severalPlaces: z.object({ why: z.string().min(10), kinds: z.array(z.string()).min(1), separator: z.string(), endsList: z.string(), endsListWhy: z.string().min(10) }),
});
const parsed = Schema.safeParse(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
const rule = parsed.data.finerSettlement;
const several = parsed.data.severalPlaces;

function compile(pattern: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    throw new Error(`${FILE}: finerSettlement.${where}: bad pattern ${pattern}: ${(e as Error).message}`);
  }
}

/** The kinds of count a later-named settlement places (where.json `finerSettlement.kinds`). */
export const SETTLE_KINDS: ReadonlySet<string> = new Set(rule.kinds);
const NAME = "((?:[A-Z][\\p{L}'’-]+\\s+){0,2}[A-Z][\\p{L}'’-]+)";
// "the village of Mbau", "the Kalma camp": a settlement named with its noun, before or after the name.
const NAMED = compile(`\\b(?:the\\s+)?(?:(?:${rule.nouns})\\s+of\\s+${NAME}|${NAME}\\s+(?:${rule.nouns})\\b)`, 'gu', 'nouns');
const LEAD = compile(rule.lead, 'i', 'lead');
const INDEFINITE = compile(rule.indefinite, 'i', 'indefinite');
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An)\b/;
// A place wider than a settlement: a region, a country, or a name the gazetteer lacks written as a region.
const WIDE = 'province|region|state|governorate|oblast|county|prefecture';
const WIDE_WORDS = new RegExp(`\\b(?:${WIDE})\\b`, 'i');
// What the per-name pattern below needs in the sentence: most sentences lack it, and compiling that pattern per call cost more than the rest of isWide.
const WIDE_OF = new RegExp(`\\b(?:${WIDE})\\s+of\\s`, 'i');

function isWide(where: ClaimPlace, sentence: string): boolean {
  if (/\b(?:city|town|village|camp)\b/i.test(where.text)) return false;
  // "the province of Idlib", "Mopti region": the sentence names it as a region, whatever the gazetteer read.
  if (WIDE_WORDS.test(where.text) || (WIDE_OF.test(sentence) && new RegExp(`\\b(?:${WIDE})\\s+of\\s+(?:the\\s+)?${escape(where.text)}\\b`, 'i').test(sentence))) return true;
  const precision = where.place?.precision;
  return precision === 'region' || precision === 'country';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first settlement of `from`..`to` named with its noun after a lead word, that lies in the wide place when the gazetteer knows it. */
function firstSettlement(text: string, from: number, to: number, mentions: readonly PlaceMention[], wide: ClaimPlace, noun: string | null): ClaimPlace | null {
  for (const m of text.slice(from, to).matchAll(NAMED)) {
    const name = (m[1] ?? m[2])!;
    if (CALENDAR.test(name) || /^[A-Z]{2,6}$/.test(name)) continue;
    if (noun && !m[0].toLowerCase().includes(noun)) continue;
    const at = from + m.index!;
    if (!LEAD.test(text.slice(Math.max(0, at - 30), at))) continue;
    const start = at + m[0].lastIndexOf(name);
    let known = mentions.find((x) => x.start <= start && x.end >= start + name.length && x.role === 'location')?.place ?? null;
    // A namesake abroad ("the town of Boni" read as Bonn) is the gazetteer's slip: the town lies in the wide place.
    if (known && wide.place && known.country !== wide.place.country) known = null;
    // A known town in another region is another place, not a finer one.
    if (known && wide.place?.precision === 'region' && known.admin1 !== wide.place.admin1) continue;
    if (known && (known.precision === 'region' || known.precision === 'country')) continue;
    return { text: name, place: known ?? wide.place };
  }
  return null;
}

/**
 * The settlement a count placed at a region or a country happened in (where.json `finerSettlement`):
 * named later in the count's own clause, or in the next sentence of the paragraph when the count's
 * sentence spoke of "a village" without its name. `from` is where the count ends; `to` where its clause does.
 */
export function finerSettlement(text: string, sentenceEnd: number, from: number, to: number, sentenceText: string, mentions: readonly PlaceMention[], wide: ClaimPlace): ClaimPlace | null {
  if (!isWide(wide, sentenceText)) return null;
  const own = firstSettlement(text, from, to, mentions, wide, null);
  if (own) return own;
  const indefinite = INDEFINITE.exec(sentenceText);
  if (!indefinite) return null;
  // The next sentence, within the paragraph.
  const next = /^\s*[^\n]*?[.!?](?=\s|$)/.exec(text.slice(sentenceEnd, sentenceEnd + 400));
  if (!next || /\n\s*\n/.test(text.slice(sentenceEnd, sentenceEnd + next[0].length))) return null;
  return firstSettlement(text, sentenceEnd, sentenceEnd + next[0].length, mentions, wide, indefinite[1]!.toLowerCase());
}

/** The kinds of count one list of places holds together (where.json `severalPlaces.kinds`). */
export const SEVERAL_KINDS: ReadonlySet<string> = new Set(several.kinds);
const SEPARATOR = compile(several.separator, '', 'severalPlaces.separator');
const ENDS_LIST = compile(several.endsList, 'u', 'severalPlaces.endsList');
interface ListItem { text: string; place: PlaceMention['place']; end: number }
const ITEM = /^[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,3}/u;

/** The names of a list of places that opens at `at` with the first item already read ("Sanaa, and the port city of Hodeidah"); empty unless it ends with "and". */
function listAfter(text: string, at: number, to: number, mentions: readonly PlaceMention[]): ListItem[] {
  const items: ListItem[] = [];
  for (;;) {
    const sep = SEPARATOR.exec(text.slice(at, to));
    if (!sep) return [];
    const nameAt = at + sep[0].length;
    const known = mentions.find((m) => m.start === nameAt && m.role === 'location');
    const name = known ? known.text : ITEM.exec(text.slice(nameAt, to))?.[0];
    if (!name || CALENDAR.test(name) || /^[A-Z]{2,6}$/.test(name)) return [];
    const item: PlaceMention = known ?? { start: nameAt, end: nameAt + name.length, text: name, role: 'location', place: null };
    // "… in Gaza and Israel said": a place that acts ends the list (where.json `severalPlaces.endsList`).
    if (ENDS_LIST.test(text.slice(item.end, item.end + 40))) return [];
    items.push({ text: name, place: known?.place ?? null, end: item.end });
    if (/\band\b/.test(sep[1]!)) return items;
    at = item.end;
  }
}

/**
 * One count over a list of places (where.json `severalPlaces`): their names joined ("A and B", "A, B and C"),
 * resolved to the first's place for two, to the country that holds most of three or more. `first` is the place already found, read at each of
 * its occurrences in `from`..`to` until one opens a list.
 */
export function severalPlacesOf(text: string, from: number, to: number, mentions: readonly PlaceMention[], first: ClaimPlace): ClaimPlace | null {
  const stretch = text.slice(from, to);
  if (!/\band\b/.test(stretch)) return null;
  for (let i = stretch.indexOf(first.text); i >= 0; i = stretch.indexOf(first.text, i + 1)) {
    const rest = listAfter(text, from + i + first.text.length, to, mentions);
    if (!rest.length) continue;
    // "in Bajaur District and South Waziristan District, Khyber Pakhtunkhwa": the container named after the list holds it.
    const last = rest[rest.length - 1]!.end;
    const gap = /^(?:\s*,\s*|\s+in\s+(?:the\s+)?)/.exec(text.slice(last, to));
    const container = gap ? mentions.find((m) => m.start === last + gap[0].length && m.role === 'location' && m.place) : undefined;
    if (container) return { text: container.text, place: container.place };
    const all = [first, ...rest];
    if (all.length === 2) return { text: `${first.text} and ${rest[0]!.text}`, place: first.place };
    // Three or more: the list's own words, the most specific place the text gives (GUIDELINES), resolved to the
    // country most of its known places lie in (a namesake abroad is the gazetteer's slip), the first's on a tie.
    const votes = new Map<string, number>();
    for (const p of all) if (p.place?.country) votes.set(p.place.country, (votes.get(p.place.country) ?? 0) + 1);
    const cc = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const country = cc ? countryPlace(cc) : null;
    return { text: `${all.slice(0, -1).map((p) => p.text).join(', ')} and ${all[all.length - 1]!.text}`, place: country ?? first.place };
  }
  return null;
}

/**
 * A count's place made finer by the rest of its clause (see settle.ts): the settlement a region's or a
 * country's count happened in, or all the places of a list the count holds for.
 */
export function refined(scene: Scene, c: CountDraft, counts: readonly CountDraft[], where: ClaimPlace): ClaimPlace {
  const { text, sentence: s, places } = scene;
  let from = 0;
  let to = s.text.length;
  // ", and the port city of X" may continue a list of places: only a break of another kind ends the list.
  let listTo = -1;
  for (const m of clauseBreaksIn(s.text)) {
    if (m.index + m.text.length <= c.start) from = m.index + m.text.length;
    else if (m.index >= c.end) {
      if (to === s.text.length) to = m.index;
      if (!reachesBack(m.text)) { listTo = m.index; break; }
    }
  }
  if (listTo < 0) listTo = s.text.length;
  // A later count of the sentence states a fact of its own, unless it shares the count's place told after both.
  const shared = sharedPlaceAt(scene, c, where);
  const later = counts.find((o) => o.start > c.end && o.kind !== c.kind && o.start > shared);
  if (later) { to = Math.min(to, later.start); listTo = Math.min(listTo, later.start); }
  // "nine were killed: six in the town of X and three in Y": a total's parts name their own places, none finer of the total.
  const part = counts.find((o) => o.partOf === counts.indexOf(c));
  if (part) { to = Math.min(to, part.start); listTo = Math.min(listTo, part.start); }
  const settled = SETTLE_KINDS.has(c.kind) ? finerSettlement(text, s.end, s.start + c.end, s.start + to, s.text, places, where) : null;
  if (settled) return settled;
  // Up to the next count of any kind: "30 killed across Gaza, 12 of them in Khan Younis" keeps Gaza.
  const next = counts.find((o) => o.start > c.end && o.start > shared);
  const finerTo = next ? Math.min(to, next.start) : to;
  const wide = where.place?.precision === 'region' || (where.place?.precision === 'country' && !lesserAtCountry(where));
  const narrower = SETTLE_KINDS.has(c.kind) && wide ? finerPlace(scene, where, { at: s.start + c.start, end: s.start + c.end, from: s.start + from, to: s.start + finerTo }) : null;
  if (narrower) return narrower.place ? narrower : { text: narrower.text, place: where.place };
  return (SEVERAL_KINDS.has(c.kind) ? severalPlacesOf(text, s.start + from, s.start + listTo, places, where) : null) ?? where;
}

/**
 * "near Elwak in Kenya's Mandera county": a town the gazetteer lacks, placed at its country, is finer than the
 * county named after it, not a country to narrow (its words name no country).
 */
function lesserAtCountry(where: ClaimPlace): boolean {
  return where.text !== where.place?.name && countryOfName(where.text.replace(/^the\s+/i, '')) === null;
}

/**
 * "Three were killed and two wounded in Niger near the town of Tera": where the count's place is the
 * first place after it, past the counts joined to it in one clause, the offset (in the sentence) of that
 * place: those counts share its clause and its finer place. Else -1.
 */
function sharedPlaceAt(scene: Scene, c: CountDraft, where: ClaimPlace): number {
  const { text, sentence: s, places } = scene;
  const m = places.find((p) => p.role === 'location' && p.start >= s.start + c.end && p.end <= s.end);
  if (!m || (m.place ? m.place !== where.place : asClaimPlace(m, text).text !== where.text)) return -1;
  const between = s.text.slice(c.end, m.start - s.start);
  if (clauseBreaksIn(between).length) return -1;
  return m.start - s.start;
}

/** The theatre of a running total: the claimant's country or own place, else the country of the story told so far. */
export function theatre(scene: Scene): ClaimPlace | null {
  const own = claimantCountry(scene.places, scene.sentence.start, scene.sentence.end, scene.claimant);
  if (own) return asClaimPlace(own);
  if (scene.claimantPlace) return scene.claimantPlace;
  const told = (scene.lastWhere ?? scene.storyWhere ?? scene.datelinePlace)?.place?.country;
  const country = told ? countryPlace(told) : null;
  return country ? { text: country.name, place: country } : null;
}
