import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONTEXT_STEPS, parseContextSteps } from '../src/events/contextsteps.js';
import { parseSentenceSteps } from '../src/events/sentencesteps.js';
import { parsePrefixAtoms } from '../src/events/prefixes.js';
import { namedBranches, namedPattern, namedPatterns } from '../src/events/lexicon.js';

const raw = (file: string): { _why: string; steps: Array<{ step: string; why: string }> } =>
  JSON.parse(readFileSync(new URL(`../data/events/${file}`, import.meta.url), 'utf8'));

test('context steps: the table loads in its file order, and a bad table names the file and the step', () => {
  const file = raw('contextsteps.json');
  assert.deepEqual(CONTEXT_STEPS.map((s) => s.name), file.steps.map((s) => s.step));
  assert.throws(() => parseContextSteps({ ...file, steps: [...file.steps, { step: 'guess-the-class', why: 'no such step exists' }] }), /contextsteps\.json: steps\[\d+\] "guess-the-class": no context step/);
  assert.throws(() => parseContextSteps({ ...file, steps: [...file.steps, file.steps[0]] }), /listed twice/);
  assert.throws(() => parseContextSteps({ ...file, steps: [{ step: 'riot' }] }), /contextsteps\.json: steps\.0\.why/);
});

test('sentence steps: a step listed before the steps it reads, or a step left out, is refused with the file named', () => {
  const file = raw('sentencesteps.json');
  assert.equal(parseSentenceSteps(file).length, file.steps.length);
  const [classify, decide, ...rest] = file.steps;
  assert.throws(() => parseSentenceSteps({ ...file, steps: [decide, classify, ...rest] }), /sentencesteps\.json: steps\[0\] "decide": reads what classify finds/);
  assert.throws(() => parseSentenceSteps({ ...file, steps: file.steps.filter((s) => s.step !== 'fatalities') }), /sentencesteps\.json: .*fatalities/);
});

test('prefix atom readers: the catch-all literal reader must come last, and every reader is listed', () => {
  const file = raw('prefix-atoms.json');
  assert.equal(parsePrefixAtoms(file).length, file.steps.length);
  const literal = file.steps.find((s) => s.step === 'literal')!;
  assert.throws(() => parsePrefixAtoms({ ...file, steps: [literal, ...file.steps.filter((s) => s !== literal)] }), /prefix-atoms\.json: "literal" reads any character/);
  assert.throws(() => parsePrefixAtoms({ ...file, steps: file.steps.filter((s) => s.step !== 'escape') }), /prefix-atoms\.json: no reader escape/);
});

test('sentence-shape patterns: rows of a name join in file order, and a bad row names the file and the rule', () => {
  const head = '# id\tname\tflags\tpattern\treason\n';
  const joined = namedPatterns(`${head}past:over-years\tpast\ti\tover the years\ta period\npast:since-war\tpast\ti\tsince the war\ta period\n`).get('past')!;
  assert.ok(joined.test('Since the war the town has emptied.') && joined.test('over the years'));
  assert.ok(!joined.test('Troops shelled the town.'));
  assert.throws(() => namedPatterns(`${head}past:a\tpast\ti\tx\treason\npast:b\tpast\tg\ty\treason\n`), /patterns\.tsv rule "past:b": flags "g" differ/);
  assert.throws(() => namedPatterns(`${head}past:bad\tpast\ti\t(unclosed\treason\n`), /patterns\.tsv rule "past:bad"/);
  assert.throws(() => namedPatterns(`${head}other:x\tpast\ti\tx\treason\n`), /patterns\.tsv rule "other:x".*starts with its pattern name/);
  // The data's own: the modal before an act is read as group 1.
  assert.equal(namedPattern('modal-before').exec('the rebels threatened to ')?.[1], 'threatened');
});

test('sentence-shape patterns: a name read row by row matches where its joined pattern does', () => {
  // Each background row, none of them, and near misses (a row's word without its shape).
  for (const text of [
    'The town has itself the target of shelling for weeks.',
    'Rebels have repeatedly tried to cut the road.',
    'A spate of raids hit the valley.',
    'Over the past few months the militia regrouped.',
    'The truce signed two years ago has largely held.',
    'The war in the north has already killed thousands.',
    'Since 2014 the border has been tense.',
    'Troops shelled the depot on Tuesday.',
    'He has since left; the past is past; a wave hit the coast.',
  ]) {
    assert.equal(namedBranches('background').some((re) => re.test(text)), namedPattern('background').test(text), text);
  }
});
