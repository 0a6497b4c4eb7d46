import type { ResolvedDate } from '../types.js';
import type { SentenceDater } from '../language/index.js';

/**
 * The dates the sentences of an article state, read on first use: a claim's date is its sentence's,
 * else the last one stated before it.
 */
export class SentenceDates {
  private readonly texts: string[] = [];
  private readonly own: (ResolvedDate | null | undefined)[] = [];
  private readonly last: (string | null | undefined)[] = [];
  constructor(private readonly reference: string | null, private readonly dateOf: SentenceDater) {}

  add(text: string): void {
    this.texts.push(text);
  }

  /** The date sentence `i` states itself. */
  of(i: number): ResolvedDate | null {
    let d = this.own[i];
    if (d === undefined) d = this.own[i] = this.dateOf(this.texts[i]!, this.reference);
    return d;
  }

  /** The last date stated in sentences 0..i. */
  lastUpTo(i: number): string | null {
    // Walk back to a sentence whose answer is known or that states a date, then fill forward.
    let j = i;
    while (j >= 0 && this.last[j] === undefined && !this.of(j)) j--;
    const cached = j < 0 ? null : this.last[j];
    let known = cached !== undefined ? cached : this.of(j)!.date;
    if (j >= 0) this.last[j] = known;
    for (let k = j + 1; k <= i; k++) this.last[k] = known = this.of(k)?.date ?? known;
    return known;
  }
}
