import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueRules, triggerRules, TRIGGERS } from '../src/events/lexicon.js';
import { extractArticle } from '../src/pipeline.js';

// Issue 9, rules as data: every trigger and cue rule has a stable id and a reason, checked when
// the file is loaded, and every event names the rule that decided it.

test('event rule files: a bad row names the file and the rule', () => {
  assert.throws(() => triggerRules('shelling:mortars\tshelling\t6\tmortars?\t'), /data\/events\/triggers\.tsv rule "shelling:mortars": reason/);
  assert.throws(() => triggerRules('shelling:mortars\tno_class\t6\tmortars?\tmortar fire'), /rule "shelling:mortars": classId: no such class/);
  assert.throws(() => triggerRules('Shelling mortars\tshelling\t6\tmortars?\tmortar fire'), /rule "Shelling mortars": id: ids look like/);
  assert.throws(() => triggerRules('shelling:mortars\tshelling\t6\t(mortars?\tmortar fire'), /rule "shelling:mortars": Invalid regular expression/);
  const row = 'shelling:mortars\tshelling\t6\tmortars?\tmortar fire';
  assert.throws(() => triggerRules(`${row}\n${row}`), /rule "shelling:mortars": duplicate rule id/);
  assert.throws(() => cueRules('lethal:died\tcrowd\tdied\tsomeone died'), /cues\.tsv rule "lethal:died": : the id starts with its cue name/);
  assert.equal(triggerRules(row)[0]!.id, 'shelling:mortars');
});

test('event rule files: the loaded triggers have unique ids of their class', () => {
  assert.equal(new Set(TRIGGERS.map((t) => t.id)).size, TRIGGERS.length);
  for (const t of TRIGGERS) assert.ok(t.id.startsWith(`${t.classId}:`) && t.reason.length >= 3, t.id);
  assert.ok(cueRules().length > 10);
});

const ID = /^[a-z_-]+:[a-z0-9-]+$/;
const ids = new Set([...TRIGGERS.map((t) => t.id)]);

test('events name their trigger rule by id, and the context step that decided after it', () => {
  const cases: [string, RegExp][] = [
    ['Air defence units intercepted four drones over the city overnight.', /^interception:[a-z0-9-]+$/],
    ['Several hundred students marched to the ministry; police fired tear gas to disperse them.', /^peaceful_protest:[a-z0-9-]+\+context:authorities-intervened$/],
    ['A roadside explosion hit a patrol; witnesses said a drone had been circling before the blast.', /^ied:[a-z0-9-]+\+context:drone-named$/],
    ['The minister said he would visit the border region next week unless the talks collapsed.', /^[a-z_]+:[a-z0-9-]+\+modal:would\+context:unless$/],
  ];
  for (const [text, want] of cases) {
    const rule = extractArticle({ id: 't', title: null, published: null, text }).events[0]?.rule ?? '';
    assert.match(rule, want, text);
    const trigger = rule.replace(/^model:[^<]*<-/, '').split('+')[0]!;
    assert.ok(ID.test(trigger) && ids.has(trigger), `${trigger} is a trigger id`);
    assert.ok(!rule.includes(':/'), 'no raw regex source');
  }
});

test('context cues are read by name over a span, with their guards', async () => {
  const { CueText } = await import('../src/events/cues.js');
  const t = new CueText('Police said two marchers were arrested, and the rally was dispersed by riot police.');
  assert.ok(t.has('intervention'));
  assert.ok(!t.has('demonstration', 0, 11) && t.has('demonstration', 11));
  // "who were arrested on 3 May" tells who they are and when, not an intervention at this protest.
  assert.ok(!new CueText('The march was called by activists who were arrested on 3 May.').has('intervention'));
  assert.ok(!new CueText('Relatives of men who were detained in March held a vigil.').has('intervention'));
  assert.ok(new CueText('Several marchers were detained near the bridge.').has('intervention'));
  // The passive before a trigger, and the agent after it.
  const p = new CueText('Two soldiers were brutally killed by gunmen.');
  const at = p.text.indexOf('killed');
  assert.ok(p.endsBefore('passive-aux', at, 1) && !p.endsBefore('passive-aux', at, 0));
  assert.ok(p.nextWordIs('agent-by', at));
  assert.throws(() => p.has('no-such-cue'), /events-context\.json has no cue no-such-cue/);
  // A country's forces: the capture names the country.
  const n = new CueText('Somali troops retook the town.').all('national-forces');
  assert.deepEqual(n.map((m) => 'Somali troops retook the town.'.slice(m.captures.name!.start, m.captures.name!.end)), ['Somali']);
});
