import type { ClaimKind } from '../types.js';
import type { AnnotatedSentence, Match, RuleMeta } from '../language/index.js';
import type { StatementDraft } from './statements.js';

/**
 * "Residents of nearby houses were evacuated": an evacuation told without a count (data/rules/claims-evacuated.json),
 * one claim of value null per sentence, only when the sentence counts none (a count is the better claim).
 */
export function evacuations(s: AnnotatedSentence, found: readonly Match<RuleMeta>[], counted: ReadonlySet<ClaimKind>): StatementDraft[] {
  if (counted.has('evacuated')) return [];
  const m = found.find((f) => f.rule.meta.kind === 'evacuated');
  if (!m) return [];
  return [{ kind: 'evacuated', value: null, qualifier: 'unknown', placeFrom: 0, placeTo: s.text.length, whereText: null, parties: null, anaphoric: false, rule: m.rule.id }];
}
