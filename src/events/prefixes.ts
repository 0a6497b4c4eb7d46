import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The literal prefixes every match of a pattern must begin with (the prefilter's index, see
 * prefilter.ts), read from the pattern's source. The source is read as a sequence of quantified
 * atoms under alternation; what kind of atom starts at a character is decided by an ordered table
 * of atom readers (data/events/prefix-atoms.json): the first reader that opens at the character
 * reads it. Every reader errs on the wide side (a wildcard where unsure): the index may only ever
 * try a pattern where it cannot match, never skip one where it could.
 */

/** A possible beginning of a match: `open` when the match may end right after `s`, so what follows extends it. */
interface Item { s: string; open: boolean }

// Beyond this many prefixes a pattern is cheaper to run than to index.
const MAX_PREFIXES = 400;
const EMPTY_OPEN: Item[] = [{ s: '', open: true }];
const WILD: Item[] = [{ s: '', open: false }];

class TooWide extends Error {}

const dedupe = (items: Item[]): Item[] => {
  const seen = new Map<string, Item>();
  for (const it of items) seen.set(`${it.open ? 1 : 0}${it.s}`, it);
  if (seen.size > MAX_PREFIXES) throw new TooWide();
  return [...seen.values()];
};
const closed = (a: Item[]): Item[] => a.map((x) => ({ s: x.s, open: false }));
const literal = (ch: string): Item[] => (/^[\x20-\x7e]$/.test(ch) ? [{ s: ch.toLowerCase(), open: true }] : WILD);

/** A pattern source being read: the reader's position and the prefix length asked for. */
class Reader {
  i = 0;
  constructor(readonly src: string, readonly maxLength: number) {}

  concat(a: Item[], b: Item[]): Item[] {
    const out: Item[] = [];
    for (const x of a) {
      if (!x.open || x.s.length >= this.maxLength) { out.push({ s: x.s, open: false }); continue; }
      for (const y of b) out.push({ s: (x.s + y.s).slice(0, this.maxLength), open: y.open && x.s.length + y.s.length <= this.maxLength });
    }
    return dedupe(out);
  }

  alternation(): Item[] {
    const all: Item[] = [...this.sequence()];
    while (this.src[this.i] === '|') { this.i++; all.push(...this.sequence()); }
    return dedupe(all);
  }

  sequence(): Item[] {
    let items = EMPTY_OPEN;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items = this.concat(items, this.quantified());
    return items;
  }

  atom(): Item[] {
    const c = this.src[this.i]!;
    for (const a of ATOM_READERS) if (a.opens(c)) return a.read(this);
    throw new Error(`no atom reader for ${c} in ${this.src}`);
  }

  /** Repeats are cut short: after one or more copies the match may go on with another copy. */
  quantified(): Item[] {
    const a = this.atom();
    const { src } = this;
    const q = src[this.i];
    let min = 1;
    let bounded = true;
    if (q === '?') { min = 0; this.i++; } else if (q === '*') { min = 0; bounded = false; this.i++; } else if (q === '+') { bounded = false; this.i++; } else if (q === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(this.i))) {
      const m = /^\{(\d+)(,?)(\d*)\}/.exec(src.slice(this.i))!;
      min = Number(m[1]);
      bounded = m[2] === '' || (m[3] !== '' && Number(m[3]) === min);
      this.i += m[0].length;
    } else return a;
    if (src[this.i] === '?') this.i++; // lazy
    if (min === 0) return dedupe([...(bounded ? a : closed(a)), ...EMPTY_OPEN]);
    if (min === 1 && bounded) return a;
    return closed(a);
  }
}

/** A group: a lookaround consumes nothing, so the match's first characters come from what follows it. */
function group(r: Reader): Item[] {
  const { src } = r;
  r.i++;
  let zeroWidth = false;
  if (src[r.i] === '?') {
    const [a, b] = [src[r.i + 1], src[r.i + 2]];
    if (a === ':') r.i += 2;
    else if (a === '=' || a === '!') { zeroWidth = true; r.i += 2; } else if (a === '<' && (b === '=' || b === '!')) { zeroWidth = true; r.i += 3; } else if (a === '<') { r.i = src.indexOf('>', r.i) + 1; } else throw new Error(`unsupported group in ${src}`);
  }
  const inner = r.alternation();
  if (src[r.i] !== ')') throw new Error(`unbalanced group in ${src}`);
  r.i++;
  return zeroWidth ? EMPTY_OPEN : inner;
}

