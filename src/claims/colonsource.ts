import { alternation, SOURCES } from './sourcedata.js';

/**
 * "Mayor Ihor Terekhov: a fire broke out in a warehouse", "Regional military administration: two people injured": a live
 * page's entry may give its source before a colon, with no verb of saying. The words before the colon are the source when
 * they are a name or title holding the head of an office or body (data: partyPhrase.titleHeads, actingBodies.heads), so that
 * a place before a colon ("Kharkiv region: …", "Update: …") is none.
 */
const HEADS = alternation([...SOURCES.partyPhrase.titleHeads, ...SOURCES.actingBodies.heads]);
const WORD = `(?:[A-Z][\\w.'’-]*|of|the|for|and|[a-z][\\w'’-]*)`;
const COLON_SOURCE = new RegExp(`^((?:[Tt]he\\s+)?[A-Z][\\w.'’-]*(?:\\s+${WORD}){0,7}):\\s+(?=\\S)`);
const HEAD = new RegExp(`(?:^|\\s)(?:${HEADS})(?:\\s|$)`, 'i');
// A word of saying or acting before the colon makes the words a clause, not a name ("Police said:" is read as a source elsewhere).
const CLAUSE = /\s(?:said|says|reported|reports|wrote|writes|added|told|is|are|was|were|has|have|had)\b/;

/** The source a sentence names before a colon opening it, if the words there name an office or body; else null. */
export function colonSource(sentence: string): string | null {
  const colon = sentence.indexOf(':');
  if (colon < 3 || colon > 80) return null;
  const m = COLON_SOURCE.exec(sentence);
  if (!m || !HEAD.test(m[1]!) || CLAUSE.test(m[1]!)) return null;
  return m[1]!;
}
