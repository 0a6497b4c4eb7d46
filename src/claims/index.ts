import type { Article, Claim, ClaimKind, PlaceMention, Qualifier } from '../types.js';
import { annotateSentence, resolveSentenceDate, sentenceTokens, type Sentence, type SentenceDater } from '../language/index.js';
import { findCounts, type CountDraft } from './counts.js';
import { findStatements, mayState, type StatementDraft } from './statements.js';
import { tokenize } from './tokens.js';
import { asClaimPlace, chooseWhere, type ClaimPlace } from './where.js';
import { withAirports } from './airports.js';
import { SitedMentions } from './sites.js';
import { withSettlements } from './settlements.js';
import { weaponOf } from './weapons.js';
import { actingAuthority, clauseSources, SourceTracker } from './sources.js';
import { sentenceWords } from './wordclasses.js';
import { AreaMemory } from './area.js';
import { eachPlaces, narrowest, placeOfCount, placesOfStatement, type Scene } from './placing.js';
import { dedupe, sharesName, type Drafted } from './dedupe.js';
import { PartyStates } from './parties.js';
import { isPairOfParties, PairMemory } from './pairs.js';
import { wireDateline } from '../clean/index.js';
import { isAcronymPlace, isAwayName, isBuildingName, isReferencePlace, officePlace } from './whererules.js';
import { withConfidence } from './confidence.js';
import { withoutUnreal } from './notfacts.js';
import { withoutBackgroundCounts } from './countbackground.js';
import { ARMED_KINDS } from './kinds.js';
import { EDITORIAL_NOTE } from './prefilter.js';
import { SentenceDates } from './sentencedates.js';
import { shareOfSalvo, venuesToldLater } from './neighbourclaims.js';
import { headlinePlaces, type HeadlinePlaces } from './headlineplaces.js';
import { ArticleView, LazyReading, PlacesOnAsk, SentenceScene, type Reading } from './sentencereading.js';
import { claimsSomething, HAS_CLAIM_WORD, lineStart, mayClaim, numberish, upToLastClaim, type Found, type Told } from './told.js';

export { CLAIM_KINDS, FORMAT_KINDS, TALLY_KINDS } from './kinds.js';
export { mayClaim } from './told.js';

export interface ClaimInput {
  article: Article;
  /** Body sentences only: debris lines are not sources of claims. */
  sentences: Sentence[];
  /** The headline line opening the text, with its places: read for its figures alone (clean: a title line is debris). */
  headline?: { sentence: Sentence; places: PlaceMention[] } | null;
  /** A title the text does not open with, and its places (offsets index the title): read only for where the story is. */
  title?: { text: string; places: PlaceMention[] } | null;
  places: PlaceMention[];
  dateline: { date: string | null; place: PlaceMention | ClaimPlace | null } | null;
  /** Who speaks in the first person in this article (a statement's author), for unattributed sentences. */
  speaker?: string | null;
  /** The article's sentence dates, shared with the other stages (language: sentenceDater). */
  dateOf?: SentenceDater;
}

const MIXED_SALVO = /^\s+(?:and|or)\s+((?:ballistic\s+|cruise\s+|guided\s+)?(?:missiles?|drones?|rockets?))\b/i;
// The meeting rules of calls (data/rules/claims-meeting.json: phone-call, spoke-by-phone, call-with, phoned …).


/**
 * Extracts the attributed claims of an article: every count of the FORMAT kinds, every
 * damage, closure, agreement and meeting, with its place, date, claimant and evidence sentence.
 * Sentences are read in order; what one sentence says (its source, place, date, weapon) carries
 * to the ones that continue it.
 */
export function extractClaims(input: ClaimInput): Claim[] {
  return extractClaimsOf([input])[0]!;
}

/**
 * The claims of a batch of articles, each exactly what extractClaims gives it. What each sentence claims of its own
 * words is found for the whole batch first, then each story is followed: the count and statement rules, then the
 * source, scene and place readers, each stay in the processor's caches over the batch (see src/pipeline.ts).
 */
