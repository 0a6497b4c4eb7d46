/** Multi-word phrases as lower-case token sequences, for matching at a token. */
export type Phrase = readonly string[];
/** Phrases indexed by their first word, longest first, so matching at a token only tries the phrases that can fit. */
export interface PhraseList {
  readonly all: readonly Phrase[];
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
}

export function phraseList(list: readonly (string | Phrase)[]): PhraseList {
  const all = list.map((p) => (typeof p === 'string' ? p.toLowerCase().split(/\s+/) : p)).sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of all) {
    const bucket = byFirst.get(phrase[0]!) ?? [];
    bucket.push(phrase);
    byFirst.set(phrase[0]!, bucket);
  }
  return { all, byFirst };
}

/** Phrases of several lists in one index: one lookup per token finds every list that has a phrase there. */
export type PhraseIndex<T> = ReadonlyMap<string, readonly { value: T; phrase: Phrase }[]>;

export function indexPhrases<T>(lists: Iterable<readonly [T, PhraseList]>): PhraseIndex<T> {
  const index = new Map<string, { value: T; phrase: Phrase }[]>();
  for (const [value, list] of lists) {
    for (const phrase of list.all) {
      const bucket = index.get(phrase[0]!) ?? [];
      bucket.push({ value, phrase });
      index.set(phrase[0]!, bucket);
    }
  }
  // Longest phrases first, so the first match at a token is the fullest.
  for (const bucket of index.values()) bucket.sort((a, b) => b.phrase.length - a.phrase.length);
  return index;
}

/** A node of PhraseEnds' trie: the words before the ones read so far, and whether a whole phrase was read. */
interface EndNode { readonly before: Map<string, EndNode>; whole: boolean }

/**
 * Phrases read backward from their last word, as a trie: whether some phrase of the list ends at a token costs
 * one look-up per word of the longest phrase that could end there, however long the list (a binding rule's
 * phrases expand its word sets into thousands).
 */
export class PhraseEnds {
  private readonly root: EndNode = { before: new Map(), whole: false };
  constructor(list: PhraseList) {
    for (const phrase of list.all) {
      let node = this.root;
      for (let i = phrase.length - 1; i >= 0; i--) {
        let next = node.before.get(phrase[i]!);
        if (!next) node.before.set(phrase[i]!, (next = { before: new Map(), whole: false }));
        node = next;
      }
      node.whole = true;
    }
  }

  /** Whether a phrase of the list ends at token `p` (its words the lower case of tokens p - length + 1 … p). */
  endsAt(tokens: readonly { lower: string }[], p: number): boolean {
    if (this.root.whole) return true;
    let node: EndNode | undefined = this.root;
    for (let i = p; i >= 0 && node; i--) {
      node = node.before.get(tokens[i]!.lower);
      if (node?.whole) return true;
    }
    return false;
  }
}
