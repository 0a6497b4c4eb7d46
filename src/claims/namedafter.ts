import { attributionOf, isOutlet, type Attribution } from './attribution.js';
import { alternation, SOURCES } from './sourcedata.js';
import { isPerson } from './sourceshapes.js';
import type { SentenceAt } from './quotes.js';

// "…, a war monitor said. The Britain-based Syrian Observatory for Human Rights said …": a lead that describes its source
// names it in the next sentence; the name is the claimant (data: describedSource).
const DESCRIBED = SOURCES.describedSource;
const INDEFINITE = new RegExp(`^(?:a|an)\\s+(?:[a-z][\\w'’-]*\\s+){0,3}(?:${alternation(DESCRIBED.heads)})$`, 'i');
// A name of two capitalised words or more, after an optional article and a description in lower case or with a place.
const NAMED = /^(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[A-Z][\w.'’-]*(?:\s+(?:of|for|and|[A-Z][\w.'’-]*))*\s+[A-Z][\w.'’-]*$/i;
const CAPITALS = /[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?[A-Z]/;

/** The name a described source ("a war monitor") is given by the source of the next sentence, in its paragraph or the next; else null. */
export function namedAfter(claimant: string, at: SentenceAt): string | null {
  if (!INDEFINITE.test(claimant)) return null;
  const here = at.sentences[at.index]!;
  const next = at.sentences[at.index + 1];
  if (!next || next.paragraph > here.paragraph + 1) return null;
  const name = attributionOf(next.text).claimant;
  if (!name || !NAMED.test(name) || !CAPITALS.test(name) || isOutlet(name) || isPerson(name)) return null;
  return name;
}

// '"Both are in hospital," the governor added.', 'Three houses were damaged, he added.': a verb of adding says its source spoke
// before, so a count in the sentence right before that names no source is theirs too (in its paragraph or the one before).
const ADDS = /\b(?:added|adds|went on)\b/;

/** The source of the next sentence when it adds to what came before (its attribution, for the caller to resolve); else null. */
export function addedAfter(at: SentenceAt): Attribution | null {
  const here = at.sentences[at.index]!;
  const next = at.sentences[at.index + 1];
  if (!next || next.paragraph > here.paragraph + 1 || !ADDS.test(next.text)) return null;
  const said = attributionOf(next.text);
  return said.claimant || said.pronoun ? said : null;
}
