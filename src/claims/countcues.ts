import { annotateTokens, loadRules, type AnnotatedToken } from '../language/index.js';
import type { ClaimKind } from '../types.js';
import { COUNT_MATCHER, CUE_RULES, rulesBound, stepWords, type CountRule } from './countrules.js';
import type { Token } from './tokens.js';
import { RuleGate } from './stategate.js';

/**
 * The cues of data/rules/counts.json read over a sentence rather than at a count: evacuation orders
 * (a flight is an evacuation only under one), vetoes of illness, and projections ("could die").
 * Sentence-wide cues run through the rule matcher on the sentence's annotated tokens, annotated only
 * when a count asks.
 */
const ORDERS = new Set(CUE_RULES.filter((r) => r.bind === 'order').map((r) => r.id));
const VETOES = CUE_RULES.filter((r) => r.bind === 'veto');
const VETO_IDS = new Set(VETOES.map((r) => r.id));
const FLEDS = rulesBound('fled');
// The words the fled phrases open with: a phrase starts only at a token of one of them.
const FLED_FIRST: ReadonlySet<string> = new Set(FLEDS.flatMap((r) => r.phrases.all.map((ph) => ph[0]!)));
// Every word each sentence-wide cue needs, indexed when the rules load: a sentence without them all is spared the annotation.
const CUE_GATE = new RuleGate(loadRules('counts'), new URL('../../data/rules/', import.meta.url), (id) => ORDERS.has(id) || VETO_IDS.has(id));

// "could die", "will be killed": the words the projection vetoes read at a count, by step of their patterns.
const BEFORE_VETOES = CUE_RULES.filter((r) => r.bind === 'veto-before').map((r) => ({ modals: stepWords(r, 0) }));
const AFTER_VETOES = CUE_RULES.filter((r) => r.bind === 'veto-after').map((r) => ({ modals: stepWords(r, 2), aux: stepWords(r, 3), verbs: stepWords(r, 4) }));
const WORD = /^\w+$/;

export class SentenceCues {
  private matched: Set<string> | null = null;
  constructor(private readonly sentence: string, private readonly tokens: readonly Token[]) {}

  /** Ids of the sentence-wide rules that match the sentence. */
  private ids(): Set<string> {
    if (!this.matched && !CUE_GATE.mayMatch(this.tokens)) this.matched = new Set();
    if (!this.matched) {
      const annotated: AnnotatedToken[] = annotateTokens(this.sentence, this.tokens).tokens;
      this.matched = new Set(COUNT_MATCHER.match(annotated, (r) => ORDERS.has(r.id) || VETO_IDS.has(r.id)).map((m) => m.rule.id));
    }
    return this.matched;
  }

  /** "3,000 residents fled" under an evacuation order: the fled rule found within a few words after the count (`end` its offset). */
  fledUnderOrder(from: number, end: number): CountRule | null {
    for (let i = from; i < this.tokens.length && this.tokens[i]!.start - end <= 31; i++) {
      const t = this.tokens[i]!;
      if (t.text === '.' || t.text === ';') return null;
      const rule = FLED_FIRST.has(t.lower) ? FLEDS.find((r) => r.phrases.all.some((ph) => ph.every((w, k) => this.tokens[i + k]?.lower === w))) : undefined;
      if (rule) return [...this.ids()].some((id) => ORDERS.has(id)) ? rule : null;
    }
    return null;
  }

  /** Whether the sentence orders an evacuation (an "order" rule matches it). */
  ordersEvacuation(): boolean {
    return [...this.ids()].some((id) => ORDERS.has(id));
  }

  /** Whether a veto of the sentence holds back counts of `kind` (deaths from disease). */
  vetoes(kind: ClaimKind): boolean {
    if (!VETOES.some((r) => !r.vetoes || r.vetoes.has(kind))) return false;
    const ids = this.ids();
    return VETOES.some((r) => ids.has(r.id) && (!r.vetoes || r.vetoes.has(kind)));
  }

  /** "as many as 2,000 could die": a modal just before the count (token `qStart`) or a modal verb of harm just after it (from token `after`). */
  projected(qStart: number, after: number): boolean {
    const t = this.tokens;
    for (const { modals } of BEFORE_VETOES) {
      for (let p = qStart - 1, gap = 0; p >= 0 && gap <= 2; p--, gap++) {
        if (modals.has(t[p]!.lower)) return true;
        if (!WORD.test(t[p]!.text)) break;
      }
    }
    for (const { modals, aux, verbs } of AFTER_VETOES) {
      for (let p = after, gap = 0; p < t.length && gap <= 3; p++, gap++) {
        if (modals.has(t[p]!.lower)) {
          const v = aux.has(t[p + 1]?.lower ?? '') ? p + 2 : p + 1;
          if (verbs.has(t[v]?.lower ?? '')) return true;
        }
        if (!WORD.test(t[p]!.text)) break;
      }
    }
    return false;
  }
}
