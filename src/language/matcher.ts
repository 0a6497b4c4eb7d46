import type { AnnotatedToken } from './annotate.js';
import { formOf, type Token, type WordForm } from './tokens.js';
import { sentenceParts } from './cues.js';
import { affixOf, firstKeys, hasAffix, matchSteps, range, type Affix, type CompiledRule, type Match, type TokenSpec, type WordSets } from './patterns.js';

// The patterns and their compilation live in patterns.ts; this file indexes compiled rules and runs them over a sentence.
export { compileRule, TokenSpec, type CompiledRule, type Match, type SentenceSpec, type WordSets } from './patterns.js';
const NO_FLAGS = new Uint8Array(1);

// Matchers that remember their mayMatch answers on word forms, two bits each in WordForm.marks;
// past that many (a test making matchers by the dozen) they keep a cache of their own.
const MARK_SLOTS = 15;
let nextSlot = 0;

interface WordRules {
  /** Rules that may start at a token with this word. */
  start: number[];
  /** Rules that need this word somewhere in the sentence. */
  need: number[];
}

/** The index entries of one spelling (by its norm, lemma, text and affixes); NO_RULES when it has none. */
interface FormRules {
  norm: WordRules | undefined;
  lemma: WordRules | undefined;
  text: WordRules | undefined;
  affix: WordRules | undefined;
}
const NO_RULES: FormRules = { norm: undefined, lemma: undefined, text: undefined, affix: undefined };

/** A set of compiled rules indexed by the word they start with: matching a sentence is one pass over its tokens. */
export class Matcher<M = unknown> {
  private readonly byNorm = new Map<string, WordRules>();
  private readonly byLemma = new Map<string, WordRules>();
  /** Rules that need a word as written (case-sensitive); it indexes no starts. */
  private readonly byText = new Map<string, WordRules>();
  /** Whether a spelling holds a word some rule needs (mayMatch); cleared when a rule is added. */
  private readonly neededCache = new Map<string, boolean>();
  /** This matcher's two bits in WordForm.marks (see mayMatch); -1 until first asked after a rule is added. */
  private slot = -1;
  private readonly anywhere: number[] = [];
  private readonly needless: number[] = [];
  /** Rules that need an affix (CompiledRule.affix), and rules whose first step is an affix. */
  private readonly affixNeed: number[] = [];
  private readonly affixStart: { n: number; affix: Affix }[] = [];
  /** Per spelling (norm): the affix rules it lets live, and those that may start at it. */
  private readonly affixCache = new Map<string, WordRules>();
  private readonly affixes: (WordRules | undefined)[] = [];
  /** Whether some rule forbids a sentence-wide flag (else no sentence parts are computed). */
  private flagged = false;
  private zeros = new Uint16Array(0);
  readonly rules: CompiledRule<M>[] = [];
  private live = new Uint8Array(0);
  private tried = new Int32Array(0);
  private readonly norms: (WordRules | undefined)[] = [];
  private readonly lemmas: (WordRules | undefined)[] = [];
  /**
   * The index entries of each spelling by its form's id (WordForm.id), of the forms' generation
   * byFormGeneration: a token with a form costs one array read, not up to four string-keyed look-ups.
   */
  private byForm: (FormRules | undefined)[] = [];
  private byFormGeneration = -1;

  private entry(field: 'norm' | 'lemma' | 'text', word: string): WordRules {
    const index = field === 'norm' ? this.byNorm : field === 'lemma' ? this.byLemma : this.byText;
    let e = index.get(word);
    if (!e) index.set(word, (e = { start: [], need: [] }));
    return e;
  }

