/**
 * The literal strings a pattern's every match must contain, read from its source, so that a text
 * holding none of them is not run against the pattern at all. Most of the events stage's large
 * alternations (background shapes, cues, death words, generic parties, trigger rules) cannot match
 * most sentences, and a regex engine scanning an alternation at every character was much of the
 * stage's time; a substring search for a few literals is many times cheaper.
 *
 * The test is a necessary condition only: a gate that passes still runs the pattern, so results are
 * exactly those of the pattern alone. Every reader below errs on the wide side (no literal where
 * unsure), and literals are compared lower-cased, which covers case-insensitive patterns and is
 * merely looser for case-sensitive ones.
 */

/**
 * A node's reading: the strings it matches when few and plain (`exact`), or literals each match holds one of (`need`),
 * and literals each match holds one of past its opening words (`rest`, see restLiterals), null when none are known.
 */
interface Info { exact: string[] | null; need: string[] | null; rest?: string[] | null }

// Beyond this many strings a set is dropped (no literal): crossing sets would grow without end.
const MAX_SET = 64;
// The literals of a large alternation's branches, pooled: each branch holds one of its own.
const MAX_POOL = 256;
// A literal shorter than this occurs in almost every sentence: no gate.
const MIN_LENGTH = 3;

const EMPTY: Info = { exact: [''], need: null };
const ANY: Info = { exact: null, need: null };

const uniq = (xs: string[]): string[] | null => {
  const set = [...new Set(xs)];
  return set.length > MAX_SET ? null : set;
};

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return uniq(out);
}

/** The literals a match holds one of, as a set worth testing for, or null. */
const needOf = (info: Info): string[] | null => (info.exact && !info.exact.includes('') ? info.exact : info.need);

/** The better of two literal sets: its weakest (shortest) member longer, then fewer members. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || a.includes('')) return b;
  if (!b || b.includes('')) return a;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** A literal holding another of the set adds nothing to it: "opposed to" holds "oppos". */
function reduce(xs: readonly string[]): string[] {
  const set = [...new Set(xs)];
  return set.filter((s) => !set.some((t) => t !== s && s.includes(t)));
}

/** A printable ASCII character as itself (lower-cased); anything else may fold in ways not followed here. */
const char = (c: string): Info => (/^[\x20-\x7e]$/.test(c) ? { exact: [c.toLowerCase()], need: null } : ANY);

