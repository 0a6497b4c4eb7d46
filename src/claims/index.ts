import type { Article, Claim, ClaimKind, PlaceMention, Qualifier } from '../types.js';
import type { Sentence } from '../language/sentences.js';
import { isCumulative, resolveSentenceDate } from '../language/dates.js';
import { findEntities } from '../language/entities.js';
import { attributionOf } from './attribution.js';
import { findCounts } from './counts.js';
import { findStatements, subjectOf } from './statements.js';
import { WEAPON_INDEX, WEAPONS } from './lexicon.js';
import { matchesAt, tokenize, type Token } from './tokens.js';
import { asClaimPlace, chooseWhere, claimantCountry, defendingCountry, isModifier, listedPlaces, type ClaimPlace } from './where.js';
import { withAirports } from './airports.js';

export interface ClaimInput {
  article: Article;
  /** Body sentences only: debris lines are not sources of claims. */
  sentences: Sentence[];
  places: PlaceMention[];
  dateline: { date: string | null; place: PlaceMention | ClaimPlace | null } | null;
  /** Who speaks in the first person in this article (a statement's author), for unattributed sentences. */
  speaker?: string | null;
}

const NUMBERISH = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozens?|several|multiple|hundreds|thousands|scores|both|all|some|many|numerous|few|no|none|single|a number of)\b/i;
// Words without which a sentence holds no claim of any kind.
const MAY_CLAIM = /\d|\b(?:kill|dead|die|death|fatal|injur|wound|hurt|casualt|launch|fire|firing|sent|intercept|down|destroy|repel|neutrali|suppress|jam|hit|struck|strik|land|fell|impact|evacuat|airport|airspace|flight|damag|raz|flatten|demolish|collaps|burn|ablaze|gutted|wreck|agree|memorand|mou|deal|treat|accord|pact|declaration|framework|ceasefire|truce|arrangement|protocol|guideline|contract|sign|ink|conclu|\bmet\b|meet|talks|visit|host|receiv|summit|toll|execut|slain|massacr|murder|behead|target|attack|shell|bomb|rocket|missile|drone)/i;

const personCache = new Map<string, boolean>();
function isPerson(name: string): boolean {
  let known = personCache.get(name);
  if (known === undefined) {
    known = findEntities(name).some((e) => e.type === 'person');
    if (personCache.size > 10_000) personCache.clear();
    personCache.set(name, known);
  }
  return known;
}

// A sentence that goes on with the one before ("Two other airports were also closed") keeps its source.
const CONTINUES = /\b(also|other|too|further|additional|another|as well|likewise)\b|^(He|She|It|They)\s+(?!is\b|was\b)/;

interface Drafted extends Claim {
  sentence: number;
  finite: boolean;
  anaphoric: boolean;
}

const TOTAL_KINDS: ReadonlySet<ClaimKind> = new Set(['agreement', 'meeting']);

/** The weapon a sentence names, in the guidelines' vocabulary; mixed drone+missile salvos combine. */
function weaponOf(tokens: readonly Token[]): string | null {
  const indices = new Set<number>();
  for (let i = 0; i < tokens.length; i++) for (const m of matchesAt(tokens, i, WEAPON_INDEX)) indices.add(m.value);
  if (!indices.size) return null;
  // The lexicon lists the more specific weapons first ("ballistic missile" before "missile").
  const found = [...indices].sort((a, b) => a - b).map((i) => WEAPONS[i]!.name);
  const drone = found.includes('drone');
  const missile = found.find((w) => w.endsWith('missile'));
  if (drone && missile) return 'drone and missile';
  return found[0]!;
}

