import { findEntities } from '../language/index.js';
import { alternation, SOURCES } from './sourcedata.js';

// The shapes a source's words take (documents, armed forces, armed groups, aliases, persons), read by
// the source tracker (sources.ts).

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const DOCUMENT_FROM = new RegExp(`^(?:the|a|an|its|their)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${alternation(SOURCES.documentNouns.words)})\\s+(?:issued\\s+|released\\s+)?(?:from|by)\\s+(.+)$`, 'i');
export const DOCUMENT = new RegExp(`^(?:the|a|an|its|their|his|her)\\s+(?:([A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3})\\s+)?(?:joint\\s+|official\\s+|written\\s+|latest\\s+|new\\s+)?(?:${SOURCES.documentNouns.words.map(escape).join('|')})$`, 'i');
// "Sudanese troops", "Israel's military": armed forces named by their country; "the army" alone speaks for them.
export const NAMED_FORCE = new RegExp(`\\b([A-Z][a-z]+(?:['’]s)?)\\s+(?:${alternation(SOURCES.forceNouns.named)})\\b`, 'g');
export const BARE_FORCE = new RegExp(`^the\\s+(${alternation(SOURCES.forceNouns.said)})$`, 'i');

// An armed group's name, longest first so "Islamic State West Africa Province" wins over "Islamic State".
const ARMED_GROUP = new RegExp(`(?<![\\w'’-])(?:${[...SOURCES.armedGroups.names].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w'’-])`, 'g');
export const GROUP_NOUN = new RegExp(`^(?:${SOURCES.groupNouns.determiners.map(escape).join('|')})\\s+(?:(?:${SOURCES.groupNouns.modifiers.map(escape).join('|')})\\s+){0,2}(?:${SOURCES.groupNouns.heads.map(escape).join('|')})$`, 'i');

/** The armed group a sentence names last, if any. */
export function lastArmedGroup(sentence: string): string | null {
  let last: string | null = null;
  ARMED_GROUP.lastIndex = 0;
  for (let m = ARMED_GROUP.exec(sentence); m; m = ARMED_GROUP.exec(sentence)) last = m[0];
  return last;
}

// "Crown Prince Mohammed bin Salman, commonly known by his abbreviation MBS", "… Salman (MBS)": a name and the alias it goes by.
export const ALIAS = /\b([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|(?:bin|al|de|ibn|van|von|and|of|for)(?=\s+[A-Z])))*\s+[A-Z][\w'’-]+)(?:,\s+or\s+|,\s*(?:(?:[Cc]ommonly|[Aa]lso|[Ww]idely|[Bb]etter|[Oo]ften)\s+)?(?:[Kk]nown|[Rr]eferred\s+to)\s+(?:as|by\s+(?:his|her|its|the)\s+(?:abbreviation|initials|acronym|nickname)s?)\s+|\s+\()([A-Z]{2,6})\b/g;
export const MAY_ALIAS = /[Kk]nown|[Rr]eferred|\(|, or [A-Z]/;

const personCache = new Map<string, boolean>();
export function isPerson(name: string): boolean {
  let known = personCache.get(name);
  if (known === undefined) {
    known = findEntities(name).some((e) => e.type === 'person');
    if (personCache.size > 10_000) personCache.clear();
    personCache.set(name, known);
  }
  return known;
}

// "the service", "The group": a body named by its kind alone (data: bodyAnaphora).
const BODY_KIND = new RegExp(`^the\\s+(${alternation(SOURCES.bodyAnaphora.heads)})$`, 'i');
const NAMED_BODY = /(?:^|\s)[A-Z]/;

/**
 * The organisation a source named by its kind alone stands for: `prior`, the organisation heard `distance` sentences
 * before, when it has a name of its own and is near enough; else null. `outlet` tells a news outlet, never stood for.
 */
export function bodyStandsFor(source: string, prior: string | null, distance: number, outlet: (s: string) => boolean): string | null {
  if (!prior || distance > SOURCES.bodyAnaphora.reach || !BODY_KIND.test(source)) return null;
  if (prior.toLowerCase() === source.toLowerCase() || BODY_KIND.test(prior) || !NAMED_BODY.test(prior) || outlet(prior) || isPerson(prior)) return null;
  return prior;
}

// "Middle East Airlines has cancelled 14 flights, the airline said": a body named with its kind as its last word (data: namedHead).
const HEAD_MENTION = new RegExp(`^the\\s+(${alternation(SOURCES.namedHead.heads)})$`, 'i');
const NAME_ENDING = (head: string): RegExp => new RegExp(`(?:^|[^\\w'’-])((?:[A-Z][\\w.'’&-]*\\s+){1,5}${head[0]!.toUpperCase()}${head.slice(1)}s?)(?![\\w'’-])`, 'g');
const LEADING_ARTICLE = /^(?:The|A|An)\s+/;

/** The body `texts` (the sentence, then the one before) name last with the kind of "the <kind>" as their name's last word; else null. */
export function bodyNamedBefore(mention: string, texts: readonly (string | undefined)[], outlet: (s: string) => boolean): string | null {
  const head = HEAD_MENTION.exec(mention)?.[1]?.toLowerCase();
  if (!head) return null;
  for (const text of texts) {
    if (!text) continue;
    let found: string | null = null;
    for (const m of text.matchAll(NAME_ENDING(head))) {
      const name = m[1]!;
      // "The Service" alone is no name; "The State Emergency Service" keeps its article as written.
      if (name.replace(LEADING_ARTICLE, '').split(/\s+/).length >= 2 && !outlet(name) && !isPerson(name)) found = name;
    }
    if (found) return found;
  }
  return null;
}

// A surname alone as a source, and the runs of capitalised words that introduce a person in full.
export const SURNAME = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
const NAME_RUN = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,4})\b/g;
const BLANKS = /\s+/;
// Capitalised function words opening or joining a run are no part of a name.
const FUNCTION_WORD = /^(The|A|An|In|On|At|But|And)$/;
const isNameWord = (w: string): boolean => !FUNCTION_WORD.test(w);

/** Adds the full names a text introduces to `byLast`, by their last word, keeping the first met ("Jesow" -> "Dahir Amin Jesow"). */
export function fullNamesIn(text: string, byLast: Map<string, string>): void {
  // exec on the shared pattern, not matchAll (which copies the pattern on each call).
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    const words = m[1]!.split(BLANKS).filter(isNameWord);
    if (words.length >= 2 && !byLast.has(words[words.length - 1]!)) byLast.set(words[words.length - 1]!, words.join(' '));
  }
}
