import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNT_STEPS, parseCountSteps } from '../src/claims/countsteptable.js';
import { compilePrefilter, MAY_CLAIM } from '../src/claims/prefilter.js';
import { mayClaim } from '../src/claims/index.js';

const why = 'a reason long enough';
const ranges = { why, joiners: ['-'], between: { opener: 'between', joiner: 'and' }, notAfter: { words: ['from'], why }, qualifier: 'at_least' };
const note = { why, pattern: '^\\(corrects' };

test('count steps: the table of data/claims/countsteps.json loads, read before bind before check', () => {
  const phases = COUNT_STEPS.map((s) => s.phase);
  assert.ok(phases.includes('read') && phases.includes('bind') && phases.includes('check'));
  assert.deepEqual([...phases].sort((a, b) => ['read', 'bind', 'check'].indexOf(a) - ['read', 'bind', 'check'].indexOf(b)), phases);
});

test('count steps: an unknown step, a phase out of order, or "always" off a bind step is an error naming the file and step', () => {
  assert.throws(() => parseCountSteps({ _why: why, ranges, steps: [{ step: 'no-such-step', phase: 'bind', why }] }), /countsteps\.json: steps\[0\] "no-such-step"/);
  assert.throws(() => parseCountSteps({ _why: why, ranges, steps: [{ step: 'left', phase: 'bind', why }, { step: 'head', phase: 'read', why }] }), /steps\[1\] "head": a read step after a bind step/);
  assert.throws(() => parseCountSteps({ _why: why, ranges, steps: [{ step: 'veto', phase: 'check', always: true, why }] }), /"veto": only bind steps/);
  assert.throws(() => parseCountSteps({ _why: why, ranges, steps: [{ step: 'left', phase: 'bind', why: 'short' }] }), /countsteps\.json: steps\.0\.why/);
  assert.equal(parseCountSteps({ _why: why, ranges, steps: [{ step: 'head', phase: 'read', why }, { step: 'left', phase: 'bind', why }] }).length, 2);
});

test('prefilter: stems match from a word start, whole words only whole', () => {
  const re = compilePrefilter({ _why: why, editorialNote: note, groups: [{ name: 'g', why, stems: ['injur'] }, { name: 'h', why, words: ['met'] }] });
  assert.ok(re.test('Two were injured') && re.test('they met') && re.test('at 5'));
  assert.ok(!re.test('a metal roof') && !re.test('uninjured'));
});

test('prefilter: a word in two groups, or not lowercase letters, is an error naming the file and group', () => {
  assert.throws(() => compilePrefilter({ _why: why, editorialNote: note, groups: [{ name: 'a', why, stems: ['kill'] }, { name: 'b', why, stems: ['kill'] }] }), /prefilter\.json: group "b": "kill" is already in group "a"/);
  assert.throws(() => compilePrefilter({ _why: why, editorialNote: note, groups: [{ name: 'a', why, stems: ['Kill'] }] }), /prefilter\.json: groups\.0\.stems\.0/);
  assert.throws(() => compilePrefilter({ _why: why, editorialNote: note, groups: [{ name: 'a', why }] }), /group "a": no stems and no words/);
});

test('prefilter: a sentence with no claim word is skipped, one with a claim word is read', () => {
  assert.ok(MAY_CLAIM.test('Rescuers pulled survivors from the rubble.'));
  assert.ok(!mayClaim('The choir sang in the hall.'));
  assert.ok(mayClaim('Officials met in Geneva.'));
  assert.ok(!mayClaim('The metal roof shone.'));
});
