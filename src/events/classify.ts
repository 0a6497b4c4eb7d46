import type { Sentence } from '../language/index.js';
import { ACTOR_INDEX, CLASSES, NAMED_ACTORS, NOTE_TAGS, TRIGGER_INDEX, TRIGGERS, namedPattern, type EventClass } from './lexicon.js';
import { PROTEST_CLASSES, readTexts } from './context.js';
import { resolveContext, type ArmedNamed } from './contextsteps.js';
import { activeModel } from './model.js';
import { withModel } from './decide.js';

/** One trigger pattern matching in the text, offsets relative to the text classified. */
export interface TriggerHit {
  classId: string;
  weight: number;
  start: number;
  end: number;
  text: string;
  /** The id of the trigger rule (data/events/triggers.tsv) that matched. */
  id: string;
  /** The modal governing the trigger ("will", "threatened to", "must"), if any. */
  modal: string | null;
}

export interface Classification {
  eventClass: EventClass;
  /** Which pattern or context rule decided: shown to users as the event's rule. */
  rule: string;
  /** The deciding trigger, relative to the classified text. */
  trigger: { start: number; end: number; text: string };
  /** Calibrated probability that the sentence reports an event of this ACLED sub-event type (see model.ts). */
  confidence?: number;
}

/** What the rules decided, with the classes of every trigger they saw, best first. */
export interface RuleOutcome {
  decision: Classification | null;
  hitClasses: string[];
  /** The rules' decision came from an ACLED note tag, which names the class outright. */
  tagged: boolean;
}

/** Classes that report what someone said rather than what someone did. */
export const SPEECH_CLASSES: ReadonlySet<string> = new Set([
  'demand', 'disapprove', 'reject', 'threaten', 'support', 'investigate', 'agree', 'concede',
  'consult_visit', 'consult_host', 'consult_phone', 'consult_third_party', 'consult_multilateral', 'consult_meet',
]);

// A modal or intention right before an act makes it unrealised: "threatened to ban", "plans to strike".
const MODAL_BEFORE = namedPattern('modal-before');
// Negation right before an act: "did not attack", "denied shelling", "no protest was held".
const NEGATION_BEFORE = namedPattern('negation-before');
// A mid-sentence capitalised word is a name ("Asia-Pacific Economic Cooperation"), not a verb.
const CAPITALISED = namedPattern('capitalised');
const ACRONYM = namedPattern('acronym');
const TITLE_WORD = namedPattern('title-word');
const SENTENCE_OPENING = namedPattern('sentence-opening');
const NAME_CONTINUES = namedPattern('name-continues');

function isTitleCase(text: string): boolean {
  const words = text.match(TITLE_WORD) ?? [];
  if (words.length < 3) return false;
  return words.filter((w) => CAPITALISED.test(w)).length / words.length > 0.6;
}

/** Every trigger in `text`, less those inside names and those negated or made hypothetical. */
export function findTriggers(text: string): TriggerHit[] {
  // Needed only for capitalised hits: most sentences never ask.
  let titleCase: boolean | undefined;
  const hits: TriggerHit[] = [];
  for (const { n, m } of TRIGGER_INDEX.matches(text)) {
    const trigger = TRIGGERS[n]!;
    const start = m.index;
    const matched = m[0];
    if (CAPITALISED.test(matched) && !ACRONYM.test(matched) && !(titleCase ??= isTitleCase(text))) {
      // Capitalised after the first word of a sentence: part of a name.
      const opening = start === 0 || SENTENCE_OPENING.test(text.slice(Math.max(0, start - 3), start));
      if (!opening) continue;
      // Opening the sentence and followed by another capitalised word: "Amnesty International", "Support Group".
      if (NAME_CONTINUES.test(text.slice(start + matched.length, start + matched.length + 3)) && !/\s/.test(matched)) continue;
    }
    const before = text.slice(Math.max(0, start - 40), start);
    const isAct = !SPEECH_CLASSES.has(trigger.classId) && trigger.classId !== 'threaten';
    if (isAct && NEGATION_BEFORE.test(before)) continue;
    const modalWord = trigger.classId === 'threaten' ? undefined : MODAL_BEFORE.exec(before)?.[1];
    // "a May Day protest": the month, not the modal.
    const modal = !modalWord || modalWord === 'May' ? null : modalWord.toLowerCase();
    hits.push({ classId: trigger.classId, weight: trigger.weight, start, end: start + matched.length, text: matched, id: trigger.id, modal });
  }
  return hits;
}

/**
 * Score of a hit: its weight, plus a bonus for coming early. The main verb of a news sentence
 * comes before the clauses it governs ("X threatened to strike Y": THREATEN, not the strike),
 * so the earliest strong trigger is usually the event and later ones its complements.
 */