class Reader {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') { this.i++; branches.push(this.sequence()); }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? uniq(branches.flatMap((b) => b.exact!)) : null;
    const needs = branches.map(needOf);
    const pooled = needs.every((n) => n) ? reduce(needs.flatMap((n) => n!)) : null;
    // A branch with nothing past its opening words gives its own literals: each match holds one of the pool either way.
    const rests = branches.map((b) => b.rest ?? needOf(b));
    const rest = rests.every((r) => r) ? reduce(rests.flatMap((r) => r!)) : null;
    return { exact, need: pooled && pooled.length <= MAX_POOL ? pooled : null, rest: rest && rest.length <= MAX_POOL ? rest : null };
  }

  sequence(): Info {
    let exact: string[] | null = [''];
    let run: string[] = [''];
    let best: string[] | null = null;
    // The opening words: the first run of plain items, or the first item that is not plain. `rest` is read past them.
    let lead: 'before' | 'in' | 'past' = 'before';
    let rest: string[] | null = null;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified();
      const empty = item.exact !== null && item.exact.length === 1 && item.exact[0] === '';
      if (item.exact) {
        exact = exact && cross(exact, item.exact);
        const joined = cross(run, item.exact);
        if (joined) run = joined;
        else {
          if (lead === 'past') rest = better(rest, run);
          lead = 'past';
          best = better(best, run);
          run = item.exact;
        }
        if (lead === 'before' && !empty) lead = 'in';
      } else {
        exact = null;
        if (lead === 'past') rest = better(better(rest, run), item.need);
        else if (lead === 'in') rest = better(rest, item.need);
        else rest = better(rest, item.rest ?? null);
        lead = 'past';
        best = better(better(best, run), item.need);
        run = [''];
      }
    }
    if (lead === 'past') rest = better(rest, run);
    return { exact, need: better(best, run), rest };
  }

  quantified(): Info {
    const a = this.atom();
    const { src } = this;
    const q = src[this.i];
    let out: Info;
    if (q === '?') { this.i++; out = { exact: a.exact && uniq([...a.exact, '']), need: null }; } else if (q === '*') { this.i++; out = ANY; } else if (q === '+') { this.i++; out = { exact: null, need: needOf(a), rest: a.rest ?? null }; } else if (q === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(this.i))) {
      const m = /^\{(\d+)(,?)(\d*)\}/.exec(src.slice(this.i))!;
      this.i += m[0].length;
      const min = Number(m[1]);
      const fixed = m[2] === '';
      let exact: string[] | null = null;
      if (fixed && a.exact) {
        exact = [''];
        for (let k = 0; k < min && exact; k++) exact = cross(exact, a.exact);
      }
      out = { exact, need: min > 0 ? needOf(a) : null };
    } else return a;
    if (src[this.i] === '?') this.i++; // lazy
    return out;
  }

  atom(): Info {
    const { src } = this;
    const c = src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    return char(c);
  }

  /** A lookaround consumes nothing: it matches the empty string here. */
  group(): Info {
    const { src } = this;
    this.i++;
    let zeroWidth = false;
    if (src[this.i] === '?') {
      const [a, b] = [src[this.i + 1], src[this.i + 2]];
      if (a === ':') this.i += 2;
      else if (a === '=' || a === '!') { zeroWidth = true; this.i += 2; } else if (a === '<' && (b === '=' || b === '!')) { zeroWidth = true; this.i += 3; } else if (a === '<') this.i = src.indexOf('>', this.i) + 1;
      else throw new Error(`unsupported group in ${src}`);
    }
    const inner = this.alternation();
    if (src[this.i] !== ')') throw new Error(`unbalanced group in ${src}`);
    this.i++;
    return zeroWidth ? EMPTY : inner;
  }

  /** A short class of plain characters is its characters; ranges, negations and class escapes match anything. */
  charClass(): Info {
    const { src } = this;
    this.i++;
    const negated = src[this.i] === '^';
    const chars: string[] = [];
    let plain = !negated;
    while (src[this.i] !== ']') {
      if (this.i >= src.length) throw new Error(`unterminated class in ${src}`);
      if (src[this.i] === '\\') {
        const e = src[this.i + 1]!;
        if (/[a-zA-Z0-9]/.test(e)) plain = false; else chars.push(e);
        this.i += 2;
      } else if (src[this.i + 1] === '-' && src[this.i + 2] !== ']') { plain = false; this.i += 3; } else chars.push(src[this.i++]!);
    }
    this.i++;
    if (!plain || chars.length > 8 || !chars.every((c) => /^[\x20-\x7e]$/.test(c))) return ANY;
    return { exact: uniq(chars.map((c) => c.toLowerCase())), need: null };
  }

  /** Word boundaries match the empty string; escaped punctuation is itself; classes, codes and back-references match anything. */
  escape(): Info {
    const { src } = this;
    const e = src[this.i + 1]!;
    this.i += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'u') this.i += src[this.i] === '{' ? src.indexOf('}', this.i) + 1 - this.i : 4;
    else if (e === 'x') this.i += 2;
    else if (e === 'c') this.i += 1;
    else if (e === 'k' || e === 'p' || e === 'P') this.i = src.indexOf(e === 'k' ? '>' : '}', this.i) + 1;
    if (/[a-zA-Z0-9]/.test(e)) return ANY;
    return char(e);
  }
}

/**
 * Literals (lower case) one of which every match of regex source `src` holds past its opening words (the first
 * run of plain characters, or the first group that is not plain), or null when none can be shown. A pattern
 * indexed by the literals it opens with (prefilter.ts) is tried only where they stand; these literals tell
 * more about whether the rest of it can match ("(?:families|people) … (?:fled|sought refuge)": "fled", "refuge").
 * A branch of an alternation with nothing past its opening words gives the literals of its own (sound, looser).
 */
export function restLiterals(src: string, minLength = MIN_LENGTH): string[] | null {
  const r = new Reader(src);
  const info = r.alternation();
  if (r.i !== src.length) throw new Error(`unparsed rest of ${src}`);
  const rest = info.rest ?? null;
  if (!rest || rest.some((s) => s.length < minLength)) return null;
  return reduce(rest);
}

/** Literals (lower case) one of which every match of regex source `src` contains, or null when none can be shown. */
export function requiredLiterals(src: string, minLength = MIN_LENGTH): string[] | null {
  const r = new Reader(src);
  const info = r.alternation();
  if (r.i !== src.length) throw new Error(`unparsed rest of ${src}`);
  const need = needOf(info);
  if (!need || need.some((s) => s.length < minLength)) return null;
  return reduce(need);
}