export function extractClaimsOf(inputs: readonly ClaimInput[]): Claim[][] {
  const readers = inputs.map((input) => new ArticleReader(input));
  // In phases over the whole batch, each kind of work over every sentence before the next kind: the count rules and
  // steps, then the statement rules and matcher, stay in the processor's caches over the batch.
  const told = readers.map((reader, k) => inputs[k]!.sentences.map((s, si) => reader.open(s, si)));
  readers.forEach((reader, k) => { for (const t of told[k]!) reader.count(t); });
  readers.forEach((reader, k) => { for (const t of told[k]!) reader.state(t); });
  // The sentences each story is followed over are then known (up to its last that claims): what each says of its own
  // places and source, in phases too.
  const followed = told.map(upToLastClaim);
  readers.forEach((reader, k) => { for (const t of followed[k]!) reader.readAhead(t); });
  return readers.map((reader, k) => {
    const input = inputs[k]!;
    for (const t of told[k]!) reader.take(t);
    return withConfidence(dedupe(venuesToldLater([...headlineCounts(input), ...reader.drafts], input.article.text)));
  });
}

/**
 * "Ukraine downs 42 of 55 Russian drones": a wire item's or page's headline may state figures its body
 * does not repeat. It is read apart (its place sets no scene for the body), and only its counts are kept:
 * its meetings, agreements and uncounted damage are the body's told again (dedupe merges counts told twice).
 */
function headlineCounts(input: ClaimInput): Drafted[] {
  const head = input.headline;
  if (!head) return [];
  const reader = new ArticleReader({ ...input, sentences: [head.sentence], places: head.places });
  reader.read(head.sentence, 0);
  return reader.drafts.filter((d) => d.value !== null).map((d) => ({ ...d, sentence: -1 }));
}


/** The state carried from sentence to sentence of one article, and the claims drafted so far. */
class ArticleReader {
  readonly drafts: Drafted[] = [];
  private readonly text: string;
  // The text's mentions with its airports, settlements and sites, read per sentence when asked (sites.ts).
  private mentionsRead: SitedMentions | null = null;
  private readonly reference: string | null;
  private readonly datelinePlace: ClaimPlace | PlaceMention | null;
  private sourcesRead: SourceTracker | null = null;
  private readonly dates: SentenceDates;
  private lastParagraph = -1;
  private lastWhere: ClaimPlace | null = null;
  private storyWhere: ClaimPlace | null = null;
  // The area the report is about and the towns told in it: a summary after them is the area's.
  private readonly areas = new AreaMemory();
  // The kind of claim that last set the place: an airport closed is no scene for the casualties after it.
  private lastWhereKind: ClaimKind | null = null;
  private articleWeapon: string | null = null;
  // Each local official's own place ("The Penza governor, Oleg Melnichenko"), kept for when they speak again.
  private readonly officeOf = new Map<string, ClaimPlace>();
  // The last meeting placed by its own sentence: the next sentence's agreement or meeting may be held there.
  private lastMeeting: { sentence: number; where: ClaimPlace; claimant: string | null } | null = null;
  // The states the people of a meeting or agreement act for, as the story named them.
  private readonly parties = new PartyStates();
  // The parties told last, for a meeting or agreement whose parties are told again as "the two sides".
  private readonly pairs = new PairMemory();
  // The sentences read whose source, scene and weapon the story has not been followed over yet (read).
  private readonly unfollowed: Told[] = [];
  // Damage claims placed from their own clause's words (StatementDraft.placeFrom past the sentence's start).
  private readonly ownClause = new WeakSet<Drafted>();
  // The headline's places once read (undefined before), null past a topic heading.
  private headlineRead: HeadlinePlaces | null | undefined = undefined;

  constructor(private readonly input: ClaimInput) {
    const { article } = input;
    this.text = article.text;
    this.reference = article.published ?? input.dateline?.date ?? null;
    this.datelinePlace = input.dateline?.place ?? null;
    this.dates = new SentenceDates(this.reference, input.dateOf ?? resolveSentenceDate);
  }

