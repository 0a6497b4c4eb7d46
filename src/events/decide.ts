import type { Classification, RuleOutcome } from './classify.js';
import { CLASSES, SUB_DEFAULTS, type EventClass } from './lexicon.js';
import { NONE, predictText, strongestToken, type EventModel } from './model.js';

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
 */
export function withModel(model: EventModel, lead: string, rules: RuleOutcome): Classification | null {
  const { decision } = rules;
  // A statement or meeting (no ACLED type) is the rules' alone unless a trigger of an ACLED type
  // was seen too ("sent troops", read as aid, is a deployment); its confidence is the rules' record.
  if (decision && !decision.eventClass.sub && !rules.hitClasses.some((id) => CLASSES.get(id)?.sub)) return speech(model, decision);
  const p = predictText(model, lead, {
    classId: decision?.eventClass.id ?? null,
    sub: decision?.eventClass.sub ?? null,
    hitClasses: rules.hitClasses,
  });
  let top = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[top]!) top = k;
  const topSub = model.classes[top]!;
  const trusted = (sub: string): boolean => (model.support[sub] ?? 0) >= model.minSupport;
  const confident = (at: number): boolean => topSub !== NONE && p[top]! >= at && trusted(topSub);
  if (decision) {
    const ruleSub = decision.eventClass.sub;
    if (!ruleSub) {
      const backed = rules.hitClasses.some((id) => CLASSES.get(id)?.sub === topSub);
      return backed && confident(model.overrideAt)
        ? { eventClass: classFor(topSub, rules.hitClasses), rule: `model:${topSub}<-${decision.eventClass.id}`, trigger: decision.trigger, confidence: round(p[top]!) }
        : speech(model, decision);
    }
    const ruleIndex = model.classes.indexOf(ruleSub);
    if (rules.tagged || topSub === ruleSub || !trusted(ruleSub) || !confident(model.overrideAt)) {
      return { ...decision, confidence: round(ruleIndex >= 0 ? p[ruleIndex]! : 0) };
    }
    return { eventClass: classFor(topSub, rules.hitClasses), rule: `model:${topSub}<-${decision.eventClass.id}`, trigger: decision.trigger, confidence: round(p[top]!) };
  }
  if (!confident(model.fallbackAt)) return null;
  const token = strongestToken(model, lead, top);
  if (!token) return null;
  return {
    eventClass: classFor(topSub, rules.hitClasses),
    rule: `model:${topSub}`,
    trigger: { start: token.start, end: token.end, text: lead.slice(token.start, token.end) },
    confidence: round(p[top]!),
  };
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
