import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Sentences of our own writing that show a row at work: text, claim kind, value, the claimant wanted (test/claims-source-fixtures.test.ts). */
const Fixtures = z.array(z.tuple([z.string().min(10), z.string().min(2), z.number().nullable(), z.string().nullable()])).min(2);

/** The word lists who-says-so reads (data/claims/sources.json), each with its reason; validated at load. */
const SourcesFile = z.object({
  reportVerbs: z.object({ why: z.string(), words: z.array(z.string().min(2)), notSaying: z.object({ why: z.string().min(10), verbs: z.array(z.string().min(2)), objects: z.array(z.string().min(2)) }) }),
  trailingRemark: z.object({ why: z.string().min(10), words: z.array(z.string().min(1)) }),
  coordinatedSaying: z.object({ why: z.string().min(10), verbs: z.array(z.string().min(2)) }),
  describedSource: z.object({ why: z.string().min(10), heads: z.array(z.string().min(2)) }),
  armedGroups: z.object({ why: z.string(), names: z.array(z.string().min(2)) }),
  groupNouns: z.object({ why: z.string(), determiners: z.array(z.string()), modifiers: z.array(z.string()), heads: z.array(z.string()) }),
  notSubjects: z.object({ why: z.string(), words: z.array(z.string().min(1)) }),
  partyPhrase: z.object({ why: z.string(), modifiers: z.array(z.string().min(1)), heads: z.array(z.string().min(1)), links: z.array(z.string().min(1)), auxiliaries: z.array(z.string().min(1)), wholeLinks: z.array(z.string().min(1)), after: z.array(z.string().min(1)), titleHeads: z.array(z.string().min(2)), particles: z.array(z.string().min(2)) }),
  sourceWords: z.object({ why: z.string(), words: z.array(z.string().min(2)), compoundEnds: z.array(z.string().min(2)), fixtures: Fixtures }),
  forceNouns: z.object({ why: z.string(), named: z.array(z.string().min(2)), said: z.array(z.string().min(2)) }),
  documentNouns: z.object({ why: z.string(), words: z.array(z.string().min(2)) }),
  appositiveOpeners: z.object({ why: z.string(), words: z.array(z.string().min(2)) }),
  firstParty: z.object({ why: z.string(), documents: z.array(z.string().min(2)), officialHeads: z.array(z.string().min(2)), newsWords: z.array(z.string().min(2)) }),
  sourceCounts: z.object({ why: z.string(), words: z.array(z.string().min(2)) }),
  causedActor: z.object({ why: z.string(), verbs: z.array(z.string().min(2)) }),
  figureGiving: z.object({ why: z.string(), verbs: z.array(z.string().min(2)), nouns: z.array(z.string().min(2)) }),
  figuresShown: z.object({ why: z.string().min(10), nouns: z.array(z.string().min(2)), adjectives: z.array(z.string().min(2)), shows: z.array(z.string().min(2)), standsAt: z.array(z.string().min(2)), given: z.array(z.string().min(2)) }),
  countryForms: z.object({ why: z.string(), forms: z.record(z.string(), z.string().min(2)) }),
  commonSource: z.object({ why: z.string(), notWords: z.array(z.string().min(1)), openings: z.array(z.string().min(2)), fixtures: Fixtures }),
  betweenSourceAndVerb: z.object({ why: z.string(), days: z.array(z.string().min(2)), parts: z.array(z.string().min(2)), leads: z.array(z.string().min(2)), interposed: z.array(z.string().min(2)), openingLinks: z.array(z.string().min(2)), openingPrepositions: z.array(z.string().min(2)), clauseVerbs: z.array(z.string().min(2)) }),
  clockOpening: z.object({ why: z.string().min(10), leads: z.array(z.string().min(2)), times: z.array(z.string().min(2)) }),
  backReference: z.object({ why: z.string(), subjects: z.array(z.string().min(2)), verbs: z.array(z.string().min(2)), objects: z.array(z.string().min(2)), givingVerbs: z.array(z.string().min(2)), objectLeads: z.array(z.string().min(1)) }),
  outlets: z.object({ why: z.string(), nouns: z.array(z.string().min(2)), names: z.array(z.string().min(2)), citing: z.array(z.string().min(2)), quotedAs: z.array(z.string().min(2)), fixtures: Fixtures }),
  continuation: z.object({ why: z.string(), words: z.array(z.string().min(2)), openings: z.array(z.string().min(2)), afterCount: z.array(z.string().min(2)), partitives: z.array(z.string().min(2)) }),
  actingTopic: z.object({ why: z.string(), words: z.array(z.string().min(2)) }),
  meetingRoles: z.object({ why: z.string(), facelessHeads: z.array(z.string().min(2)), counters: z.array(z.string().min(2)) }),
  outletTallies: z.object({ why: z.string(), nouns: z.array(z.string().min(2)) }),
  orderedBy: z.object({ why: z.string(), nouns: z.array(z.string().min(2)), imposed: z.array(z.string().min(2)), measures: z.array(z.string().min(2)) }),
  actingBodies: z.object({ why: z.string(), heads: z.array(z.string().min(2)), overSource: z.array(z.string().min(2)) }),
  reportCarry: z.object({
    why: z.string(), kinds: z.array(z.string().min(2)), breaks: z.array(z.string().min(2)), silent: z.array(z.string().min(2)), witnesses: z.array(z.string().min(2)), countedOnly: z.array(z.string().min(2)),
    reach: z.object({ sentences: z.number().int().min(1), paragraphs: z.number().int().min(0) }),
    links: z.object({ verbs: z.array(z.string().min(2)), joins: z.array(z.string().min(2)) }), scene: z.array(z.string().min(2)), sceneKinds: z.array(z.string().min(2)), sameTime: z.array(z.string().min(2)),
  }),
  bodyAnaphora: z.object({ why: z.string().min(10), heads: z.array(z.string().min(2)), reach: z.number().int().min(1) }),
  pairAnaphora: z.object({ why: z.string(), heads: z.array(z.string().min(2)), reach: z.number().int().min(1) }),
  accordingCommon: z.object({ why: z.string().min(10), notHeads: z.array(z.string().min(2)), fixtures: Fixtures }),
  records: z.object({ why: z.string().min(10), adjectives: z.array(z.string().min(2)), nouns: z.array(z.string().min(2)), verbs: z.array(z.string().min(2)), fixtures: Fixtures }),
  titledSources: z.object({ why: z.string().min(10), heads: z.array(z.string().min(2)), fixtures: Fixtures }),
  namedHead: z.object({ why: z.string().min(10), heads: z.array(z.string().min(2)), fixtures: Fixtures }),
  decidedBy: z.object({ why: z.string(), subjects: z.array(z.string().min(2)), passive: z.array(z.string().min(2)), from: z.array(z.string().min(2)) }),
});

function loadSources(): z.infer<typeof SourcesFile> {
  const parsed = SourcesFile.safeParse(JSON.parse(readFileSync(new URL('../../data/claims/sources.json', import.meta.url), 'utf8')));
  if (!parsed.success) throw new Error(`data/claims/sources.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export const SOURCES = loadSources();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of the words of a list, for a pattern (longest first, so "press release" wins over "release"). */
export const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