  /*
   * What only a sentence whose places are read, or the story's following, asks is made on first ask: most sentences
   * of most articles never ask (the mentions with their airports, settlements and sites; the source tracker; the headline's places).
   */
  private get mentions(): SitedMentions {
    const { sentences } = this.input;
    return (this.mentionsRead ??= new SitedMentions(this.text, sentences, withAirports(this.text, sentences, withSettlements(sentences, this.input.places))));
  }

  private get sources(): SourceTracker {
    const { article, speaker } = this.input;
    return (this.sourcesRead ??= new SourceTracker(article.title, speaker, article.meta?.outlet));
  }

  /** The places the headline names, a scene the body may not name again (until a topic heading begins another story). */
  private get headline(): HeadlinePlaces | null {
    if (this.headlineRead !== undefined) return this.headlineRead;
    const { headline, title } = this.input;
    return (this.headlineRead = headline ? headlinePlaces(this.text, headline.sentence.start, headline.sentence.end, headline.places)
      : title ? headlinePlaces(title.text, 0, title.text.length, title.places) : null);
  }

  /** A sentence's places: its mentions from the dateline's end on, less acronyms and references. */
  private placesOf(t: Told): PlaceMention[] {
    const from = t.s.start + t.filedFrom;
    return (t.places ??= this.mentions.in(t.si).filter((m) => m.start >= from && !isAcronymPlace(m) && !isReferencePlace(this.text, m)));
  }

  /**
   * Reads sentence `si`. What it claims is found first: it needs nothing of the story before it. What it says of the
   * story (its source, scene, weapon, parties) is followed only once a sentence at or after it claims something:
   * most sentences claim nothing, and what those after the story's last claim say is never asked.
   */
  read(s: Sentence, si: number): void {
    this.take(this.tell(s, si));
  }

  /** What sentence `si` claims of its own words (it needs nothing of the story before it); read in order. */
  tell(s: Sentence, si: number): Told {
    const told = this.open(s, si);
    this.count(told);
    this.state(told);
    return told;
  }

  /**
   * Sentence `si` opened, in order: its tokens, word classes and date text, and whether it may claim (`found` then holds
   * empty lists for count and state to fill, each of the sentence's own words: they need nothing of the story before it).
   */
  open(s: Sentence, si: number): Told {
    const { text } = this;
    // A wire dateline ("KYIV (Reuters) -") says where the reporter is, not where the facts are.
    const filedFrom = lineStart(text, s.start) ? wireDateline(s.text)?.end ?? 0 : 0;
    // The dateline blanked out (offsets kept): "(Reuters) - Four people …" opens with the count.
    const said = filedFrom ? ' '.repeat(filedFrom) + s.text.slice(filedFrom) : s.text;
    const tokens = filedFrom ? tokenize(said) : sentenceTokens(s);
    const words = sentenceWords(tokens);
    this.dates.add(said);
    // Most sentences state no count and no statement: a cheap test spares them the full rules,
    // though their place still sets the scene for the sentences that follow.
    // A wire note on the story's revision ("(Corrects toll to seven, from six)") restates numbers, claims none.
    // The claim words read by class are mayClaim's answer on the sentence's own tokens (mayClaim reads an underscore's sentence whole).
    const claimable = filedFrom || s.text.includes('_') ? mayClaim(s.text) : (words & HAS_CLAIM_WORD) !== 0;
    const found = claimable && !EDITORIAL_NOTE.test(s.text) ? { counts: [], statements: [] } : null;
    return { s, si, filedFrom, said, places: null, tokens, words, found };
  }

  /** The counts a sentence opened states, of its own words (notfacts.ts: denied or only possible ones are no facts; countbackground.ts: history). */
  count(told: Told): void {
    const { said, tokens, words, found } = told;
    if (!found || !numberish(said, words)) return;
    found.counts = withoutBackgroundCounts(withoutUnreal(findCounts(said, tokens, words), said, tokens), said, tokens, this.reference);
  }

