import type { Token } from '../language/index.js';
import type { Classification, RuleOutcome } from './classify.js';
import { CLASSES, SUB_DEFAULTS, type EventClass } from './lexicon.js';
import { NONE, predictIds, reachBound, reachOverNone, ruleLogits, strongestToken, type EventModel } from './model.js';
import { stemIds } from './stemids.js';

/**
 * The rules saw a single ACLED type and nothing that rivals it (or, for a statement, no ACLED type
 * at all): the model seldom overrules such a reading, so an article's events skip it (speed) and
 * take the rules' training record as their confidence.
 */
export function settled(rules: RuleOutcome): boolean {
  const sub = rules.decision?.eventClass.sub ?? null;
  for (const id of rules.hitClasses) {
    const s = CLASSES.get(id)?.sub;
    if (s && s !== sub) return false;
  }
  return rules.decision !== null;
}

/** An article's event read by the rules alone, with their training record as its confidence. */
export function withRecord(model: EventModel, rules: RuleOutcome): Classification | null {
  const { decision } = rules;
  if (!decision) return null;
  const sub = decision.eventClass.sub;
  const confidence = sub ? model.settledConfidence[sub] : model.ruleConfidence[decision.eventClass.id];
  return confidence === undefined ? decision : { ...decision, confidence };
}

/**
 * Joins the trigger rules and the events model. The model sees the rules' choice among its
 * features, so it mostly agrees; it replaces the rules' ACLED sub-event type only when it is
 * confident and both types were seen often enough in training to be trusted, and it reports an
 * event the rules missed only above a stricter probability. Every ACLED event gets the model's
 * calibrated probability of its type as `confidence`.
 *
 * The full model pass runs only where it can change the answer: a cheap bound over the
 * sentence's words (reachBound) first tells whether any class could reach the margin a change
 * needs. Where none can, the rules' answer stands with their training record as its confidence,
 * exactly as the full pass would have left the class. `tokens`: the language layer's tokens of `lead`, when known.
 */
export function withModel(model: EventModel, lead: string, rules: RuleOutcome, tokens?: readonly Token[]): Classification | null {
  const { decision } = rules;
  // A statement or meeting (no ACLED type) is the rules' alone unless a trigger of an ACLED type
  // was seen too ("sent troops", read as aid, is a deployment); its confidence is the rules' record.
  const backedSubs = subsOf(rules.hitClasses);
  if (decision && !decision.eventClass.sub && !backedSubs.length) return speech(model, decision);
  const ruleSub = decision?.eventClass.sub ?? null;
  const base = ruleLogits(model, { classId: decision?.eventClass.id ?? null, sub: ruleSub, hitClasses: rules.hitClasses });
  // No trigger fired (most sentences): the bound is read from the tokens first, and only a
  // sentence it cannot rule out is stemmed into numbers for the full pass.
  if (!decision && tokens && model.none >= 0 && model.reportable.length) {
    const reach = reachOverNone(model, lead, tokens, base);
    if (reach !== null && reach < margin(model, model.fallbackAt)) return null;
  }
  const ids = stemIds(model, lead, tokens);
  if (!decision) {
    if (cannot(model, ids, base, model.none, model.reportable, model.fallbackAt)) return null;
  } else if (!ruleSub) {
    const backed = model.reportable.filter((k) => backedSubs.includes(model.classes[k]!));
    if (cannot(model, ids, base, model.none, backed, model.overrideAt)) return speech(model, decision);
  } else if (!rules.tagged && (!trusted(model, ruleSub) || cannot(model, ids, base, model.classes.indexOf(ruleSub), model.reportable, model.overrideAt))) {
    return withRecord(model, rules);
  }
  return decideWith(model, lead, rules, predictIds(model, ids, base));
}

const NO_SUBS: readonly string[] = [];

/** The ACLED sub-event types of the trigger classes seen, in order (most sentences have none: no array is made for them). */
function subsOf(hitClasses: readonly string[]): readonly string[] {
  let subs: string[] | null = null;
  for (const id of hitClasses) {
    const sub = CLASSES.get(id)?.sub;
    if (sub !== null && sub !== undefined) (subs ??= []).push(sub);
  }
  return subs ?? NO_SUBS;
}

/** The rules' answer and the model's probabilities `p` joined (see withModel). */
function decideWith(model: EventModel, lead: string, rules: RuleOutcome, p: readonly number[]): Classification | null {
  const { decision } = rules;
  let top = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[top]!) top = k;
  const topSub = model.classes[top]!;
  if (decision) {
    const ruleSub = decision.eventClass.sub;
    if (!ruleSub) {
      const backed = rules.hitClasses.some((id) => CLASSES.get(id)?.sub === topSub);
      return backed && confident(model, topSub, p[top]!, model.overrideAt)
        ? { eventClass: classFor(topSub, rules.hitClasses), rule: `model:${topSub}<-${decision.rule}`, trigger: decision.trigger, confidence: round(p[top]!) }
        : speech(model, decision);
    }
    const ruleIndex = model.classes.indexOf(ruleSub);
    if (rules.tagged || topSub === ruleSub || !trusted(model, ruleSub) || !confident(model, topSub, p[top]!, model.overrideAt)) {
      return { ...decision, confidence: round(ruleIndex >= 0 ? p[ruleIndex]! : 0) };
    }
    return { eventClass: classFor(topSub, rules.hitClasses), rule: `model:${topSub}<-${decision.rule}`, trigger: decision.trigger, confidence: round(p[top]!) };
  }
  if (!confident(model, topSub, p[top]!, model.fallbackAt)) return null;
  const token = strongestToken(model, lead, top);
  if (!token) return null;
  return {
    eventClass: classFor(topSub, rules.hitClasses),
    rule: `model:${topSub}`,
    trigger: { start: token.start, end: token.end, text: lead.slice(token.start, token.end) },
    confidence: round(p[top]!),
  };
}

const trusted = (model: EventModel, sub: string): boolean => (model.support[sub] ?? 0) >= model.minSupport;
// A module function, not a closure per call: under tsx (keepNames) each closure made costs a name set on it.
/** The model's top class `topSub`, at probability `pTop`, may be reported at threshold `at`. */
function confident(model: EventModel, topSub: string, pTop: number, at: number): boolean {
  return topSub !== NONE && pTop >= at && trusted(model, topSub);
}
// p(top) >= t needs top's logit ln(t/(1-t)) (temperature-scaled) above any other class's.
const margin = (model: EventModel, t: number): number => model.temperature * Math.log(t / (1 - t));

/** No class of `candidates` can reach probability `t` over class `against`: the full model pass would change nothing. */
function cannot(model: EventModel, ids: Int32Array, base: Float64Array, against: number, candidates: readonly number[], t: number): boolean {
  return against < 0 || !candidates.length || reachBound(model, ids, base, against, candidates) < margin(model, t);
}

function speech(model: EventModel, decision: Classification): Classification {
  const confidence = model.ruleConfidence[decision.eventClass.id];
  return confidence === undefined ? decision : { ...decision, confidence };
}

/** The class of a trigger the rules saw that has the sub-event type, else the type's default class. */
function classFor(sub: string, hitClasses: readonly string[]): EventClass {
  for (const id of hitClasses) {
    const c = CLASSES.get(id);
    if (c?.sub === sub) return c;
  }
  return SUB_DEFAULTS.get(sub)!;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
