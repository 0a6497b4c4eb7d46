import type { ClaimKind } from '../types.js';
import { AGREEMENT_NOUNS, AGREEMENT_VERBS, FUTURE_OR_DENIED } from './lexicon.js';
import { phraseAt, tokenize, type Token } from './tokens.js';
import { namedAirports } from './airports.js';

/** A claim without a count (or counted by naming), found by its wording; offsets in the sentence. */
export interface StatementDraft {
  kind: ClaimKind;
  value: number | null;
  qualifier: 'exact' | 'at_least' | 'unknown' | null;
  /** Offset in the sentence from which to look for the place of this statement. */
  placeFrom: number;
  placeTo: number;
  /** The place named in the wording itself (an airport's name), when it is the "where". */
  whereText: string | null;
  /** The parties of an agreement or meeting. */
  parties: string | null;
  /** The agreement is named with a definite article ("the deal"): it may repeat an earlier one. */
  anaphoric: boolean;
}

const DAMAGE_VERB = /\b((?:minor|major|heavy|severe|significant|extensive|serious|some|material|structural)\s+damage\b|damag(?:ed|ing|es)|destroy(?:ed|ing|s)?|razed|flattened|demolished|collaps(?:ed|es|ing)|burn(?:ed|t)\s+down|set\s+(?:ablaze|on\s+fire)|set\s+fire\s+to|(?:started|sparked|caused)\s+(?:a\s+)?(?:large\s+|major\s+)?fire\s+(?:at|in|on)|gutted|wrecked|caught\s+fire|catches\s+fire|levelled|leveled)\b/i;
const STRIKE_VERB = /\b(?:[Hh]it|[Hh]its|[Ss]truck|[Ss]trikes|[Ss]triking)\s+(?:(?:a|an|the|its|their|several|multiple|two|three|\w+-storey|\w+-story|[A-Z]\w+|main|civilian|residential|oil|power|energy|maternity|apartment|logistics?|government|private|military|gas|fuel|industrial|high-rise|shopping)\s+){0,4}(STRUCTURES)\b/;
const STRUCTURES = 'buildings?|apartments?|apartment\\s+blocks?|blocks?|houses?|homes?|hospitals?|schools?|malls?|refiner(?:y|ies)|infrastructure|facilit(?:y|ies)|plants?|depots?|stations?|bridges?|ports?|ships?|vessels?|hubs?|warehouses?|towers?|reactors?|hall|embassy|bases?|air\\s*bases?|airbases?|airfields?|substations?|tents|shops|markets?|mosques?|churches|residential\\s+areas|areas|offices|headquarters|terminals?|factor(?:y|ies)|sites?';
const STRUCTURE_WORD = new RegExp(`\\b(${STRUCTURES})\\b`, 'i');
const STRIKE_RE = new RegExp(STRIKE_VERB.source.replace('STRUCTURES', STRUCTURES));
const PASSIVE_HIT = new RegExp(`\\b(${STRUCTURES})\\b[^.;]{0,60}?\\b(?:is|are|was|were|been)\\s+(?:also\\s+)?(?:hit|struck|targeted)\\b|\\b(${STRUCTURES})\\s+hit\\b`, 'i');
const NEGATED = /\b(no|not|never|without|denied|unharmed|undamaged)\b[^.;]{0,25}\b(damage|damaged|destroyed|hit)\b/i;

