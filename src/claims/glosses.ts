import { alternation, SOURCES } from './sourcedata.js';

/**
 * Sources named with a phrase set off by commas ("the mayor of Mykolaiv, Oleksandr Senkevych, said", "the Syrian
 * Observatory for Human Rights, a Britain-based war monitor, said", "the UN humanitarian office, OCHA, said"), so that a
 * later sentence speaking of the source by that phrase's head ("the mayor added", "the monitor said") or acronym
 * ("OCHA said") is given the source as the story first named it.
 */

interface Gloss {
  /** The head noun of the phrase ("mayor" of "the mayor of Mykolaiv"), lower case; or the acronym, as written. */
  readonly head: string;
  /** The words of the phrase, lower case: a mention's other words must be among them ("the war monitor"). */
  readonly words: ReadonlySet<string>;
  readonly claimant: string;
}

// A phrase glossing a source: a title or description (article, possessive or lower case first) or an acronym.
const PHRASE = `(?:(?:the|a|an|its|their)\\s|[A-Z][\\w.-]*['’]s\\s|[a-z])[^,;:"“”()]{1,80}|[A-Z][A-Z.&-]{1,9}`;
const AFTER = new RegExp(`^,\\s+(${PHRASE}),`);
const BEFORE = new RegExp(`(?:^|[,;:(—–]\\s*|\\b(?:while|whereas|but|and|to)\\s+)(${PHRASE.replace('(?:the|a|an|its|their)', '(?:[Tt]he|[Aa]|[Aa]n|[Ii]ts|[Tt]heir)')}),\\s+$`);
// Where a title's head ends: before what places or qualifies it ("the head of the …", "envoy to the United Nations").
const HEAD_END = /\s+(?:of|for|in|at|to|on|from|with)\s.*$/;
// "the mayor", "the war monitor", "OCHA": a mention that may speak of a glossed source again.
const MENTION = /^[Tt]he\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)$|^([A-Z][A-Z.&-]{1,9})$/;
const KEPT = 12;
// "Regional governor Ivan Fedorov", "Police spokesman Ali Musa": title words ending on a title's head, then a name (data: titledSources).
const anyCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;
const TITLED = new RegExp(`^((?:[A-Za-z][\\w'’.-]*\\s+){0,4}?(?:${alternation(SOURCES.titledSources.heads).split('|').map(anyCase).join('|')}))\\s+([A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){1,4})$`);

function glossOf(phrase: string, claimant: string): Gloss | null {
  if (/^[A-Z][A-Z.&-]{1,9}$/.test(phrase)) return { head: phrase, words: new Set(), claimant };
  const words = phrase.replace(HEAD_END, '').toLowerCase().match(/[a-z][\w'’-]*/g) ?? [];
  const head = words.at(-1);
  return head && !/['’]s$/.test(head) ? { head, words: new Set(words), claimant } : null;
}

export class GlossedSources {
  private readonly glosses: Gloss[] = [];

  /** Remembers the phrase glossing a source a sentence names as `span` ("X, the mayor of Y," or "the mayor of Y, X,"), for `claimant`. */
  note(sentence: string, span: string, claimant: string): void {
    const at = sentence.indexOf(span);
    if (at < 0) return;
    const phrase = AFTER.exec(sentence.slice(at + span.length))?.[1] ?? (sentence.startsWith(',', at + span.length) ? BEFORE.exec(sentence.slice(0, at))?.[1] : undefined);
    const gloss = phrase ? glossOf(phrase.trim(), claimant) : null;
    if (!gloss) return;
    this.glosses.push(gloss);
    if (this.glosses.length > KEPT) this.glosses.shift();
  }

  /** Remembers a source found as a title and a name ("Regional governor Ivan Fedorov"): "the governor" later stands for it. */
  noteTitled(claimant: string): void {
    const m = TITLED.exec(claimant);
    if (!m) return;
    const words = m[1]!.toLowerCase().match(/[a-z][\w'’-]*/g) ?? [];
    this.glosses.push({ head: words.at(-1)!, words: new Set(words), claimant });
    if (this.glosses.length > KEPT) this.glosses.shift();
  }

  /** The source a mention by a glossing phrase's head or acronym stands for, named last; else null. */
  expand(mention: string): string | null {
    if (!this.glosses.length) return null;
    const m = MENTION.exec(mention.trim());
    if (!m) return null;
    const acronym = m[2];
    const words = acronym ? [] : m[1]!.toLowerCase().split(/\s+/);
    for (let i = this.glosses.length - 1; i >= 0; i--) {
      const g = this.glosses[i]!;
      if (g.claimant === mention) continue;
      if (acronym ? g.head === acronym : g.head === words.at(-1) && words.every((w) => g.words.has(w))) return g.claimant;
    }
    return null;
  }
}