// How many texts' readings are kept. A sentence is asked about by several gates in turn, and again
// when the article's events read their parties and fatalities, after every sentence of the batch was
// read (extractEventsOf: a batch of 64 articles holds a few thousand sentences and their contexts):
// keeping the last 64 texts read two in five characters twice over the real news.
const KEPT_TEXTS = 8192;

/**
 * Every gate's literals in one automaton (Aho-Corasick, as a table over the characters the literals
 * use, upper case folded to lower): a text is read once, character by character, for all gates at
 * once, however many literals they hold, and the answer is kept for the texts asked about lately.
 */
class LiteralScanner {
  private readonly sets: Array<readonly string[]> = [];
  private table: { classOf: Uint8Array; width: number; next: Uint16Array | Int32Array; out: Int32Array; masks: Uint32Array; words: number } | null = null;
  // The texts read lately, each with its slot: its gates (a bit per gate) are readings[slot * words ..].
  // When full, every slot is given up at once: evicting the oldest one by one left a Map's deleted
  // entries for each eviction to step over, and a buffer per text was garbage.
  private readonly kept = new Map<string, number>();
  private readings = new Uint32Array(0);

  /** A gate for `literals` (lower case): its number, for `holds`. */
  register(literals: readonly string[]): number {
    this.sets.push(literals);
    this.table = null;
    this.kept.clear();
    return this.sets.length - 1;
  }

  /** Whether `text` holds one of gate `gate`'s literals (upper case read as lower). */
  holds(text: string, gate: number): boolean {
    const t = (this.table ??= this.build());
    return (this.readings[this.slotOf(t, text) * t.words + (gate >>> 5)]! & (1 << (gate & 31))) !== 0;
  }

  /** Where `text`'s gates are read (see holdsAt), reading it first if it is not kept: good until another text is read. */
  rowOf(text: string): number {
    const t = (this.table ??= this.build());
    return this.slotOf(t, text) * t.words;
  }

  /** Whether the text whose row (rowOf) is `row` holds one of gate `gate`'s literals. */
  holdsAt(row: number, gate: number): boolean {
    return (this.readings[row + (gate >>> 5)]! & (1 << (gate & 31))) !== 0;
  }

  /** Reads `text` now, if it is not among the texts kept, so that its gates are answered without a scan. */
  read(text: string): void {
    this.slotOf((this.table ??= this.build()), text);
  }

  private slotOf(t: NonNullable<LiteralScanner['table']>, text: string): number {
    let slot = this.kept.get(text);
    if (slot === undefined) {
      if (this.kept.size >= KEPT_TEXTS) this.kept.clear();
      slot = this.kept.size;
      this.scan(t, text, slot * t.words);
      this.kept.set(text, slot);
    }
    return slot;
  }

  private scan(t: NonNullable<LiteralScanner['table']>, text: string, at: number): void {
    const { readings } = this;
    const { classOf, width, next, out, masks, words } = t;
    readings.fill(0, at, at + words);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = next[state * width + (c < 128 ? classOf[c]! : 0)]!;
      const o = out[state]!;
      if (o >= 0) for (let w = 0; w < words; w++) readings[at + w]! |= masks[o * words + w]!;
    }
  }

  private build(): NonNullable<LiteralScanner['table']> {
    const { classOf, width } = charClasses(this.sets);
    const { goto, ends } = trieOf(this.sets, classOf);
    const words = Math.max(1, Math.ceil(this.sets.length / 32));
    const { next, gates, order } = failureLinks(goto, ends, width);
    const out = new Int32Array(goto.length).fill(-1);
    const rows: number[] = [];
    for (let s = 0; s < goto.length; s++) {
      if (gates[s]!.size === 0) continue;
      out[s] = rows.length / words;
      const row = new Array<number>(words).fill(0);
      for (const g of gates[s]!) row[g >>> 5]! |= 1 << (g & 31);
      rows.push(...row);
    }
    this.readings = new Uint32Array(KEPT_TEXTS * words);
    return { classOf, width, ...byDepth(next, out, order, width), masks: Uint32Array.from(rows.map((x) => x >>> 0)), words };
  }
}

/**
 * The transition table with its states renumbered in breadth-first order, in 16-bit cells where
 * the states fit: a scan of news text stays mostly in the shallow states, which then share a few
 * cache lines at the table's head instead of being spread over its megabytes.
 */