const AIRSPACE = /\b(clos(?:ed|es|ing|ure of)\s+(?:its|the|their)\s+(?:\w+\s+)?airspace|airspace\s+(?:is|was|were|has been|had been|remains|remained)?\s*(?:also\s+)?(?:closed|shut)|airspace\s+closure)/i;
const NAMED_AIRPORT = /\b((?:[A-Z][\w'’.-]+\s+){1,4}(?:International\s+)?Airport)\b/g;
const CLOSURE = /\b(clos(?:ed|es|ing)|shut(?:s|\s+down)?|suspend(?:ed|s|ing)?\s+(?:operations|flights|all flights)|(?:operations|flights)\s+(?:[\w’'-]+\s+){0,10}(?:suspended|halted|stopped)|halt(?:ed|s)\s+operations)\b/i;
const AIRLINE = /\b(Airways|Airlines|Air\s+(?:France|India|Canada|China|Arabia|Astana|Serbia|Europa)|Egyptair|EgyptAir|Lufthansa|Ryanair|easyJet|flydubai|Aeroflot|Wizz\s+Air|Emirates\s+airline|carriers?|airlines?)\b/;
const FLIGHTS_STOPPED = /\bflights\b[^.;]{0,40}?\b(diverted|delayed|cancell?ed|suspended|halted|grounded|disrupted|rerouted|redirected)\b|\b(suspend(?:ed|s|ing)|cancell?(?:ed|s|ing)|divert(?:ed|s|ing)|halt(?:ed|s|ing)|ground(?:ed|s|ing))\s+(?:all\s+|its\s+|their\s+)?flights\b/i;

const MEETING = /\b(met(?:\s+with)?|meets\s+with|held\s+talks|holds\s+talks|(?:hosted|hosting|received|welcomed|welcomes)\s+(?=(?:President|Prime|King|Queen|Crown|Chancellor|Secretary|Minister|Foreign|Defen[cs]e|General|Sheikh|Emir|Pope|Mr|Ms|Dr)\b)|visited|visit\s+to|meeting\s+(?:with|between|on|in)|(?:bilateral|trilateral|first|official|state)\s+(?:meeting|visit)|talks\s+(?:between|with)|summit\s+(?:with|between))\b/i;
const NOT_HAPPENED = /\b(will|would|[Pp]lans?\s+to|planned|expected\s+to|intends?\s+to|hopes?\s+to|could|may|might|should|upcoming|next\s+(?:week|month|year)|set\s+to|is\s+to|are\s+to|series\s+of|in\s+talks|invited|invitation|ahead\s+of|looks?\s+forward|future)\b/;

// Cheap keyword tests that let most sentences skip the costly patterns of each statement kind.
const MAY_DAMAGE = /\b(?:damag|destr|raz|flatten|demolish|collaps|burn|ablaze|fire|gutted|wreck|level|hit|struck|strik|caught|catch)/i;
const MAY_FLY = /airspace|airport|flight/i;
const MAY_AGREE = /\b(?:agree|memorand|mou\b|deal|treat|accord|pact|declaration|framework|ceasefire|truce|arrangement|protocol|guidelines|contract)/i;
const MAY_MEET = /\bmet\b|meet|talks|visit|host|receiv|welcom|summit/i;

function hasFutureBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 5); k < i; k++) if (phraseAt(tokens, k, FUTURE_OR_DENIED)) return true;
  return false;
}

/** The parties of an agreement or meeting: "A and B met", "between A and B", "A met with B". */
function partiesOf(sentence: string, at: number): string | null {
  const between = /\bbetween\s+((?:(?!\bto\b|\bon\b|\bfor\b|\bin\b)[^,.;])+?\s+and\s+[^,.;]+?)(?=\s+(?:to|on|for|in|at|begin|began|begins|was|were|is|are|that|which|had|has|have|would|will|collapsed|ended|broke|failed|resumed|stalled)\b|[,.;]|$)/i.exec(sentence);
  if (between) return between[1]!.trim();
  const subject = subjectOf(sentence.slice(0, at));
  const withWhom = /^\s*(?:(?:met|meets|meeting)?\s*(?:(?:today|yesterday|again|also|later|separately|briefly|virtually|privately)\s+)?with|hosted|hosting|received|welcomed|welcomes)\s+((?:[A-Z][\w.'’-]*|of|the|de|bin|al)(?:\s+(?:[A-Z][\w.'’-]*|of|the|de|bin|al))*)/.exec(sentence.slice(at));
  if (subject && withWhom) return `${subject} and ${withWhom[1]!.trim()}`;
  // "The president met with Prime Minister Kishida": a title-only subject still names a party when the other is named.
  const titled = /^\s*((?:the|The)\s+(?:[a-z]+\s+){0,3}(?:president|minister|secretary|chancellor|king|queen|premier|leader|envoy|ambassador|general|commander|governor|mayor|delegation))\s*$/.exec(sentence.slice(0, at));
  if (!subject && titled && withWhom) return `${titled[1]!} and ${withWhom[1]!.trim()}`;
  return subject;
}

/**
 * The named subject that opens a clause ("The Vice President and President Marcos also welcomed …"):
 * capitalised words joined by "and", "of", "the", stopping at the first lower-case word.
 */
export function subjectOf(clause: string): string | null {
  // Leading adverbials ("Earlier Saturday,", "On June 13th, 2024,") are not the subject.
  const text = clause.replace(/^\s*(?:(?:today|on [^,]+(?:,\s*\d{4})?|yesterday|later|earlier|meanwhile|in [^,]+)|(?:[A-Z][a-z]+\s+){0,3}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|night)),\s*/i, '');
  const m = /^((?:the\s+)?(?:[A-Z][\w.'’-]*|U\.S\.)(?:\s+(?:[A-Z][\w.'’-]*|\([A-Z.]{2,8}\)|(?:and|of|the|de|bin|al|for)\b))*)/.exec(text);
  if (!m) return null;
  const subject = m[1]!.replace(/\s+(?:and|of|the|for)$/, '').trim();
  // A bare determiner or pronoun is no party.
  return /^(The|These|This|That|Those|It|They|He|She|We|I|Its|Their|A|An|Apart|During|After|Before|Despite|Following|Amid|While|Although|Though|When|If|As|Since|Until|In|On|At|For|From|With|Without|By|Over|Under|Earlier|Later|Meanwhile|However|But|And|Also|Today|Yesterday|Photo)$/.test(subject.split(/\s+/)[0]!) && !/\band\b/.test(subject) ? null : subject;
}

