import { alternation, SOURCES } from './sourcedata.js';

// A statement's author, named in its title ("Statement from President Joe Biden on …", "Ministry of Defence statement
// on …"), or an official channel that published it, speaks its unattributed sentences (data: firstParty).
const TITLE_DOCUMENT = `(?:${alternation(SOURCES.firstParty.documents.flatMap((d) => [d, d.replace(/(^|\s)\w/g, (c) => c.toUpperCase())]))})`;
const AUTHORED = new RegExp(`^(?:Joint\\s+|Official\\s+|Press\\s+)?${TITLE_DOCUMENT}\\s+(?:from|by|of)\\s+(.+?)(?:\\s+(?:on|regarding|about|to|in|at|for|after|following)\\b|\\s*[:–—]|$)`);
const ISSUER_FIRST = new RegExp(`^((?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+(?:of|for|the|and|[A-Z][\\w'’.-]*)){0,8}?)(?:['’]s)?\\s+${TITLE_DOCUMENT}\\s+(?:on|regarding|about|following|after)\\b`);
const OFFICIAL = new RegExp(`\\b(?:${alternation(SOURCES.firstParty.officialHeads)})\\b`, 'i');
const NEWS = new RegExp(`\\b(?:${alternation(SOURCES.firstParty.newsWords)})\\b`, 'i');
const official = (issuer: string | null | undefined): string | null => (issuer && OFFICIAL.test(issuer) && !NEWS.test(issuer) ? issuer.trim() : null);

/** Who issued a document whose title names them, or the official channel that published it. */
export function issuerOfStory(title: string | null, outlet: string | null | undefined): string | null {
  return (title && (AUTHORED.exec(title)?.[1] || official(ISSUER_FIRST.exec(title)?.[1]))) || official(outlet);
}