/** Same fact stated twice: same kind, value and qualifier, and places that agree (or are unknown). */
function sameFact(a: Drafted, b: Drafted): boolean {
  if (a.kind !== b.kind || a.value !== b.value || a.qualifier !== b.qualifier) return false;
  if (TOTAL_KINDS.has(a.kind)) return false;
  const wa = a.where?.text.toLowerCase() ?? '';
  const wb = b.where?.text.toLowerCase() ?? '';
  if (!wa || !wb) return true;
  const words = (s: string): string[] => s.replace(/\b(the|region|oblast|province|district|city)\b/g, '').split(/\W+/).filter(Boolean);
  const [x, y] = [words(wa), words(wb)];
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

/**
 * Extracts the attributed claims of an article: every count of the FORMAT kinds, every
 * damage, closure, agreement and meeting, with its place, date, claimant and evidence sentence.
 */
export function extractClaims(input: ClaimInput): Claim[] {
  const { article, sentences } = input;
  const text = article.text;
  const allPlaces = withAirports(text, sentences, input.places).sort((a, b) => a.start - b.start);
  const reference = article.published ?? input.dateline?.date ?? null;
  const drafts: Drafted[] = [];
  const speaker = input.speaker ?? speakerOf(article.title);
  let lastClaimant: string | null = null;
  let lastPerson: string | null = null;
  let lastGroup: string | null = null;
  let lastParagraph = -1;
  let lastWhere: ClaimPlace | null = null;
  let lastDate: string | null = null;
  let articleWeapon: string | null = null;

  let cursor = 0;
  sentences.forEach((s, si) => {
    // The mentions of this sentence only: sentences and mentions are both in text order.
    while (cursor < allPlaces.length && allPlaces[cursor]!.start < s.start) cursor++;
    let last = cursor;
    while (last < allPlaces.length && allPlaces[last]!.start < s.end) last++;
    const places = allPlaces.slice(cursor, last);
    if (s.paragraph !== lastParagraph) {
      lastWhere = null;
      lastParagraph = s.paragraph;
    }
    const attribution = attributionOf(s.text);
    const sameLine = si > 0 && !text.slice(sentences[si - 1]!.end, s.start).includes('\n');
    let claimant = attribution.claimant;
    // "he said" points back to the last person who spoke, "it said" to the last organisation.
    if (!claimant && attribution.pronoun) claimant = (attribution.pronounKind === 'person' ? lastPerson : lastGroup) ?? lastClaimant;
    else if (!claimant && sameLine && CONTINUES.test(s.text)) claimant = lastClaimant;
    claimant ??= speaker;
    if (attribution.claimant) {
      lastClaimant = attribution.claimant;
      if (isPerson(attribution.claimant)) lastPerson = attribution.claimant;
      else lastGroup = attribution.claimant;
    } else if (!sameLine && !attribution.pronoun) lastClaimant = null;

    const date = resolveSentenceDate(s.text, reference);
    const when = date ? date.date : isCumulative(s.text) ? null : lastDate ?? input.dateline?.date ?? reference;
    if (date) lastDate = date.date;
    const tokens = tokenize(s.text);
    const own = weaponOf(tokens);
    const weapon = own ?? articleWeapon;
    articleWeapon ??= own;

    // Most sentences state no count and no statement: a cheap test spares them the full rules.
    if (!MAY_CLAIM.test(s.text)) {
      // A sentence without claims still sets the scene for the ones that follow.
      const scene = places.length ? chooseWhere(text, places, { from: s.start, to: s.end, attachedAt: null }) : null;
      if (scene) lastWhere = asClaimPlace(scene, text);
      return;
    }
    const counts = NUMBERISH.test(s.text) ? findCounts(s.text, tokens) : [];
    const statements = findStatements(s.text, new Set(counts.map((c) => c.kind)), tokens);
    const base = drafts.length;
    const sentenceWhere = chooseWhere(text, places, { from: s.start, to: s.end, attachedAt: null });
    const evacuatedFrom = counts.some((c) => c.kind === 'evacuated') ? chooseWhere(text, places, { from: s.start, to: s.end, attachedAt: null, fromIsPlace: true }) : null;
    for (const c of counts) {
      let where: ClaimPlace | null = null;
      const attached = c.placeFrom !== null ? chooseWhere(text, places, { from: s.start + c.placeFrom, to: s.end, attachedAt: s.start + c.placeFrom }) : null;
      const inHead = places.find((m) => m.role === 'location' && m.start >= s.start + c.headStart && m.end <= s.start + c.end && !isModifier(text, m));
      if (inHead) where = asClaimPlace(inHead, text);
      else if (attached && c.placeFrom !== null && attached.start - (s.start + c.placeFrom) < 40) where = asClaimPlace(attached, text);
      else if (c.partOf !== null) where = drafts[base + c.partOf]?.where ?? null;
      else if (c.kind === 'evacuated' && evacuatedFrom) where = asClaimPlace(evacuatedFrom, text);
      // A country named in passing ("the United States and our allies delivered…") is not where an interception was.
      else if (hasParts(counts, c) && totalWhere(text, places, s, counts, claimant)) where = totalWhere(text, places, s, counts, claimant);
      else if (sentenceWhere && !(c.kind === 'intercepted' && sentenceWhere.place?.precision === 'country' && !/\b(over|above|in|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, sentenceWhere.start - 10), sentenceWhere.start)))) where = asClaimPlace(sentenceWhere, text);
      if (!where && c.kind === 'intercepted') {
        const country = defendingCountry(text, places, s.start, s.end, claimant);
        if (country) where = asClaimPlace(country);
      }
      if (!where) {
        const own = claimantCountry(places, s.start, s.end, claimant);
        if (own) where = asClaimPlace(own);
      }
      // "shot down 45 of the 60 drones": the launch was where the interception was.
      if (!where && c.kind === 'launched' && drafts.length > base) where = drafts[drafts.length - 1]!.where;
      // A new line of a report starts afresh: its own country beats the place of the line before.
      if (!where && !sameLine) {
        const country = places.find((m) => m.place?.precision === 'country' && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)));
        if (country) where = asClaimPlace(country);
      }
      where ??= lastWhere ?? input.dateline?.place ?? null;
      const each = c.eachFrom !== null ? listedPlaces(text, s.start + c.eachFrom, s.end, places, true) : [];
      for (const listed of each.slice(1)) {
        drafts.push({
          kind: c.kind, value: c.value, qualifier: c.qualifier as Qualifier, weapon, when, where: listed, claimant,
          evidence: { start: s.start, end: s.end }, partOf: c.partOf === null ? null : base + c.partOf, sentence: si, finite: c.finite, anaphoric: false,
        });
      }
      if (each.length) where = each[0]!;
      drafts.push({
        kind: c.kind, value: c.value, qualifier: c.qualifier as Qualifier, weapon: ['killed', 'injured', 'evacuated', 'damaged', 'launched', 'intercepted', 'hit'].includes(c.kind) ? (c.headText && weaponOf(tokenize(c.headText))) || weapon : null,
        when, where, claimant: clauseClaimant(s.text, c.start) ?? claimant, evidence: { start: s.start, end: s.end },
        partOf: c.partOf === null ? null : base + c.partOf, sentence: si, finite: c.finite, anaphoric: false,
      });
    }
    for (const st of statements) {
      let where: ClaimPlace | null = null;
      if (st.whereText) {
        const at = text.indexOf(st.whereText, s.start);
        where = { text: st.whereText, place: places.find((m) => m.start >= at && m.end <= at + st.whereText!.length)?.place ?? null };
      } else if (st.kind === 'agreement' || st.kind === 'meeting') {
        const m = chooseWhere(text, places.filter((p) => /\b(in|at|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 8), p.start))), { from: s.start + st.placeFrom, to: s.start + st.placeTo, attachedAt: null });
        where = m ? asClaimPlace(m, text) : input.dateline?.place ?? null;
        // "holds a meeting with Sudanese officials": the guests' country, when nothing else places it.
        if (!where && st.kind === 'meeting') {
          const guest = places.find((p) => p.start >= s.start + st.placeFrom && p.end <= s.start + st.placeTo && p.place?.precision === 'country');
          if (guest) where = asClaimPlace(guest);
        }
      } else {
        const m = chooseWhere(text, places, { from: s.start + st.placeFrom, to: s.start + st.placeTo, attachedAt: null });
        const country = st.kind === 'airport_closed' ? defendingCountry(text, places, s.start, s.start + st.placeTo, claimant) : null;
        where = m ? asClaimPlace(m, text) : country ? asClaimPlace(country) : null;
        where ??= lastWhere ?? input.dateline?.place ?? null;
      }
      // "hit logistics hubs in Saint Petersburg and Tver": one damage claim per place listed.
      const also: ClaimPlace[] = [];
      if (st.kind === 'damaged' && where) {
        const first = chooseWhere(text, places, { from: s.start + st.placeFrom, to: s.start + st.placeTo, attachedAt: null, container: false });
        const listed = first ? listedPlaces(text, first.start, s.end, places) : [];
        if (listed.length > 1) {
          where = listed[0]!;
          also.push(...listed.slice(1));
        }
      }
      for (const place of also) {
        drafts.push({ kind: 'damaged', value: null, qualifier: 'unknown', weapon, when, where: place, claimant, evidence: { start: s.start, end: s.end }, partOf: null, sentence: si, finite: true, anaphoric: false });
      }
      const party = st.kind === 'agreement' || st.kind === 'meeting';
      drafts.push({
        kind: st.kind, value: st.value, qualifier: st.qualifier, weapon: st.kind === 'damaged' ? weapon : null,
        when: party ? (date?.date ?? lastDate ?? input.dateline?.date ?? reference) : when, where,
        claimant: party ? st.parties ?? claimant : (!attribution.claimant && ACTING_KINDS.has(st.kind) ? actingAuthority(s.text) : null) ?? claimant,
        evidence: { start: s.start, end: s.end },
        partOf: null, sentence: si, finite: true, anaphoric: st.anaphoric,
      });
    }
    const used = drafts.slice(base).find((d) => d.where)?.where ?? (sentenceWhere ? asClaimPlace(sentenceWhere, text) : null);
    if (used) lastWhere = used;
  });
  return dedupe(drafts);
}

