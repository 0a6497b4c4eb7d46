import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { annotateSentence, loadRules, RuleSpec, tokenize, Matcher } from '../src/language/index.ts';
import { compileRule } from '../src/language/matcher.ts';

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
        // The cheap test that spares a sentence its annotation never spares one a rule matches.
        assert.ok(matcher.mayMatch(tokenize(sentence)), `${spec.id}: the need test drops ${sentence}`);
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

test('a rule of case-sensitive words needs one of them as written: other sentences are spared annotation', () => {
  const pattern = [{ TEXT: 'Air' }, { TEXT: { IN: ['Canada', 'Astana'] } }];
  const rule = compileRule('airline:brand', 'an airline named for its country', {}, pattern, new Map());
  assert.deepEqual(rule.needs && [rule.needs.field, [...rule.needs.words]], ['text', ['Air']]);
  const m = new Matcher();
  m.add(rule, pattern, new Map());
  assert.equal(m.mayMatch(tokenize('Flights by Air Canada resumed.')), true);
  assert.equal(m.mayMatch(tokenize('The air over Canada was clear.')), false);
  assert.equal(m.match(annotated('Flights by Air Canada resumed.').tokens).length, 1);
  assert.equal(m.match(annotated('The air over Canada was clear.').tokens).length, 0);
});
