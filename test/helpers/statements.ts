import assert from 'node:assert/strict';
import { extractArticle } from '../../src/pipeline.js';

/** A sentence, the number of claims of the kind it should yield, and a pattern the first one's place must match. */
export type StatementCase = readonly [text: string, count: number, where?: RegExp];
type StatementKind = 'meeting' | 'agreement';

/** The claims of one kind a text yields, read as a diplomacy report of the given day. */
export const statementClaims = (text: string, kind: StatementKind, published = '2026-05-12') =>
  extractArticle({ id: 'statements', title: 'Diplomacy report', published, text }).claims.filter((c) => c.kind === kind);

/** Asserts every case at once, so one failing run lists all the sentences that went wrong. */
export function checkStatements(kind: StatementKind, cases: readonly StatementCase[], published = '2026-05-12'): void {
  const wrong: string[] = [];
  for (const [text, count, where] of cases) {
    const found = statementClaims(text, kind, published);
    if (found.length !== count) wrong.push(`${found.length} ${kind}s, want ${count}: ${text}`);
    else if (where && !where.test(found[0]!.where?.text ?? '')) wrong.push(`@${found[0]!.where?.text ?? null}: ${text}`);
  }
  assert.deepEqual(wrong, []);
}
