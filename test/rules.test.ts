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

test('a matcher remembers its answers per spelling, and forgets them when a rule is added', () => {
  const m = new Matcher();
  const shelled = [{ LEMMA: 'shell' }];
  const looted = [{ LOWER: 'looted' }];
  m.add(compileRule('x:shell', 'shelling named', {}, shelled, new Map()), shelled, new Map());
  // The same spelling twice, in sentences read one after the other: the second answer is remembered.
  assert.equal(m.mayMatch(tokenize('Troops looted the depot.')), false);
  assert.equal(m.mayMatch(tokenize('They shelled it.')), true);
  assert.equal(m.mayMatch(tokenize('Troops looted the depot.')), false);
  m.add(compileRule('x:loot', 'looting named', {}, looted, new Map()), looted, new Map());
  assert.equal(m.mayMatch(tokenize('Troops looted the depot.')), true);
  // Another matcher's answer for the same spelling is its own.
  const other = new Matcher();
  other.add(compileRule('x:other', 'another word', {}, [{ LOWER: 'depot' }], new Map()), [{ LOWER: 'depot' }], new Map());
  assert.equal(other.mayMatch(tokenize('They shelled it.')), false);
  // The form a matcher looked up stays on the token for annotation, which reads the same forms.
  const tokens = tokenize('Rebels shelled Kyiv.');
  m.mayMatch(tokens);
  assert.equal(tokens[1]!.form?.lemma, 'shell');
  assert.deepEqual(annotateSentence({ start: 0, end: 20, text: 'Rebels shelled Kyiv.', paragraph: 0 }, 0, { tokens }).tokens, annotated('Rebels shelled Kyiv.').tokens);
});

test('match: the index entries a matcher keeps per spelling give the matches a token without its form gets, and are forgotten when a rule is added', () => {
  const m = new Matcher();
  const shelled = [{ LEMMA: 'shell' }, { IS_TITLE: true, CAPTURE: 'place' }];
  const looted = [{ LOWER: 'looted' }, { LOWER: 'the', OP: '?' }, { LOWER: 'depot' }];
  m.add(compileRule('x:shell', 'shelling named', {}, shelled, new Map()), shelled, new Map());
  const text = 'Troops shelled Kyiv and looted the depot, then shelled Izium.';
  const plain = (toks: ReturnType<typeof annotated>['tokens']) => toks.map(({ form: _, ...t }) => t);
  const view = (ms: ReturnType<typeof m.match>) => ms.map((x) => [x.rule.id, x.start, x.end, x.captures]);
  const first = view(m.match(annotated(text).tokens));
  assert.deepEqual(first, [['x:shell', 1, 3, { place: { start: 2, end: 3 } }], ['x:shell', 9, 11, { place: { start: 10, end: 11 } }]]);
  // Asked again (the entries now kept by form), and for tokens that carry no form.
  assert.deepEqual(view(m.match(annotated(text).tokens)), first);
  assert.deepEqual(view(m.match(plain(annotated(text).tokens))), first);
  m.add(compileRule('x:loot', 'looting named', {}, looted, new Map()), looted, new Map());
  const both = view(m.match(annotated(text).tokens));
  assert.deepEqual(both, [first[0], ['x:loot', 4, 7, {}], first[1]]);
  assert.deepEqual(view(m.match(plain(annotated(text).tokens))), both);
  // A token whose forms are not its spelling's (made by hand) is read by its own fields.
  const odd = plain(annotated(text).tokens).map((t) => (t.text === 'shelled' ? { ...t, lemma: 'shelled' } : t));
  assert.deepEqual(view(m.match(odd)), [['x:loot', 4, 7, {}]]);
});
