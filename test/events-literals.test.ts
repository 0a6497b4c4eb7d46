import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GatedPattern, LiteralGate, requiredLiterals, restLiterals } from '../src/events/literals.js';
import { TRIGGERS, NAMED_ACTORS, cueRules, namedPatterns } from '../src/events/lexicon.js';
import { articles } from '../bench/corpus.js';

test('the literals a match must hold are read from alternations, optional parts and lookarounds', () => {
  // A word of any kind breaks a literal: the first branch holds "opposed to", the second one of its four phrasings.
  assert.deepEqual(requiredLiterals('(?:is|are) (?:\\w+ )?opposed to|oppos(?:es|ed) (?:the |a )')!.sort(), ['opposed a ', 'opposed the ', 'opposed to', 'opposes a ', 'opposes the ']);
  // A literal holding another of the set adds nothing.
  assert.deepEqual(requiredLiterals('shell(?:ed|ing)?|shelling attack'), ['shell']);
  // A lookbehind consumes nothing; an optional word is crossed with what follows.
  assert.deepEqual(requiredLiterals('(?<!tear )gas(?:es)?'), ['gas']);
  assert.deepEqual(requiredLiterals('air ?strikes?')!.sort(), ['air strike', 'airstrike'].sort());
  // A branch with no literal (a bare digit run) leaves the whole pattern ungated.
  assert.equal(requiredLiterals('grenade launchers?|\\d+'), null);
  // Two letters are too weak a gate by default, but may be asked for.
  assert.equal(requiredLiterals('\\d+ ?mm'), null);
  assert.deepEqual(requiredLiterals('\\d+ ?mm', 2), ['mm']);
  // Classes of plain characters are their characters; ranges and escapes match anything.
  assert.deepEqual(requiredLiterals('organi[sz]ed')!.sort(), ['organised', 'organized']);
  assert.deepEqual(requiredLiterals('[a-z]+ed attack'), ['ed attack']);
});

test('the literals past a match\'s opening words are read past its first plain run or first group', () => {
  // "families … fled": the opening word is what the index anchors on; the rest is what the pattern needs besides.
  assert.deepEqual(restLiterals('(?<![\\w-])(?:families|residents) (?:[\\w\'’-]+ ){0,4}(?:fled|sought refuge)')!.sort(), ['fled', 'sought refuge']);
  assert.deepEqual(restLiterals('(?<=\\bthe )drove (?:out )?(?:\\w+ )?rebels')!.sort(), ['rebels']);
  // A branch with nothing past its opening words gives its own literals.
  assert.deepEqual(restLiterals('gunfire|fired (?:\\w+ ){0,3}(?:shots|rounds)')!.sort(), ['gunfire', 'rounds', 'shots']);
  // Plain words with nothing past them give their own literals (which the index's prefixes prove: no second test there).
  assert.deepEqual(restLiterals('support(?:ed|s)?|endorsed')!.sort(), ['endorsed', 'support']);
  assert.equal(restLiterals('(?<![\\w-])(?:support(?:ed|s)?|endorsed)(?![\\w])'), null);
  // A branch with no literal past its opening word leaves none.
  assert.equal(restLiterals('shelled (?:\\w+ )?\\d+|attacked'), null);
});

test('a gate never refuses a text its pattern matches, whatever the case', () => {
  const gate = new GatedPattern(/\b(?:repeated(?:ly)?|a (?:series|spate) of)\b/i);
  assert.equal(gate.test('The town was REPEATEDLY shelled.'), true);
  assert.equal(gate.test('A Spate Of attacks hit the border.'), true);
  assert.equal(gate.test('The town was shelled on Monday.'), false);
  // Case-sensitive patterns are gated by their lower-cased literals: looser, never stricter.
  const title = new GatedPattern(/(?:Minister|General)/);
  assert.equal(title.test('Defence Minister Ana Ruiz spoke.'), true);
  assert.equal(title.test('the minister spoke.'), false);
  const words = new LiteralGate(['shell', 'mortar']);
  assert.equal(words.may('Mortars fell'), true);
  assert.equal(words.may('Rockets fell'), false);
});

test('every match of the stage\'s rules holds one of the rule\'s literals (generated news and own sentences)', () => {
  const own = [
    'Protesters ATTACKED a checkpoint; the army shelled positions with 120mm mortars and air-strikes.',
    'The minister said the truce signed last year has largely held, though clashes erupted between rival groups.',
    'Gunmen killed two farmers; police fired live rounds and tear gas at demonstrators, who hurled stones.',
    'Rebels were driven out of the town after a series of drone attacks; a landmine exploded near Ñuñoa.',
  ];
  const texts = [...own];
  let k = 0;
  for (const a of articles(7)) {
    texts.push(a.text);
    if (++k > 150) break;
  }
  const patterns: RegExp[] = [
    ...TRIGGERS.map((t) => t.pattern), ...NAMED_ACTORS.map((a) => a.pattern),
    ...cueRules().map((c) => new RegExp(c.source, 'gi')), ...[...namedPatterns().values()].map((p) => new RegExp(p.source, 'gi')),
  ];
  let checked = 0;
  const gates = patterns.flatMap((pattern) => [requiredLiterals(pattern.source, 2), restLiterals(pattern.source)].flatMap((literals) => (literals ? [{ pattern, literals }] : [])));
  for (const { pattern, literals } of gates) {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const text of texts) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0] === '') { re.lastIndex++; continue; }
        // Lookarounds consume nothing and give no literal: the literal lies in the match itself.
        const matched = m[0].toLowerCase();
        assert.ok(literals.some((l) => matched.includes(l)), `${pattern.source.slice(0, 60)} matched "${m[0]}" holding none of ${literals.slice(0, 5).join('|')}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 100, `only ${checked} matches checked`);
});
