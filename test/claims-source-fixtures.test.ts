import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkClaimants, type ClaimantCase } from './helpers/claimant.js';

// The rows of data/claims/sources.json that carry fixtures of their own (sentences written for them, with names, places and
// numbers of our own): each row's sentences give the claimant it is there for, near misses none.
const rows = JSON.parse(readFileSync(new URL('../data/claims/sources.json', import.meta.url), 'utf8')) as Record<string, { fixtures?: ClaimantCase[] }>;

for (const [id, row] of Object.entries(rows)) {
  if (typeof row !== 'object' || !row.fixtures) continue;
  test(`sources.json ${id}: its fixtures give the claimant wanted`, () => checkClaimants(row.fixtures!, 'Attack overnight'));
}