/** Finds the uncounted or name-counted claims of one sentence. */
export function findStatements(sentence: string, counted: ReadonlySet<ClaimKind>, tokens: readonly Token[] = tokenize(sentence)): StatementDraft[] {
  const out: StatementDraft[] = [];
  const base = { placeFrom: 0, placeTo: sentence.length, whereText: null, parties: null, anaphoric: false };

  // Damage to buildings and sites.
  if (!counted.has('damaged') && MAY_DAMAGE.test(sentence) && !NEGATED.test(sentence)) {
    // "the goal … to destroy its facilities" states an aim, not damage.
    const verb = DAMAGE_VERB.exec(sentence);
    if (verb && /\bto\s+$/i.test(sentence.slice(Math.max(0, verb.index - 4), verb.index)) && !STRIKE_RE.test(sentence)) verb.index = -1;
    const struck = STRIKE_RE.exec(sentence) ?? PASSIVE_HIT.exec(sentence);
    const damaging = verb && verb.index >= 0 && STRUCTURE_WORD.test(sentence);
    if (damaging || struck) {
      const at = Math.min(damaging ? verb!.index : Infinity, struck ? struck.index : Infinity);
      if (!hasFutureBefore(tokens, tokens.findIndex((t) => t.start >= at))) out.push({ ...base, kind: 'damaged', value: null, qualifier: 'unknown' });
    }
  }

  // Airspace and airports.
  const aviation = MAY_FLY.test(sentence);
  if (aviation && !counted.has('airport_closed')) {
    const airports = namedAirports(sentence);
    if (AIRSPACE.test(sentence) && !hasFutureBefore(tokens, tokens.findIndex((t) => t.lower === 'airspace'))) {
      out.push({ ...base, kind: 'airport_closed', value: null, qualifier: 'unknown' });
    } else if (airports.length && CLOSURE.test(sentence) && !AIRLINE.test(sentence)) {
      const atLeast = /\b(multiple|several|many|other)\s+airports\b/i.test(sentence);
      out.push({ ...base, kind: 'airport_closed', value: airports.length, qualifier: atLeast ? 'at_least' : 'exact', whereText: airports[0]! });
    }
  }
  const stopped = aviation ? FLIGHTS_STOPPED.exec(sentence) : null;
  // "flights were suspended at four airports" closes airports; it is not a separate disruption.
  const atAirports = stopped && !AIRLINE.test(sentence)
    && (/\bairports?\b/i.test(stopped[0]) || /^[^.;]{0,20}\b(?:at|to|from|in)\b[^.;]{0,50}\bairports?\b/i.test(sentence.slice(stopped.index + stopped[0].length)));
  if (!counted.has('flights_disrupted') && stopped && !atAirports) {
    const closedAlready = out.some((d) => d.kind === 'airport_closed') || counted.has('airport_closed');
    if (!(closedAlready && !AIRLINE.test(sentence) && !/\bflights\s+(?:are|were)\s+(?:halted|diverted)/i.test(sentence)))
      out.push({ ...base, kind: 'flights_disrupted', value: null, qualifier: 'unknown' });
  }

  // Agreements signed or reached.
  const mayAgree = MAY_AGREE.test(sentence);
  for (let i = 0; mayAgree && i < tokens.length; i++) {
    const n = phraseAt(tokens, i, AGREEMENT_VERBS);
    if (!n) continue;
    let noun = -1;
    // "struck a deal": the looser verbs need their noun close by.
    const reach = /^(struck|reached|reach|reaches|secured|sealed)$/.test(tokens[i]!.lower) ? 4 : 10;
    for (let k = i + n; k < Math.min(tokens.length, i + n + reach); k++) {
      if (phraseAt(tokens, k, AGREEMENT_NOUNS)) { noun = k; break; }
      if (tokens[k]!.text === ';') break;
    }
    // Passive: "an agreement was signed".
    // Passive: "an agreement was signed" — but "the ceasefire signed in October" only recalls one.
    if (noun < 0 && /^(was|were|is|are|been|be)$/.test(tokens[i - 1]?.lower ?? '')) for (let k = Math.max(0, i - 6); k < i; k++) if (phraseAt(tokens, k, AGREEMENT_NOUNS)) noun = k;
    // "agreed to hold talks" is intent; "agreed a truce", "agreed to a ceasefire", "agreed to restore
    // ties in a deal" name the agreement reached.
    const agreedOn = /^agree/.test(tokens[i]!.lower) && noun >= 0 &&
      (noun - i <= 4 || /^(in|under|through|via)$/.test(tokens[noun - 2]?.lower ?? '') || /^(in|under|through|via)$/.test(tokens[noun - 1]?.lower ?? ''));
    if (noun < 0 || hasFutureBefore(tokens, i) || (/^agree/.test(tokens[i]!.lower) && !agreedOn)) continue;
    // "finalized a series of agreements" sums up the agreements told one by one.
    if (/^(series|number|package|raft|slate)$/.test(tokens[noun - 2]?.lower ?? '') && tokens[noun - 1]?.lower === 'of') continue;
    if (/^(series|number|package|raft|slate)$/.test(tokens[noun - 3]?.lower ?? '')) continue;
    // "the deal", "this agreement": a lower-case noun after a demonstrative refers back to one already told.
    let d = noun - 1;
    while (d > 0 && /^[\d-]|^\d+-year$|^(historic|new|landmark|bilateral|security)$/.test(tokens[d]!.lower)) d--;
    const determiner = tokens[d]?.lower ?? '';
    const named = /^[A-Z]/.test(tokens[noun]!.text) && tokens[noun]!.lower !== 'mou';
    out.push({
      ...base, kind: 'agreement', value: null, qualifier: null,
      parties: partiesOf(sentence, tokens[i]!.start), anaphoric: ['the', 'this', 'that', 'these'].includes(determiner) && !named,
    });
    break;
  }

  // Meetings and visits that took place, one per clause (a list of past meetings gives several).
  if (MAY_MEET.test(sentence) && (!NOT_HAPPENED.test(sentence) || /\b(met|visited|hosted|held talks)\b/.test(sentence))) {
    let offset = 0;
    for (const clause of sentence.split(/;/)) {
      const m = MEETING.exec(clause);
      const failed = m && ((/^talks/i.test(m[1]!) && /\b(collapsed|failed|stalled|broke down|ended without)\b/.test(clause))
        // "talks between the two countries" names no one.
        || (/between$/i.test(m[1]!) && !/^\s+(?:the\s+)?[A-Z]/.test(clause.slice(m.index + m[0].length))));
      if (m && !failed && !NOT_HAPPENED.test(clause.slice(Math.max(0, m.index - 30), m.index))) {
        const at = offset + m.index;
        // "she met her future husband": a meeting that names none of its parties is not news of one.
        if (/^met|^meets/i.test(m[1]!) && !partiesOf(sentence, at)) { offset += clause.length + 1; continue; }
        out.push({
          ...base, kind: 'meeting', value: null, qualifier: null, placeFrom: at, placeTo: offset + clause.length,
          parties: partiesOf(sentence, at),
        });
      }
      offset += clause.length + 1;
    }
  }
  return out;
}