const POSITION_WEIGHT = 8;
// A trigger inside a subordinate clause describes the circumstances, not the event reported:
// "Despite warnings by aid agencies, …", "…, whom they had taken hostage, …", "… if it is attacked".
const SUBORDINATE_PENALTY = 6;
const SUBORDINATE = namedPattern('subordinate');

/** Spans of `text` in leading, parenthetical or conditional subordinate clauses. */
function subordinateSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  SUBORDINATE.lastIndex = 0;
  for (let m = SUBORDINATE.exec(text); m; m = SUBORDINATE.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * A statement word describing a participant ("pastoralists whom they accused of spying") or
 * naming a reason ("killed in accusation of …") is not what the sentence reports.
 */
const REPORTER_AFTER = namedPattern('reporter-verb-after');
const PARTICIPLE = namedPattern('participle');
const WORD_BEFORE = namedPattern('word-before');
const AUX_BEFORE = namedPattern('aux-before');
const RELATIVE_BEFORE = namedPattern('relative-before');
const CHARGE_AFTER = namedPattern('charge-after');
const CHARGED_PARTICIPLE = namedPattern('charged-participle');

function besideAct(h: TriggerHit, lead: string): boolean {
  if (!SPEECH_CLASSES.has(h.classId)) return false;
  const before = lead.slice(Math.max(0, h.start - 25), h.start);
  // "Workers demanding unpaid wages vandalised …": a participle after a noun says who they are, not what they did.
  // "Monitors said …", "Inspectors reported …": who reports the event, not the event.
  if (REPORTER_AFTER.test(lead.slice(h.end, h.end + 12))) return true;
  // "a man accused of stealing …": a participle and its charge say who a participant is.
  if (CHARGED_PARTICIPLE.test(h.text) && CHARGE_AFTER.test(lead.slice(h.end, h.end + 12))) return true;
  if (PARTICIPLE.test(h.text) && WORD_BEFORE.test(before) && !AUX_BEFORE.test(before)) return true;
  return RELATIVE_BEFORE.test(before);
}

/**
 * The hits best first: by score, then by position. Each hit is scored once, not once per comparison
 * (a score reads the clauses and the words around the hit); a lone hit needs no score at all.
 */
function rankHits(hits: readonly TriggerHit[], lead: string): TriggerHit[] {
  if (hits.length < 2) return [...hits];
  const spans = subordinateSpans(lead);
  const scores = new Map<TriggerHit, number>();
  for (const h of hits) scores.set(h, hitScore(h, lead.length) - (spans.some(([s, e]) => h.start >= s && h.start < e) || besideAct(h, lead) ? SUBORDINATE_PENALTY : 0));
  return [...hits].sort((a, b) => scores.get(b)! - scores.get(a)! || a.start - b.start);
}

export function hitScore(hit: TriggerHit, length: number): number {
  return hit.weight + POSITION_WEIGHT * (1 - hit.start / Math.max(length, 1));
}

// Cooperative acts announced for the future are PLOVER AGREE (CAMEO 03, "express intent to").
const COOPERATIVE = new Set(['consult_visit', 'consult_host', 'consult_phone', 'consult_third_party', 'consult_multilateral', 'consult_meet', 'aid', 'concede', 'support', 'cooperate', 'agree', 'retreat', 'investigate', 'surrender']);

const MODAL_DEMAND = namedPattern('modal-demand');
const MODAL_REJECT = namedPattern('modal-reject');
const MODAL_THREAT = namedPattern('modal-threat');
const MODAL_SEEK = namedPattern('modal-seek');

/** An act under a modal is a statement about the act: demand, threat, rejection or intent. */
function modalClass(hit: TriggerHit): { classId: string; rule: string } {
  const modal = hit.modal ?? '';
  const rule = `modal:${modal}`;
  if (MODAL_DEMAND.test(modal)) return { classId: 'demand', rule };
  if (MODAL_REJECT.test(modal)) return { classId: 'reject', rule };
  if (MODAL_THREAT.test(modal)) return { classId: COOPERATIVE.has(hit.classId) ? 'agree' : 'threaten', rule };
  if (MODAL_SEEK.test(modal)) return { classId: 'demand', rule };
  return { classId: COOPERATIVE.has(hit.classId) ? 'agree' : 'threaten', rule };
}

const CROWD_SIZE = namedPattern('crowd-size');
const NOTE_TAG = namedPattern('note-tag');
const NOTE_TAG_SPAN = namedPattern('note-tag-span');
const CROWD_EVENT_TYPES: ReadonlySet<string> = new Set(['Protests', 'Riots']);

/** "Looting: On 5 May …": ACLED notes that open with a tag name their class. */
function noteTag(text: string): string | null {
  const m = NOTE_TAG.exec(text);
  return m ? (NOTE_TAGS.get(m[1]!.toLowerCase()) ?? null) : null;
}

/** Whether a named party of `lead` is an armed group (not of government), found on first ask: most sentences' rules never ask. */
class ArmedGroupNamed implements ArmedNamed {
  #value: boolean | undefined;
  constructor(private readonly lead: string) {}

  get value(): boolean {
    return (this.#value ??= ACTOR_INDEX.matches(this.lead).some(({ n }) => NAMED_ACTORS[n]!.sector !== 'GOV'));
  }
}

/**
 * Classifies the event that `lead` reports; `context` (the surrounding text, the whole note for a
 * short report) supplies the cues that separate close classes, e.g. a later "police dispersed
 * them" turns a peaceful protest into a protest with intervention.
 */
export function classify(lead: string, context: string = lead): Classification | null {
  const outcome = classifyByRules(lead, context);
  const model = activeModel();
  return model ? withModel(model, lead, outcome) : outcome.decision;
}

/**
 * The trigger rules' reading of `lead` alone (what the events model takes as features). `sentence`:
 * the sentence whose text `lead` is, when there is one (the cues read its tokens, not new ones);
 * `found`: findTriggers(lead), when the caller found them already.
 */
export function classifyByRules(lead: string, context: string = lead, sentence?: Sentence, found?: TriggerHit[]): RuleOutcome {
  const tagged = noteTag(lead);
  if (tagged) {
    const eventClass = CLASSES.get(tagged)!;
    const m = NOTE_TAG_SPAN.exec(lead)!;
    return { decision: { eventClass, rule: `note-tag:${tagged}`, trigger: { start: m.index, end: m[0].length, text: m[0].trim() } }, hitClasses: [tagged], tagged: true };
  }
  const hits = found ?? findTriggers(lead);
  if (hits.length === 0) return { decision: null, hitClasses: [], tagged: false };
  const ranked = rankHits(hits, lead);
  const best = ranked[0]!;
  const armedNamed = new ArmedGroupNamed(lead);
  const protestFirst = hits.some((h) => PROTEST_CLASSES.has(h.classId) && h.start < best.start);
  const texts = readTexts(lead, context, sentence);
  let resolved = best.modal && !protestFirst ? modalClass(best) : resolveContext(best, hits, texts, context, armedNamed);
  // The trigger the event's rule names: the deciding one, or the crowd's when a crowd size decided.
  let ruleHit = best;
  // ACLED writes a crowd size ("[size=no report]") only in demonstration and riot notes: a
  // statement verb there ("demanded", "denounced") is what the crowd did.
  if (CROWD_SIZE.test(context) && !CROWD_EVENT_TYPES.has(CLASSES.get(resolved.classId)!.acled ?? '')) {
    // A crowd's violence with no demonstration named is a riot of its own (mob violence).
    const violent = CLASSES.get(best.classId)!.acled !== null && !SPEECH_CLASSES.has(best.classId);
    const crowd = ranked.find((h) => CROWD_EVENT_TYPES.has(CLASSES.get(h.classId)!.acled ?? '')) ?? { ...best, classId: violent ? 'mob_violence' : 'peaceful_protest', modal: null };
    const r = resolveContext(crowd, hits, texts, context, armedNamed);
    resolved = { classId: r.classId, rule: r.rule ? `${r.rule}+context:crowd-size` : 'context:crowd-size' };
    ruleHit = crowd;
  }
  // "… will withdraw unless …": an act promised on a condition is an ultimatum (CAMEO 13 threaten).
  if ((best.modal || best.classId === 'agree') && resolved.classId === 'agree' && texts.cues.has('unless', best.end, lead.length)) resolved = { classId: 'threaten', rule: resolved.rule ? `${resolved.rule}+context:unless` : 'context:unless' };
  const eventClass = CLASSES.get(resolved.classId)!;
  const decision = {
    eventClass,
    // The trigger rule's id, then the context steps that decided, if any ("ied:planted-remote-explosives+context:drone-named").
    rule: resolved.rule ? `${ruleHit.id}+${resolved.rule}` : ruleHit.id,
    trigger: { start: best.start, end: best.end, text: best.text },
  };
  // A trigger inside the deciding one is a word of its phrase ("failed to reach an agreement"), not a rival reading.
  const rivals = ranked.filter((h) => h === best || !(h.start >= best.start && h.end <= best.end));
  return { decision, hitClasses: [...new Set(rivals.map((h) => h.classId))], tagged: false };
}