function byDepth(next: Int32Array, out: Int32Array, order: readonly number[], width: number): { next: Uint16Array | Int32Array; out: Int32Array } {
  const rank = new Int32Array(order.length);
  order.forEach((s, r) => { rank[s] = r; });
  const table = order.length <= 0x10000 ? new Uint16Array(order.length * width) : new Int32Array(order.length * width);
  const outByRank = new Int32Array(order.length);
  for (let r = 0; r < order.length; r++) {
    const s = order[r]!;
    outByRank[r] = out[s]!;
    for (let a = 0; a < width; a++) table[r * width + a] = rank[next[s * width + a]!]!;
  }
  return { next: table, out: outByRank };
}

/** Character classes: 0 for every character no literal uses; a letter's two cases share one. */
function charClasses(sets: readonly (readonly string[])[]): { classOf: Uint8Array; width: number } {
  const classOf = new Uint8Array(128);
  let width = 1;
  for (const set of sets) {
    for (const lit of set) {
      for (let k = 0; k < lit.length; k++) {
        const c = lit.charCodeAt(k);
        if (classOf[c]) continue;
        classOf[c] = width;
        if (c >= 97 && c <= 122) classOf[c - 32] = width;
        width++;
      }
    }
  }
  return { classOf, width };
}

/** The trie of all literals by character class, with the gates each state ends a literal of. */
function trieOf(sets: readonly (readonly string[])[], classOf: Uint8Array): { goto: Array<Map<number, number>>; ends: number[][] } {
  const goto: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  sets.forEach((set, gate) => {
    for (const lit of set) {
      let s = 0;
      for (let k = 0; k < lit.length; k++) {
        const a = classOf[lit.charCodeAt(k)]!;
        let n = goto[s]!.get(a);
        if (n === undefined) { n = goto.length; goto.push(new Map()); ends.push([]); goto[s]!.set(a, n); }
        s = n;
      }
      ends[s]!.push(gate);
    }
  });
  return { goto, ends };
}

/** The trie's failure links in breadth-first order: a full transition table, and each state's gates with its suffixes'. */
function failureLinks(goto: readonly Map<number, number>[], ends: readonly number[][], width: number): { next: Int32Array; gates: Array<Set<number>>; order: number[] } {
  const next = new Int32Array(goto.length * width);
  const fail = new Int32Array(goto.length);
  const gates: Array<Set<number>> = ends.map((e) => new Set(e));
  const queue: number[] = [];
  for (let a = 0; a < width; a++) {
    const n = goto[0]!.get(a);
    next[a] = n ?? 0;
    if (n !== undefined) queue.push(n);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const g of gates[fail[s]!]!) gates[s]!.add(g);
    for (let a = 0; a < width; a++) {
      const n = goto[s]!.get(a);
      if (n === undefined) { next[s * width + a] = next[fail[s]! * width + a]!; continue; }
      fail[n] = next[fail[s]! * width + a]!;
      next[s * width + a] = n;
      queue.push(n);
    }
  }
  return { next, gates, order: [0, ...queue] };
}

const SCANNER = new LiteralScanner();

/**
 * Reads the literals of `texts` for every gate ahead of their first question (kept for the last
 * KEPT_TEXTS texts). The scan's table is megabytes: read over a batch's sentences in one run it
 * stays in the processor's caches, where scans interleaved with the trigger index's walks and
 * patterns fetched it again sentence by sentence.
 */
export function readLiterals(texts: Iterable<string>): void {
  for (const text of texts) SCANNER.read(text);
}

/** A gate over `literals` (lower case; null: no literal is known, so every text may match). */
export class LiteralGate {
  private readonly gate: number;
  constructor(readonly literals: readonly string[] | null) {
    this.gate = literals ? SCANNER.register(literals) : -1;
  }

  /** Whether the text may match: false only when it holds none of the literals. */
  may(text: string): boolean {
    return this.gate < 0 || SCANNER.holds(text, this.gate);
  }

  /** may() of the text whose row literalRow gave, with no other text read since: one look-up of the text for many gates. */
  mayAt(row: number): boolean {
    return this.gate < 0 || SCANNER.holdsAt(row, this.gate);
  }
}

/** The row of `text`'s readings for LiteralGate.mayAt, good until another text is read. */
export function literalRow(text: string): number {
  return SCANNER.rowOf(text);
}

/**
 * A pattern with its literal gate: `test` answers exactly as the pattern does, but a text holding
 * none of its literals is answered without running it.
 */
export class GatedPattern extends LiteralGate {
  constructor(readonly pattern: RegExp) {
    super(requiredLiterals(pattern.source));
  }

  test(text: string): boolean {
    return this.may(text) && this.pattern.test(text);
  }
}
