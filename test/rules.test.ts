import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { annotateSentence, loadRules, RuleSpec } from '../src/language/index.ts';

const annotated = (text: string) => annotateSentence({ start: 0, end: text.length, text, paragraph: 0 }, 0);

// Every rule file of data/rules, each rule's own fixtures: its positive sentences must fire it, its negative ones must not.
const prefixes = [...new Set(readdirSync(new URL('../data/rules/', import.meta.url)).filter((f) => /\.jsonl?$/.test(f)).map((f) => f.replace(/\.jsonl?$/, '')))];

for (const prefix of prefixes) {
  const { matcher, specs } = loadRules(prefix);
  test(`rules ${prefix}: every rule has a reason and a fixture, and its fixtures hold`, () => {
    assert.ok(specs.length > 0, `${prefix} has no rules`);
    for (const { spec } of specs) {
      for (const sentence of spec.fixtures.match) {
        const fired = matcher.match(annotated(sentence).tokens).some((m) => m.rule.id === spec.id);
        assert.ok(fired, `${spec.id} should match: ${sentence}`);
      }
      for (const sentence of spec.fixtures.no_match) {
        const fired = matcher.match(annotated(sentence).tokens).some((m) => m.rule.id === spec.id);
        assert.ok(!fired, `${spec.id} should not match: ${sentence}`);
      }
    }
  });
}

test('a rule without fixtures or reason is refused, naming it', () => {
  const bad = RuleSpec.safeParse({ id: 'meeting:x', reason: 'r', pattern: [{ LOWER: 'met' }], fixtures: { match: [] } });
  assert.equal(bad.success, false);
  assert.ok(!RuleSpec.safeParse({ id: 'meeting:x', reason: 'a long enough reason', pattern: [{ LOWER: 'met', OP: '%' }], fixtures: { match: ['They met.'] } }).success);
});