function sharesName(a: string | null, b: string | null): boolean {
  const names = (s: string | null): string[] => (s ?? '').match(/\b[A-Z][a-z]{2,}\b/g)?.filter((w) => !/^(The|President|Minister|Prime|Vice|Secretary|General)$/.test(w)) ?? [];
  const nb = names(b);
  return names(a).some((w) => nb.includes(w));
}

function hasParts(counts: readonly { partOf: number | null }[], c: { partOf: number | null }): boolean {
  const i = counts.indexOf(c);
  return c.partOf === null && counts.some((o) => o.partOf === i);
}

/**
 * The place of a total whose parts name places ("five killed …, including two at Nuseirat"): a
 * place said before the parts, else the one the claimant names ("the Gaza Health Ministry").
 */
function totalWhere(text: string, places: readonly PlaceMention[], s: Sentence, counts: readonly { partOf: number | null; start: number }[], claimant: string | null): ClaimPlace | null {
  const firstPart = counts.find((o) => o.partOf !== null);
  const before = firstPart ? chooseWhere(text, places, { from: s.start, to: s.start + firstPart.start, attachedAt: null }) : null;
  if (before) return asClaimPlace(before, text);
  const named = claimant ? places.find((m) => m.role === 'location' && m.place && claimant.includes(m.text)) : undefined;
  return named ? asClaimPlace(named, text) : null;
}

