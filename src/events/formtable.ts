import type { WordForm } from '../language/index.js';

/**
 * What the events stage computes from a spelling alone (its model word numbers, the trigger
 * prefixes that can start in it), kept per interned spelling (language: WordForm.id) for the life
 * of the process: news repeats its words, so each is read once, not once per occurrence.
 *
 * Forms of an older generation of the language layer's intern table (their ids may coincide with
 * the newer's) are computed afresh and not kept; a newer generation starts the table over.
 */
export class FormTable<T> {
  private byId: Array<T | undefined> = [];
  private generation = -1;

  constructor(private readonly compute: (text: string) => T) {}

  of(f: WordForm): T {
    if (f.generation !== this.generation) {
      if (f.generation < this.generation) return this.compute(f.text);
      [this.byId, this.generation] = [[], f.generation];
    }
    const id = f.id;
    // Grown by hand: a write far past the end would turn the array into a dictionary.
    if (id >= this.byId.length) this.byId = this.byId.concat(new Array<T | undefined>(Math.max(id + 1 - this.byId.length, this.byId.length, 1024)).fill(undefined));
    let v = this.byId[id];
    if (v === undefined) this.byId[id] = v = this.compute(f.text);
    return v;
  }
}
