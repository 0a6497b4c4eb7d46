import assert from 'node:assert/strict';
import { extractArticle } from '../../src/pipeline.js';
import type { Claim } from '../../src/types.js';

/** Text, kind, value, and the claimant wanted for the first claim of that kind and value. */
export type ClaimantCase = readonly [text: string, kind: string, value: number | null, claimant: string | null];

/** The claims of one made-up text. */
export function claimsOf(text: string, title: string | null = null): Claim[] {
  return extractArticle({ id: 't', title, published: '2025-05-14', text }).claims;
}

/** Every case's claim is found and has the claimant wanted; the failures are listed together. */
export function checkClaimants(cases: readonly ClaimantCase[], title: string | null = null): void {
  const wrong: string[] = [];
  for (const [text, kind, value, want] of cases) {
    const found = claimsOf(text, title).filter((c) => c.kind === kind && c.value === value);
    if (found.length === 0) wrong.push(`no ${kind} ${value}: ${text}`);
    else if (found[0]!.claimant !== want) wrong.push(`${JSON.stringify(found[0]!.claimant)} != ${JSON.stringify(want)}: ${text}`);
  }
  assert.deepEqual(wrong, []);
}