  add(rule: CompiledRule<M>, pattern: readonly TokenSpec[], sets: WordSets): void {
    const n = this.rules.push(rule) - 1;
    this.neededCache.clear();
    // Answers remembered on forms were for the old rules: later answers go to fresh bits.
    this.slot = -1;
    this.affixCache.clear();
    this.byForm = [];
    if (rule.sentence.neg || rule.sentence.modal || rule.sentence.hedge) this.flagged = true;
    if (!rule.needs && rule.affix) this.affixNeed.push(n);
    else if (!rule.needs) this.needless.push(n);
    else for (const w of rule.needs.words) {
      const e = this.entry(rule.needs.field, w);
      if (!e.need.includes(n)) e.need.push(n);
    }
    const keys = firstKeys(pattern, sets);
    const first = pattern[0];
    const startAffix = !keys && first && first.OP !== '!' && range(first.OP)[0] > 0 ? affixOf(first) : null;
    if (startAffix) this.affixStart.push({ n, affix: startAffix });
    else if (!keys) this.anywhere.push(n);
    else for (const k of keys) {
      const e = this.entry(k.startsWith('l:') ? 'norm' : 'lemma', k.slice(2));
      if (!e.start.includes(n)) e.start.push(n);
    }
  }

  /**
   * Whether any rule could match plain tokens (before annotation): a sentence holding none of the
   * words the rules need is spared its lemmas and scopes.
   */
  mayMatch(tokens: readonly Token[]): boolean {
    if (this.needless.length) return true;
    if (this.slot < 0 && nextSlot < MARK_SLOTS) this.slot = nextSlot++;
    if (this.slot >= 0) {
      // Remembered on the spelling's form, which the token keeps for annotation: one look-up per token.
      const known = 1 << (2 * this.slot);
      const yes = known << 1;
      for (const t of tokens) {
        const f = t.form ?? (t.form = formOf(t.text));
        if (!(f.marks & known)) f.marks |= known | (this.needsWord(f) ? yes : 0);
        if (f.marks & yes) return true;
      }
      return false;
    }
    for (const t of tokens) {
      // Remembered per spelling: one look-up per token instead of its form's three.
      let needed = this.neededCache.get(t.text);
      if (needed === undefined) {
        needed = this.needsWord(formOf(t.text));
        if (this.neededCache.size >= 200_000) this.neededCache.clear();
        this.neededCache.set(t.text, needed);
      }
      if (needed) return true;
    }
    return false;
  }

  private needsWord(f: WordForm): boolean {
    return !!(this.byNorm.get(f.norm)?.need.length || this.byLemma.get(f.lemma)?.need.length || this.byText.get(f.text)?.need.length ||
      (this.affixNeed.length && this.affixRules(f.norm).need.length));
  }

  /** The affix rules a spelling lets live and those that may start at it, remembered per spelling. */
  private affixRules(norm: string): WordRules {
    let e = this.affixCache.get(norm);
    if (e) return e;
    e = { need: this.affixNeed.filter((n) => hasAffix(norm, this.rules[n]!.affix!)), start: this.affixStart.filter((a) => hasAffix(norm, a.affix)).map((a) => a.n) };
    if (this.affixCache.size >= 200_000) this.affixCache.clear();
    this.affixCache.set(norm, e);
    return e;
  }

