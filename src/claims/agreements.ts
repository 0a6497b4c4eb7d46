import type { AnnotatedSentence, Match, RuleMeta } from '../language/index.js';
import { backgroundOf } from './damage.js';
import { partiesOf } from './partywords.js';
import { alternation, SOURCES } from './sourcedata.js';
import type { StatementDraft } from './statements.js';

/*
 * Agreements signed or reached (data/rules/claims-agreement.json): the parties, whether the agreement refers back to
 * one already told, and whether it is news (a signing told as background is none).
 */

type Found = Match<RuleMeta>;
// "Houthi and government delegations agreed", "Kavrian and Tessalian negotiators agreed": the people a party sends
// (data/claims/sources.json partyPhrase: rank and portfolio words, nouns of people) may stand between its name and the verb.
const PEOPLE_WORDS: ReadonlySet<string> = new Set([...SOURCES.partyPhrase.heads, ...SOURCES.partyPhrase.modifiers]);

/** Whether a name ends right before the verb, over the words `gap` allows ("Russia and Ukraine have agreed"). */
function namedJustBefore(s: AnnotatedSentence, verb: number, gap: string | number | boolean | undefined): boolean {
  const allowed = typeof gap === 'string' ? gap.split(/\s+/) : [];
  let k = verb - 1;
  while (k >= 0 && allowed.includes(s.tokens[k]!.lower)) k--;
  // "Houthi and government delegations agreed": the people words of the second party, then its "and", lead back to the first's name.
  while (k > 0 && PEOPLE_WORDS.has(s.tokens[k]!.lower)) k--;
  if (k > 0 && s.tokens[k]!.lower === 'and' && !/^[A-Z]/.test(s.tokens[k + 1]!.text)) k--;
  return k >= 0 && /^[A-Z]/.test(s.tokens[k]!.text);
}

// Two parties: a name, "and", then a name or the lower-case people of the other side ("Houthi and government delegations").
const PAIR = new RegExp(`^(?:the\\s+)?[A-Z][^,;]*\\s+and\\s+(?:the\\s+)?(?:[A-Z]|(?:[a-z-]+\\s+){1,2}(?:${alternation(SOURCES.partyPhrase.heads)})\\b)`);

// Words before an agreement noun that make it one of a list told one by one ("a series of agreements").
const GROUPS = /^(series|number|package|raft|slate)$/;
const REFERRING = new Set(['the', 'this', 'that', 'these']);

/** The agreements of one sentence (at most one), from the statement rules' matches. */
export function agreement(s: AnnotatedSentence, found: readonly Found[], reference: string | null): StatementDraft[] {
  const { tokens } = s;
  let past: ((m: Found) => boolean) | undefined;
  for (const m of found) {
    if (m.rule.meta.kind !== 'agreement') continue;
    // "signed a defence pact in 2021", "reached a truce last year": a signing told as background (a year before the
    // publication's, a past time; data/rules/damage-background.json) is no agreement of the news.
    if ((past ??= backgroundOf(s, reference, false))(m)) continue;
    const noun = m.captures.noun?.start ?? m.end - 1;
    // "finalized a series of agreements" sums up the agreements told one by one.
    if (tokens[noun - 1]?.lower === 'of' && GROUPS.test(tokens[noun - 2]?.lower ?? '')) continue;
    if (GROUPS.test(tokens[noun - 3]?.lower ?? '')) continue;
    // "the deal", "this agreement": a lower-case noun after a demonstrative refers back to one already told.
    let d = noun - 1;
    while (d > 0 && /^[\d-]|^\d+-year$|^(historic|new|landmark|bilateral|security)$/.test(tokens[d]!.lower)) d--;
    const named = tokens[noun]!.isTitle && tokens[noun]!.lower !== 'mou';
    const verb = m.captures.verb?.start ?? (m.rule.id === 'agreement:passive' ? m.end - 1 : m.start);
    const parties = partiesOf(s.text, tokens[verb]!.start);
    // "Russia and Ukraine agreed to swap prisoners": a course agreed is an agreement only between two named parties.
    if (m.rule.meta.parties === 'pair' && !(parties && PAIR.test(parties) && namedJustBefore(s, verb, m.rule.meta.subjectGap))) continue;
    // "the parties have reached an agreement.": a bare agreement, of no named party and about nothing
    // said, restates one told elsewhere (a new one says who agreed or what to).
    const bare = !parties && !named && (noun + 1 >= tokens.length || tokens[noun + 1]!.isPunct);
    return [{
      placeFrom: 0, placeTo: s.text.length, whereText: null, rule: m.rule.id, kind: 'agreement', value: null, qualifier: null,
      parties, anaphoric: (REFERRING.has(tokens[d]?.lower ?? '') && !named) || bare,
    }];
  }
  return [];
}

