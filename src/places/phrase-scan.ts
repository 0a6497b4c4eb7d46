/**
 * Whole phrases found in a text by trying their pattern only where one of them can begin: a
 * global search for the phrases' boundary and first letters (one character class, which the regex
 * engine scans fast), then the phrases' alternation anchored there. The matches are the global
 * pattern's (boundary, then alternation), in the same order: a match can start nowhere else.
 */
export interface PhraseScan {
  /** Global: a phrase boundary and a first letter of some phrase (one character). */
  start: RegExp;
  /** Sticky: the alternation of the phrases (and what must follow them). */
  body: RegExp;
}

/**
 * The scan of phrases (regex sources, each opening with a literal letter) with the boundary
 * `before` (a lookbehind or a word boundary) and `after` following; `flags` beside g and y.
 */
export function phraseScan(phrases: readonly string[], before: string, after: string, flags = ''): PhraseScan {
  const firsts = [...new Set(phrases.map((p) => String.fromCodePoint(p.codePointAt(0)!)))];
  const notLetter = firsts.find((c) => !/^\p{L}$/u.test(c));
  if (notLetter !== undefined) throw new Error(`phraseScan: a phrase opens with "${notLetter}", not a letter`);
  return {
    start: new RegExp(`${before}[${firsts.join('')}]`, `g${flags}`),
    body: new RegExp(`(?:${phrases.map((p) => `(${p})`).join('|')})${after}`, `y${flags}`),
  };
}

/** The next match at or after `scan.start.lastIndex` (set it to 0 to begin), or null. */
export function nextPhrase(scan: PhraseScan, text: string): RegExpExecArray | null {
  const { start, body } = scan;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    body.lastIndex = m.index;
    const found = body.exec(text);
    if (found) {
      start.lastIndex = body.lastIndex;
      return found;
    }
  }
  return null;
}
