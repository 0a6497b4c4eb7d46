import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateSentence, loadRules, tokenize } from '../src/language/index.js';
import { RuleGate } from '../src/claims/stategate.js';
import { findStatements, mayState } from '../src/claims/statements.js';
import { mayListPeople } from '../src/claims/enumerated.js';
import { sentenceWords } from '../src/claims/wordclasses.js';

const RULES = loadRules('claims-');
const gate = new RuleGate(RULES, new URL('../data/rules/', import.meta.url));
const annotated = (text: string) => annotateSentence({ start: 0, end: text.length, text, paragraph: 0 }, 0);

test('the rule gate lets through every sentence a claims or counts rule is written to match (its own fixtures)', () => {
  const COUNTS = loadRules('counts');
  for (const rules of [RULES, COUNTS]) {
    for (const { spec } of rules.specs) {
      // A gate over this one rule: its fixtures the matcher reads are ones the gate must not spare.
      const own = new RuleGate(rules, new URL('../data/rules/', import.meta.url), (id) => id === spec.id);
      for (const s of spec.fixtures.match) {
        const matched = rules.matcher.match(annotated(s).tokens).some((m) => m.rule.id === spec.id);
        if (matched) assert.ok(own.mayMatch(tokenize(s)), `${spec.id}: gate rejects its own fixture "${s}"`);
        if (matched && rules === RULES) assert.ok(gate.mayMatch(tokenize(s)), `${spec.id}: gate rejects its own fixture "${s}"`);
      }
    }
  }
  // A gate over no rule lets nothing through.
  assert.equal(new RuleGate(COUNTS, new URL('../data/rules/', import.meta.url), () => false).mayMatch(tokenize('Five people were killed.')), false);
});

test('the statement gate spares a sentence holding a rule\'s trigger word but not the rest of its words', () => {
  for (const s of ['The airport was busy on Friday.', 'The talks were long.', 'Residents said the building shook.']) {
    const tokens = tokenize(s);
    assert.ok(RULES.matcher.mayMatch(tokens), `the matcher's own test lets "${s}" through`);
    assert.equal(gate.mayMatch(tokens), false, s);
    assert.equal(mayState(tokens), false, s);
  }
  assert.ok(mayState(tokenize('The bridge was damaged by shelling.')));
});

test('what the gate spares, the statement rules find nothing in (the gate is exact)', () => {
  const sentences = [
    'The airport was busy on Friday.', 'Officials said the agreement was important.', 'The ministers will meet next week.',
    'A drone hit a warehouse near the port overnight.', 'Two officials met in Geneva to discuss the truce.', 'Flights resumed at the airport.',
    ...RULES.specs.flatMap(({ spec }) => spec.fixtures.no_match),
  ];
  for (const s of sentences) if (!gate.mayMatch(tokenize(s))) assert.deepEqual(RULES.matcher.match(annotated(s).tokens), [], s);
  for (const s of sentences) if (!mayState(tokenize(s))) assert.deepEqual(findStatements(s, new Set()), [], s);
});

test('a rule of no named words opens the gate to every sentence; one of named words needs them all', () => {
  const rules = (pattern: object[]) => ({ matcher: RULES.matcher, specs: [{ file: 'own.jsonl', spec: { id: 'own:rule', pattern }, rule: null }] }) as unknown as ConstructorParameters<typeof RuleGate>[0];
  const dir = new URL('../data/rules/', import.meta.url);
  assert.equal(new RuleGate(rules([{ IS_TITLE: true }, { IS_NUM: true }]), dir).mayMatch(tokenize('no words of any rule here')), true);
  const named = new RuleGate(rules([{ LEMMA: 'shell' }, { LOWER: 'the', OP: '?' }, { LOWER: { IN: ['town', 'city'] } }]), dir);
  assert.equal(named.mayMatch(tokenize('Troops shelled the town.')), true);
  assert.equal(named.mayMatch(tokenize('Troops shelled the port.')), false);
  assert.equal(named.mayMatch(tokenize('Troops entered the town.')), false);
});

test('the statement gate read from the sentence\'s word classes answers as the gate over its tokens (every rule fixture)', () => {
  const sentences = [
    'The airport was busy on Friday.', 'The talks were long.', 'Two officials met in Geneva to discuss the truce.', 'Flights resumed at the airport.',
    ...RULES.specs.flatMap(({ spec }) => [...spec.fixtures.match, ...spec.fixtures.no_match]),
  ];
  for (const s of sentences) {
    const tokens = tokenize(s);
    assert.equal(mayState(tokens, sentenceWords(tokens)), mayState(tokens), s);
  }
});

test('the people-list cue read from the sentence\'s word classes answers as the cue read over the text', () => {
  for (const s of ['A man and his wife were killed.', 'He said nothing.', 'The soldier’s family left.', 'Grandparents and twins were among them.', 'No one was hurt.', 'Officials at Thessaloniki confirmed it.', 'the_son was seen', 'A 42-year-old MOTHER-in-law']) {
    const tokens = tokenize(s);
    assert.equal(mayListPeople(s, sentenceWords(tokens)), mayListPeople(s), s);
  }
});