  /**
   * The statements a sentence opened states, once its counts are found: a sentence with words the statement rules need gets
   * lemmas and negation/modality scopes for them; its places are read only once a statement rule matches (PlacesOnAsk):
   * most sentences given the rules match none.
   */
  state(told: Told): void {
    const { s, si, filedFrom, said, tokens, words, found } = told;
    if (!found || !mayState(tokens, words)) return;
    const spoken = filedFrom ? { ...s, text: said } : s;
    const { counts } = found;
    found.statements = findStatements(new PlacesOnAsk(annotateSentence(spoken, si, { tokens }), () => this.placesOf(told).filter((p) => p.start >= spoken.start && p.end <= spoken.end)), new Set(counts.map((c) => c.kind)), this.reference, counts);
  }

  /**
   * Takes a sentence told, in order. What it says of the story (its source, scene, weapon, parties) is followed only
   * once a sentence at or after it claims something: most sentences claim nothing, and what those after the story's
   * last claim say is never asked.
   */
  take(told: Told): void {
    this.unfollowed.push(told);
    if (!claimsSomething(told)) return;
    for (const t of this.unfollowed) this.follow(t);
    this.unfollowed.length = 0;
  }

  /**
   * What a sentence the story will be followed over says of its own places and source, read ahead of the following
   * (in order: the first sentence's source may consume the headline glued to it); follow reads them as it goes.
   */
  readAhead(t: Told): void {
    this.placesOf(t);
    t.attribution = this.sources.attribution(t.s.text.slice(t.filedFrom), t.words);
  }

