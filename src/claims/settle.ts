import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention } from '../types.js';
import type { ClaimPlace } from './where.js';

/** data/claims/where.json `finerSettlement`: the settlement a region's or a country's count happened in, named later. */
const FILE = 'data/claims/where.json';
const Schema = z.object({
  finerSettlement: z.object({ why: z.string().min(10), kinds: z.array(z.string()).min(1), nouns: z.string(), lead: z.string(), indefinite: z.string() }),
});
const parsed = Schema.safeParse(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
const rule = parsed.data.finerSettlement;

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

function isWide(where: ClaimPlace, sentence: string): boolean {
  if (/\b(?:city|town|village|camp)\b/i.test(where.text)) return false;
  // "the province of Idlib", "Mopti region": the sentence names it as a region, whatever the gazetteer read.
  if (WIDE_WORDS.test(where.text) || new RegExp(`\\b(?:${WIDE})\\s+of\\s+(?:the\\s+)?${escape(where.text)}\\b`, 'i').test(sentence)) return true;
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
