import assert from 'node:assert/strict';
import { extractArticle } from '../../src/pipeline.js';

/** The claims of the kinds asked in one made-up text, each as "kind value qualifier @place", sorted. */
export function readKinds(text: string, kinds: ReadonlySet<string>): string[] {
  return extractArticle({ id: 'k', title: null, published: '2025-06-14', text }).claims
    .filter((c) => kinds.has(c.kind)).map((c) => `${c.kind} ${c.value} ${c.qualifier}${c.where ? ` @${c.where.text}` : ''}`).sort();
}

/** Every row's text gives exactly the claims its row lists, of the kinds asked; the wrong rows are listed together. */
export function kindTable(kinds: readonly string[], rows: readonly (readonly [string, readonly string[]])[]): void {
  const set = new Set(kinds);
  const wrong = rows.map(([text, want]) => ({ text, want: [...want].sort(), got: readKinds(text, set) })).filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want));
  assert.deepEqual(wrong, []);
}