// "Pakistan closes its airspace": for closures and evacuations the acting authority is the source.
const ACTING_KINDS: ReadonlySet<ClaimKind> = new Set(['airport_closed', 'evacuated', 'flights_disrupted']);
const ACTS = /^\s*(?:has\s+|have\s+|also\s+|temporarily\s+)*(?:clos|shut|suspend|halt|evacuat|order|ground|cancel|divert)/i;

function actingAuthority(sentence: string): string | null {
  const subject = subjectOf(sentence);
  if (!subject || /\b(Airport|Airports)$/.test(subject)) return null;
  return ACTS.test(sentence.slice(sentence.indexOf(subject) + subject.length)) ? subject : null;
}

// A statement's author, named in its title ("Statement from President Joe Biden on …"), speaks its unattributed sentences.
const AUTHORED = /^(?:Statement|Remarks|Readout|Message|Letter|Op-Ed)\s+(?:from|by|of)\s+(.+?)\s+(?:on|regarding|about|to|in|at|for|after)\b/;

function speakerOf(title: string | null): string | null {
  return (title && AUTHORED.exec(title)?.[1]) || null;
}

// "60 were killed, Iranian television reports, while Israel claims three died": each clause has its source.
const CLAUSES = /,\s*(?:while|whereas|but)\s+|;\s*/g;
const HAS_CLAUSES = /,\s*(?:while|whereas|but)\s+|;/;

function clauseClaimant(sentence: string, offset: number): string | null {
  if (!HAS_CLAUSES.test(sentence)) return null;
  let start = 0;
  for (const m of sentence.matchAll(CLAUSES)) {
    if (offset < m.index!) return start === 0 ? null : attributionOf(sentence.slice(start, m.index)).claimant;
    start = m.index! + m[0].length;
  }
  return start === 0 ? null : attributionOf(sentence.slice(start)).claimant;
}

/** Keeps one claim per fact: a restatement is dropped, preferring the main-clause statement. */
function dedupe(drafts: Drafted[]): Claim[] {
  const keep: boolean[] = drafts.map(() => true);
  drafts.forEach((d, i) => {
    if (d.anaphoric && drafts.some((o, j) => j !== i && o.kind === d.kind && keep[j])) keep[i] = false;
    // A meeting restated without a place ("this is their fifth meeting") is the one already told.
    if (d.kind === 'meeting' && !d.where && drafts.some((o, j) => j < i && o.kind === 'meeting' && keep[j] && sharesName(o.claimant, d.claimant))) keep[i] = false;
    // A meeting must name who met: "talks between the two countries" does not.
    if (d.kind === 'meeting' && d.claimant !== null && !/[A-Z]/.test(d.claimant)) keep[i] = false;
  });
  for (let i = 0; i < drafts.length; i++) {
    if (!keep[i] || drafts[i]!.partOf !== null) continue;
    for (let j = i + 1; j < drafts.length; j++) {
      if (!keep[j] || drafts[j]!.partOf !== null || drafts[j]!.sentence === drafts[i]!.sentence) continue;
      if (!sameFact(drafts[i]!, drafts[j]!)) continue;
      // The participle summary ("…, killing one") yields to the sentence that reports the fact.
      if (!drafts[i]!.finite && drafts[j]!.finite) keep[i] = false;
      else keep[j] = false;
      if (!keep[i]) break;
    }
  }
  const index = new Map<number, number>();
  const out: Claim[] = [];
  drafts.forEach((d, i) => {
    if (!keep[i]) return;
    index.set(i, out.length);
    const { sentence: _s, finite: _f, anaphoric: _a, ...claim } = d;
    out.push(claim);
  });
  return out.map((c) => (c.partOf === null ? c : { ...c, partOf: index.get(c.partOf) ?? null }));
}
