import assert from 'node:assert/strict';
import { extractArticle } from '../../src/pipeline.js';
import type { Claim } from '../../src/types.js';

/** The claims of one made-up text. */
export function claimsOf(text: string, published = '2025-07-04'): Claim[] {
  return extractArticle({ id: 'fx-where', title: null, published, text }).claims;
}

/** The place of the claim of that kind and value (failing, with what was found, when there is none). */
export function placeOf(text: string, kind: string, value: number | null): string | null {
  const claims = claimsOf(text);
  const found = claims.find((c) => c.kind === kind && c.value === value);
  assert.ok(found, `no ${kind} ${value} in ${claims.map((c) => `${c.kind} ${c.value} @${c.where?.text}`).join(' | ')} for: ${text}`);
  return found.where?.text ?? null;
}

/** Every case's claim is placed as its pattern says; the failures are listed together. */
export function expectAll(cases: readonly (readonly [string, string, number | null, RegExp])[]): void {
  const wrong = cases.filter(([text, kind, value, want]) => !want.test(placeOf(text, kind, value) ?? ''))
    .map(([text, kind, value]) => `${kind} ${value} @${placeOf(text, kind, value)} in: ${text}`);
  assert.deepEqual(wrong, []);
}
