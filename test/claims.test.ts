import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline.js';
import type { Article, Claim } from '../src/types.js';

// Golden fixtures (written for this project): each case is an article and the claims it states.
const root = new URL('./fixtures/claims/', import.meta.url);

interface Expected {
  kind: string;
  value: number | null;
  qualifier: string | null;
  where?: string | null;
  claimant?: string | null;
  partOf?: number | null;
  when?: string | null;
  weapon?: string | null;
}

function describe(c: Claim): string {
  return `${c.kind} ${c.value} ${c.qualifier} @${c.where?.text ?? '-'} by ${c.claimant ?? '-'}`;
}

for (const name of readdirSync(root)) {
  test(`claims fixture: ${name}`, () => {
    const article: Article = JSON.parse(readFileSync(new URL(`${name}/input.json`, root), 'utf8'));
    const expected: { claims: Expected[] } = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8'));
    const { claims } = extractArticle(article);
    assert.equal(claims.length, expected.claims.length, `claims: ${claims.map(describe).join(' | ')}`);
    expected.claims.forEach((want, i) => {
      const got = claims[i]!;
      const label = `claim ${i}: ${describe(got)}`;
      assert.equal(got.kind, want.kind, label);
      assert.equal(got.value, want.value, label);
      assert.equal(got.qualifier, want.qualifier, label);
      if (want.where !== undefined) assert.equal(got.where?.text ?? null, want.where, label);
      if (want.claimant !== undefined) assert.equal(got.claimant, want.claimant, label);
      if (want.partOf !== undefined) assert.equal(got.partOf, want.partOf, label);
      if (want.when !== undefined) assert.equal(got.when, want.when, label);
      if (want.weapon !== undefined) assert.equal(got.weapon, want.weapon, label);
      // Evidence is a span of the text as given, covering a whole sentence that holds the claim.
      const sentence = article.text.slice(got.evidence.start, got.evidence.end);
      assert.ok(sentence.length > 10 && !sentence.includes('\n'), label);
    });
  });
}

test('the example corpus (seed) gives its attributed claims', () => {
  const text = readFileSync(new URL('../examples/seed.txt', import.meta.url), 'utf8');
  const start = text.indexOf('Ukraine Strikes Moscow');
  const { claims } = extractArticle({ id: 'seed', title: null, published: '2025-03-11', text: text.slice(start) });
  const intercepted = claims.filter((c) => c.kind === 'intercepted');
  assert.deepEqual(intercepted.map((c) => c.value), [337, 91, 126]);
  assert.equal(intercepted[1]!.partOf, claims.indexOf(intercepted[0]!));
  assert.equal(intercepted[2]!.where?.text, 'Kursk region');
  assert.ok(intercepted.every((c) => c.claimant === 'the defense ministry'));
});