  /** Every rule match in the tokens, in token order; a rule matches at most once per start token (its longest). */
  match(tokens: readonly AnnotatedToken[], only?: (rule: CompiledRule<M>) => boolean): Match<M>[] {
    const out: Match<M>[] = [];
    // One pass over the tokens finds the rules whose needed words the sentence holds; most sentences hold none.
    // Scratch arrays are the matcher's own, reused from sentence to sentence (matching never nests).
    if (this.live.length !== this.rules.length) [this.live, this.tried] = [new Uint8Array(this.rules.length), new Int32Array(this.rules.length)];
    const { live, tried, norms, lemmas, affixes } = this;
    const affixed = this.affixNeed.length > 0 || this.affixStart.length > 0;
    live.fill(0);
    let any = this.needless.length > 0;
    const byText = this.byText.size ? this.byText : null;
    // Most rule sets index no lemma: a look-up per token spared.
    const byLemma = this.byLemma.size ? this.byLemma : null;
    for (const n of this.needless) live[n] = 1;
    // The sentence-wide flags, per part of the sentence (see sentenceParts): bit 1 neg, 2 modal, 4 hedge.
    // A matcher whose rules ask none reads every token as part 0 with no flags.
    if (!this.flagged && this.zeros.length < tokens.length) this.zeros = new Uint16Array(tokens.length * 2);
    const parts = this.flagged ? sentenceParts(tokens) : this.zeros;
    const flags = this.flagged ? new Uint8Array((parts[tokens.length - 1] ?? 0) + 1) : NO_FLAGS;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (this.flagged) flags[parts[i]!]! |= (t.neg ? 1 : 0) | (t.modal ? 2 : 0) | (t.hedge ? 4 : 0);
      const e = this.rulesOf(t, byLemma, byText, affixed);
      const a = (norms[i] = e.norm);
      const b = (lemmas[i] = e.lemma);
      if (a) for (const n of a.need) (live[n] = 1), (any = true);
      if (b) for (const n of b.need) (live[n] = 1), (any = true);
      const c = e.text;
      if (c) for (const n of c.need) (live[n] = 1), (any = true);
      const d = (affixes[i] = e.affix);
      if (d) for (const n of d.need) (live[n] = 1), (any = true);
    }
    if (!any) return out;
    if (only) for (let n = 0; n < this.rules.length; n++) if (live[n] && !only(this.rules[n]!)) live[n] = 0;
    const anywhere = this.anywhere.filter((n) => live[n]);
    // Which rule was last tried at which start token: no set to allocate per token.
    tried.fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      const a = norms[i];
      if (a) for (const n of a.start) this.attempt(n, i, tokens, parts, flags, out);
      const b = lemmas[i];
      if (b) for (const n of b.start) this.attempt(n, i, tokens, parts, flags, out);
      const d = affixes[i];
      if (d) for (const n of d.start) this.attempt(n, i, tokens, parts, flags, out);
      for (const n of anywhere) this.attempt(n, i, tokens, parts, flags, out);
    }
    return out;
  }

  /** A token's index entries, kept by its spelling's form when it has one. */
  private rulesOf(t: AnnotatedToken, byLemma: Map<string, WordRules> | null, byText: Map<string, WordRules> | null, affixed: boolean): FormRules {
    let f = t.form;
    if (f === undefined) {
      // A token made without its form (a stage's own annotation): the form of its spelling serves when
      // it reads the same (the entries depend on nothing else), one look-up instead of four.
      const g = formOf(t.text);
      if (g.norm === t.norm && g.lemma === t.lemma) f = g;
    }
    let id = -1;
    if (f !== undefined) {
      // A newer generation of forms numbers its spellings afresh; an older one is not kept.
      if (f.generation > this.byFormGeneration) [this.byForm, this.byFormGeneration] = [[], f.generation];
      if (f.generation === this.byFormGeneration) {
        id = f.id;
        const known = id < this.byForm.length ? this.byForm[id] : undefined;
        if (known !== undefined) return known;
      }
    }
    const norm = this.byNorm.get(t.norm);
    const lemma = byLemma?.get(t.lemma);
    const text = byText?.get(t.text);
    const affix = affixed ? this.affixRules(t.norm) : undefined;
    const e = norm || lemma || text || affix ? { norm, lemma, text, affix } : NO_RULES;
    if (id >= 0) {
      // Grown by push, never by a write past its end: an array with holes would turn into a dictionary.
      while (this.byForm.length <= id) this.byForm.push(undefined);
      this.byForm[id] = e;
    }
    return e;
  }

  /** Rule n tried at token i, once (a method, not a closure made per sentence). */
  private attempt(n: number, i: number, tokens: readonly AnnotatedToken[], parts: Uint16Array, flags: Uint8Array, out: Match<M>[]): void {
    const { live, tried } = this;
    if (!live[n] || tried[n] === i) return;
    tried[n] = i;
    const rule = this.rules[n]!;
    const f = flags[parts[i]!]!;
    if ((rule.sentence.neg && f & 1) || (rule.sentence.modal && f & 2) || (rule.sentence.hedge && f & 4)) return;
    const first = rule.steps[0]!;
    if (first.min > 0 && first.test(tokens[i]!) === first.negate) return;
    const captures: Record<string, { start: number; end: number }> = {};
    const end = matchSteps(rule.steps, 0, tokens, i, captures);
    if (end >= 0) out.push({ rule, start: i, end, captures });
  }
}