  /** Follows the story over a sentence, in order: its parties, paragraph, source, weapon and scene, then drafts its claims. */
  private follow(t: Told): void {
    const { text } = this;
    const { s, si, filedFrom, said, tokens, words, found } = t;
    const places = this.placesOf(t);
    this.parties.add(s, places);
    this.pairs.noteSentence(si, said, this.text, places);
    // A line without a closing stop is a topic heading of a multi-story page, and a new page section (clean) is
    // another story or live update: the place before it is another story's.
    const heading = si > 0 && ((lineStart(text, s.start) && !/[.!?;:"”’)\]]\s*$/.test(s.text)) || s.section !== this.input.sentences[si - 1]!.section);
    if (s.paragraph !== this.lastParagraph || heading) {
      // The story's place outlives its paragraph, not its heading.
      this.storyWhere = heading ? null : this.lastWhere ?? this.storyWhere;
      if (heading) {
        this.areas.reset();
        // A live page's update goes on telling the story its headline names: an update that names no place is there.
        if (!s.liveUpdate) this.headlineRead = null;
      }
      this.lastWhere = null;
      this.lastParagraph = s.paragraph;
    }
    const sameLine = si > 0 && !text.slice(this.input.sentences[si - 1]!.end, s.start).includes('\n');
    // The tokens hold every word of the text the source is read from (it is their text, or a part of it cut at word edges).
    const { claimant, attribution } = this.sources.next(s.text.slice(filedFrom), sameLine, { sentences: this.input.sentences, index: si }, words, t.attribution);
    const office = attribution.claimant && claimant && !this.officeOf.has(claimant) ? officePlace(text, places, claimant) : null;
    if (office) this.officeOf.set(claimant!, asClaimPlace(office, text));
    if (!found) {
      if (this.articleWeapon === null) this.articleWeapon = weaponOf(tokens, words);
      this.setScene(places, s, sameLine);
      return;
    }
    const own = weaponOf(tokens, words);
    this.articleWeapon ??= own;
    // Dates are read only for sentences that claim something: chrono is costly and most sentences do not.
    const fallback = this.input.dateline?.date ?? this.reference;
    const r = new LazyReading(s, si, said, tokens, places, sameLine, claimant, attribution, own ?? this.articleWeapon, this.dates, fallback);
    this.readClaims(r, found);
  }

  /** A sentence that states nothing still sets the scene for the ones after it. */
  private setScene(places: readonly PlaceMention[], s: Sentence, sameLine: boolean): void {
    const scene = places.length ? chooseWhere(this.text, places, { from: s.start, to: s.end, attachedAt: null }) : null;
    if (!scene) return;
    this.areas.add(places.filter((m) => m.role === 'location').map((m) => asClaimPlace(m, this.text)));
    this.lastWhere = sameLine ? narrowest(this.lastWhere, asClaimPlace(scene, this.text)) : asClaimPlace(scene, this.text);
    this.lastWhereKind = null;
  }

  /** Drafts the claims of a sentence from the counts and statements found in it. */
  private readClaims(r: Reading, { counts, statements }: Found): void {
    const { text, drafts, mentions, officeOf } = this;
    const { s, si, places } = r;
    const sentenceWhere = chooseWhere(text, places, { from: s.start, to: s.end, attachedAt: null, bare: true });
    const scene: Scene = new SentenceScene(
      text, s, places, r.sameLine, r.claimant, this.lastWhere, this.lastWhereKind, this.datelinePlace, sentenceWhere, this.storyWhere, this.areas.summary, this.areas.named,
      mentions, officeOf, new ArticleView(this.input.sentences, si, mentions, this.input.article.title, this.headline),
    );
    const base = drafts.length;
    this.countClaims(r, scene, counts, base);
    this.statementClaims(r, scene, statements);
    const share = counts.length ? null : shareOfSalvo({
      text, sentence: s, si, previous: this.input.sentences[si - 1], drafts, base, places,
      evidence: { start: s.start, end: s.end }, reading: r, claimant: r.claimant,
    });
    if (share) drafts.push(share);
    // "struck Sumy, damaging a house in the Okhtyrka district": damage placed by its own clause is not the scene after it.
    // "four missiles fired from bombers over the Caspian Sea": a launch's origin is no scene of the counts after it.
    const used = drafts.slice(base).find((d) => d.where && !this.ownClause.has(d) && !isAwayName(text, places, d.where))?.where ?? (sentenceWhere ? asClaimPlace(sentenceWhere, text) : null);
    this.areas.add([...places.filter((m) => m.role === 'location').map((m) => asClaimPlace(m, text)), ...drafts.slice(base).map((d) => d.where)]);
    // "meeting at the Sahara Hotel": a building is where that fact was, not the scene later counts inherit.
    if (used && !isBuildingName(used.text)) this.lastWhere = r.sameLine ? narrowest(this.lastWhere, used) : used;
    if (used) this.lastWhereKind = drafts.slice(base).find((d) => d.where === used)?.kind ?? null;
  }

  private countClaims(r: Reading, scene: Scene, counts: readonly CountDraft[], base: number): void {
    const { s, si, claimant } = r;
    const done: Drafted[] = [];
    const clauseClaimant = counts.length ? clauseSources(s.text) : null;
    const evidence = { start: s.start, end: s.end };
    for (const c of counts) {
      const partOf = c.partOf === null ? null : base + c.partOf;
      // "300 drones and missiles": one count of a mixed salvo, its second noun after the head.
      const alsoHead = c.headText ? MIXED_SALVO.exec(s.text.slice(c.end, c.end + 40))?.[1] : undefined;
      // The weapon is read over the count's whole phrase: "30 cruise missiles" names its kind of missile before the head.
      const phrase = c.headText ? s.text.slice(c.start, c.end) : null;
      const countWeapon = ARMED_KINDS.has(c.kind) ? (phrase && weaponOf(tokenize(alsoHead ? `${phrase} and ${alsoHead}` : phrase))) || r.weapon : null;
      const common = { kind: c.kind, rule: c.rule, value: c.value, qualifier: c.qualifier as Qualifier, when: r.when, evidence, partOf, sentence: si, finite: c.finite, anaphoric: false };
      const each = eachPlaces(scene, c);
      for (const listed of each.slice(1)) this.drafts.push({ ...common, weapon: r.weapon, where: listed, claimant });
      // "Israeli authorities evacuated 60,000 residents": with no source named, the authority that acts is it; it is the
      // claimant over the source of its clause too ("…, while the governor said police had evacuated 300 residents").
      const acting = actingAuthority(c.kind, s.text, r.attribution.claimant, c.start);
      const claim: Drafted = { ...common, weapon: countWeapon, where: each[0] ?? placeOfCount(scene, c, counts, done), claimant: acting ?? clauseClaimant?.(c.start) ?? claimant ?? this.sources.carriedFor(c.kind, { sentences: this.input.sentences, index: si }) };
      this.drafts.push(claim);
      done.push(claim);
    }
  }

  /**
   * The parties of a meeting or agreement with the states they act for; when they are read as no pair ("The two sides
   * signed …" reads none, or the words alone), the parties told just before (pairs.ts).
   */
  private partiesOf(si: number, parties: string | null, sentence: string, places: readonly PlaceMention[]): string | null {
    const read = this.parties.withStates(this.sources.expandParties(parties), places);
    if (read && isPairOfParties(read)) return read;
    const pair = this.pairs.resolve(si, parties, sentence);
    if (!pair) return read;
    return pair.told ? pair.parties : this.parties.withStates(this.sources.expandParties(pair.parties), places) ?? pair.parties;
  }

  private statementClaims(r: Reading, scene: Scene, statements: readonly StatementDraft[]): void {
    const { s, si, claimant } = r;
    for (const st of statements) {
      const party = st.kind === 'agreement' || st.kind === 'meeting';
      const common = {
        kind: st.kind, rule: st.rule, value: st.value, qualifier: st.qualifier, weapon: st.kind === 'damaged' || st.kind === 'intercepted' ? r.weapon : null,
        evidence: { start: s.start, end: s.end },
        // An agreement or meeting is dated even in a sentence that counts over a period.
        when: party ? (r.date?.date ?? this.dates.lastUpTo(si) ?? this.input.dateline?.date ?? this.reference) : r.when,
        claimant: party ? this.partiesOf(si, st.parties, s.text, scene.places) ?? claimant : actingAuthority(st.kind, s.text, r.attribution.claimant) ?? claimant ?? this.sources.carriedFor(st.kind, { sentences: this.input.sentences, index: si }),
        partOf: null, sentence: si, finite: true, anaphoric: st.anaphoric,
      };
      if (st.actor) common.claimant = st.actor;
      if (party) this.pairs.noteParties(si, common.claimant);
      const wheres = placesOfStatement(scene, st, statements);
      // "… held a summit in Gyeongju. The two governments signed agreements …": a meeting or agreement its sentence
      // places only by the dateline is held where the meeting of the sentence before was; so is one told by "the two sides"
      // that the sentence does not place at all ("A met B in Lima. The two sides signed an accord.").
      const met = this.lastMeeting;
      if (party && met && met.sentence === si - 1 && (wheres[0] ? !!scene.datelinePlace && wheres[0] === scene.datelinePlace : this.pairs.resolve(si, st.parties, s.text) !== null)) {
        wheres[0] = met.where;
        // "… a summit in Tokyo. Prime Minister X hosted EU leaders.": a meeting of some of the same parties retells it.
        if (st.kind === 'meeting' && sharesName(met.claimant, common.claimant)) common.anaphoric = true;
      }
      if (st.kind === 'meeting' && wheres[0] && wheres[0] !== scene.datelinePlace) this.lastMeeting = { sentence: si, where: wheres[0], claimant: common.claimant };
      // "hit logistics hubs in Saint Petersburg and Tver": one damage claim per place listed, the first last.
      const placed = [...wheres.slice(1), wheres[0] ?? null].map((where) => ({ ...common, where }));
      if (st.kind === 'damaged' && st.placeFrom > 0) for (const d of placed) this.ownClause.add(d);
      this.drafts.push(...placed);
    }
  }
}


export { claimFeatures, scoreFeatures } from './confidence.js';
