import type { ClaimKind } from '../types.js';
import type { Pending, Working } from './countsteps.js';

/*
 * Counts that wait in a list for the verb they share ("74 missiles and 117 drones were intercepted",
 * "20 homes and five cars were damaged"): the count step "right" binds them once the verb is read.
 */

/** The counts waiting in a list, first first: the last to wait and those that waited before it. */
export function waitingChain(pending: Pending): Pending[] {
  const out: Pending[] = [];
  for (let p: Pending | null | undefined = pending; p; p = p.before) out.unshift(p);
  return out;
}

/** The draft of a count that waited for a verb, given the verb's kind and rule. */
export function waitingDraft(sentence: string, pending: Pending, kind: ClaimKind, rule: string, finite: boolean): Working {
  const p = pending.q;
  return {
    kind, rule, value: p.value, qualifier: p.qualifier, start: p.start, end: pending.head.end, head: pending.head.cls,
    headText: sentence.slice(pending.head.start, pending.head.end), placeFrom: null, headStart: p.start, eachFrom: null, partOf: null, finite,
    coordinated: false, xOfY: false, isX: false, tokenStart: pending.qStart, tokenAfter: pending.after,
  };
}