/** A character class: a short list of plain characters is expanded, anything else is a wildcard. */
function charClass(r: Reader): Item[] {
  const { src } = r;
  const start = r.i;
  r.i++; // [
  if (src[r.i] === '^') { while (src[r.i] !== ']') r.i += src[r.i] === '\\' ? 2 : 1; r.i++; return WILD; }
  const chars: string[] = [];
  let plain = true;
  while (src[r.i] !== ']') {
    if (r.i >= src.length) throw new Error(`unterminated class in ${src.slice(start)}`);
    if (src[r.i] === '\\') {
      const e = src[r.i + 1]!;
      if (/[dDwWsSbBpPu]/.test(e)) plain = false; else chars.push(e);
      r.i += 2;
    } else if (src[r.i + 1] === '-' && src[r.i + 2] !== ']') { plain = false; r.i += 3; } else chars.push(src[r.i++]!);
  }
  r.i++; // ]
  if (!plain || chars.length > 8) return WILD;
  return dedupe(chars.flatMap(literal));
}

/** An escape: a word boundary is zero-width, a digit class ten literals, other classes and codes match anything. */
function escape(r: Reader): Item[] {
  const { src } = r;
  const e = src[r.i + 1]!;
  r.i += 2;
  if (e === 'b' || e === 'B') return EMPTY_OPEN;
  // Classes, back-references and code escapes: skip their arguments, match anything.
  if (e === 'u') r.i += 4;
  else if (e === 'x') r.i += 2;
  else if (e === 'c') r.i += 1;
  else if (e === 'k' || e === 'p' || e === 'P') r.i = src.indexOf(e === 'k' ? '>' : '}', r.i) + 1;
  if (e === 'd') return dedupe([...'0123456789'].flatMap(literal));
  if (/[DwWsSukxcpP0-9]/.test(e) || e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v') return WILD;
  return literal(e);
}

const READERS: Readonly<Record<string, { opens: (c: string) => boolean; read: (r: Reader) => Item[] }>> = {
  group: { opens: (c) => c === '(', read: group },
  'char-class': { opens: (c) => c === '[', read: charClass },
  'any-char': { opens: (c) => c === '.', read: (r) => { r.i++; return WILD; } },
  anchor: { opens: (c) => c === '^' || c === '$', read: (r) => { r.i++; return EMPTY_OPEN; } },
  escape: { opens: (c) => c === '\\', read: escape },
  literal: { opens: () => true, read: (r) => literal(r.src[r.i++]!) },
};

const FILE = 'data/events/prefix-atoms.json';
const Schema = z.object({
  _why: z.string().min(10),
  steps: z.array(z.object({ step: z.string(), why: z.string().min(10) }).strict()).min(1),
}).strict();

/** Validates the atom readers' table: every reader known, listed once, the catch-all literal last. */
export function parsePrefixAtoms(raw: unknown): Array<(typeof READERS)[string]> {
  const parsed = Schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const names = parsed.data.steps.map((s) => s.step);
  names.forEach((name, i) => {
    if (!READERS[name]) throw new Error(`${FILE}: steps[${i}] "${name}": no atom reader of that name in src/events/prefixes.ts`);
    if (names.indexOf(name) !== i) throw new Error(`${FILE}: steps[${i}] "${name}": listed twice`);
  });
  const missing = Object.keys(READERS).filter((k) => !names.includes(k));
  if (missing.length) throw new Error(`${FILE}: no reader ${missing.join(', ')} (a pattern may hold any atom)`);
  if (names[names.length - 1] !== 'literal') throw new Error(`${FILE}: "literal" reads any character, so it comes last`);
  return names.map((n) => READERS[n]!);
}

const ATOM_READERS = parsePrefixAtoms(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));

/** Prefix sets of regex source `src` (flags `i`; no `u`, `x` or `v` syntax), or null when unbounded. */
export function literalPrefixes(src: string, maxLength: number): string[] | null {
  const r = new Reader(src, maxLength);
  try {
    const items = r.alternation();
    if (r.i !== src.length) throw new Error(`unparsed rest of ${src}`);
    const prefixes = [...new Set(items.map((x) => x.s))];
    return prefixes.includes('') ? null : prefixes;
  } catch (e) {
    if (e instanceof TooWide) return null;
    throw e;
  }
}
