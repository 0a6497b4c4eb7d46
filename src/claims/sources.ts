import type { ClaimKind } from '../types.js';
import { wireDateline } from '../clean/index.js';
import { countryOfName } from '../places/index.js';
import { attributionOf, backwardSource, isOutlet, saysOfItself, stanceSubject, type Attribution } from './attribution.js';
import { ACTING_KINDS, actingAuthority } from './acting.js';
import { TitledPeople } from './people.js';
import { GlossedSources } from './glosses.js';
import { issuerOfStory } from './issuer.js';
import { alternation, SOURCES } from './sourcedata.js';
import { ALIAS, BARE_FORCE, bodyNamedBefore, bodyStandsFor, DOCUMENT, DOCUMENT_FROM, fullNamesIn, GROUP_NOUN, isPerson, SURNAME, lastArmedGroup, MAY_ALIAS, NAMED_FORCE } from './sourceshapes.js';
import { isBackgroundLink, isWitness, quotesOnly, ReportCarry } from './reportcarry.js';
import { addedAfter, namedAfter } from './namedafter.js';
import { CONTINUES, PARTITIVE, withoutLeadingLabels } from './sourcepieces.js';
import { openedQuote, quoteBalance, seriesColon, speakerAfterQuote, type SentenceAt } from './quotes.js';

export type { SentenceAt } from './quotes.js';
export { actingAuthority } from './acting.js';
export { clauseSources } from './clauses.js';

// What a later sentence says when it speaks of the same closure (data: actingTopic).
const ACTING_TOPIC = new RegExp(`\\b(?:${alternation(SOURCES.actingTopic.words)})`, 'i');
// "began evacuating", "had started to evacuate": the act with a verb of starting before it.

// A sentence that may name a source of its own ends the sentences a later "This was reported by X" speaks for.
const MAY_SAY = new RegExp(`\\b(?:according to|${alternation(['said', 'says', 'say', 'reported', 'reports', 'stated', 'told', 'announced', 'added', 'confirmed', 'claimed', 'wrote', 'posted'])})\\b`);


export { NOT_SUBJECTS, readParty, partyBefore, countryForm } from './partyphrase.js';
import { NOT_SUBJECTS, countryForm } from './partyphrase.js';

/**
 * Follows who speaks through an article: the source each sentence names, and the sources that
 * pronouns ("he said"), continuations ("… were also closed") and a statement's author stand for.
 */
export class SourceTracker {
  private last: string | null = null;
  private lastPerson: string | null = null;
  private lastGroup: string | null = null;
  /** How many sentences had been heard when the last organisation spoke. */
  private lastGroupAt = 0;
  private speaker: string | null;

  /** The headline, while it may still open the first sentence glued to it (no full stop between). */
  private headline: string | null;

  constructor(title: string | null, speaker?: string | null, outlet?: string | null) {
    this.headline = title && !/[.!?:;"”]\s*$/.test(title.trim()) ? title.trim() : null;
    this.speaker = speaker ?? issuerOfStory(title, outlet);
    this.people.add(title);
  }

  /**
   * The sentences read so far. What only some sentences ask of them (full names, the last armed group,
   * the forces named) is read from them on first ask: most articles never ask, and the patterns are costly.
   */
  private readonly heard: string[] = [];
  private namesRead = 0;
  private groupsRead = 0;
  private forcesRead = 0;

  /** Full names seen so far, by their last word: "Jesow said" is the "Dahir Amin Jesow" named before. */
  private readonly nameOfLast = new Map<string, string>();
  private get names(): Map<string, string> {
    for (; this.namesRead < this.heard.length; this.namesRead++) fullNamesIn(this.heard[this.namesRead]!, this.nameOfLast);
    return this.nameOfLast;
  }

  private fullName(claimant: string | null): string | null {
    return claimant && SURNAME.test(claimant) ? this.names.get(claimant) ?? claimant : claimant;
  }

  /** The armed group named last in the article so far ("the group said" stands for it). */
  private lastArmed: string | null = null;
  private get armedGroup(): string | null {
    for (let i = this.heard.length - 1; i >= this.groupsRead; i--) {
      const group = lastArmedGroup(this.heard[i]!);
      if (group) { this.lastArmed = group; break; }
    }
    this.groupsRead = this.heard.length;
    return this.lastArmed;
  }

  /** Whether the organisation that spoke last is the armed group named last ("The Taliban claimed the attack. The group said …"). */
  private armedSpokeLast(): boolean {
    const group = this.lastArmed;
    return !!group && !!this.lastGroup && this.lastGroup.includes(group);
  }

  /**
   * The full name a party given by one word stands for: an alias the text introduced ("Mohammed bin
   * Salman, known as MBS"), else a surname of a full name seen before. Parties joined by "and" are read one by one.
   */
  expandParties(parties: string | null): string | null {
    if (!parties) return parties;
    const full = (p: string): string => {
      const alias = this.aliases.get(p);
      if (alias) return alias;
      const named = this.names.get(p);
      // A surname stands for a full name, not for a run of capitalised words opened by a function word ("As Pyongyang").
      return named && !NOT_SUBJECTS.has(named.split(' ')[0]!) ? named : p;
    };
    // A country's abbreviation ("U.S.", "the UK") is kept as written: the states the parties act for are given
    // beside it (parties.ts), or it is written out there when they are not.
    // "He met his Japanese counterpart": the titled person named last before this sentence.
    const one = (p: string): string => (/^(?:He|She)$/.test(p) ? this.people.lastBefore() ?? p : /^[A-Z][\w'’-]*$/.test(p) && !countryForm(p).includes(' ') ? full(p) : this.people.expand(p) ?? p);
    return parties.split(/\s+and\s+/).map(one).join(' and ');
  }

  /**
   * "Airstrikes kill 50 militants Hours after …, NISA said …": a headline glued to the first sentence
   * (no full stop between) is no part of what the sentence attributes; a wire dateline after it neither.
   */
  private withoutHeadline(sentence: string): string {
    const headline = this.headline;
    this.headline = null;
    if (!headline || !sentence.startsWith(headline)) return sentence;
    const rest = sentence.slice(headline.length);
    if (!/^\s+["“‘]?[A-Z0-9]/.test(rest)) return sentence;
    const body = rest.trimStart();
    return body.slice(wireDateline(body)?.end ?? 0);
  }

  /** "the NISA statement" speaks for NISA (by the name the story gave it), "the statement" for the organisation last heard. */
  private issuerOf(source: string): string {
    // "a statement from the department": its issuer.
    const from = /\s(?:from|by)\s/.test(source) ? DOCUMENT_FROM.exec(source) : null;
    if (from) return from[1]!;
    const m = DOCUMENT.exec(source);
    if (!m) return source;
    if (m[1]) return this.aliases.get(m[1]) ?? m[1];
    return this.lastGroup ?? this.last ?? source;
  }

  /** The countries whose armed forces the story named, by country code: the word it used ("Sudanese" of "Sudanese troops"). */
  private readonly forces = new Map<string, string>();

  /** The one country whose forces the story named; with two sides named, "the army" may be either's. */
  private get force(): string | null {
    for (; this.forcesRead < this.heard.length; this.forcesRead++) this.forcesIn(this.heard[this.forcesRead]!);
    return this.forces.size === 1 ? [...this.forces.values()][0]! : null;
  }

  /** The one country whose forces the story named, with this sentence's read after the earlier ones' (reading one twice changes nothing). */
  private forceWith(sentence: string): string | null {
    for (; this.forcesRead < this.heard.length; this.forcesRead++) this.forcesIn(this.heard[this.forcesRead]!);
    this.forcesIn(sentence);
    return this.force;
  }

  private forcesIn(sentence: string): void {
    NAMED_FORCE.lastIndex = 0;
    for (let m = NAMED_FORCE.exec(sentence); m; m = NAMED_FORCE.exec(sentence)) {
      // Only a country or its demonym (the gazetteer's) names whose forces they are ("Five soldiers" does not).
      const country = countryOfName(m[1]!.replace(/['’]s$/, ''));
      if (country && !this.forces.has(country.iso2)) this.forces.set(country.iso2, m[1]!);
    }
  }

  /** The titled people named so far ("the Vice President" is the one named with that title before). */
  private readonly people = new TitledPeople();

  /** Sources named with a glossing phrase ("the mayor of Y, X,"): "the mayor" later stands for X. */
  private readonly glosses = new GlossedSources();

  /** Aliases the text introduced ("… Salman, known as MBS"), by alias. */
  private readonly aliases = new Map<string, string>();

  private remember(sentence: string): void {
    this.people.add(sentence);
    this.heard.push(sentence);
    if (MAY_ALIAS.test(sentence)) for (const m of sentence.matchAll(ALIAS)) if (!this.aliases.has(m[2]!)) this.aliases.set(m[2]!, m[1]!);
  }

  /** A sentence's own words on its source, for `next`; read in the sentences' order (the first may consume the headline). */
  attribution(sentence: string, words?: number): Attribution {
    return attributionOf(withoutLeadingLabels(this.withoutHeadline(sentence)), words);
  }

  /**
   * The claimant of a sentence; `sameLine` says whether it continues the previous sentence's line; `at` where it stands;
   * `words` the attributionWords of its tokens, when the caller has them.
   */
  next(sentence: string, sameLine: boolean, at?: SentenceAt, words?: number, attribution = this.attribution(sentence, words)): { claimant: string | null; attribution: Attribution } {
    const series = at ? this.seriesOver(at) : null;
    const raw = attribution.claimant;
    const named = (raw && at ? namedAfter(raw, at) : null) ?? this.named(raw, sentence);
    this.remember(sentence);
    if (named !== attribution.claimant) attribution.claimant = named;
    let claimant = attribution.claimant;
    // "he said" points back to the last person who spoke, "it said" to the last organisation.
    if (!claimant && attribution.pronoun) claimant = (attribution.pronounKind === 'person' ? this.lastPerson : this.lastGroup) ?? this.last;
    // A list after "X gave these figures:", or a quote of several sentences closed by '…," X said.'
    else if (!claimant) claimant = series ?? (at ? this.quoteOwner(at) ?? this.toldAfter(at) ?? this.toldBefore(at) ?? this.ownerOf(speakerAfterQuote(at) ?? addedAfter(at)) : null) ?? (sameLine && CONTINUES.test(sentence) && !isBackgroundLink(sentence) ? this.last : null) ?? this.partitiveOf(sentence, at);
    if (at && claimant && (attribution.claimant || attribution.pronoun) && /["“”]/.test(sentence)) this.quoted = { claimant, paragraph: at.sentences[at.index]!.paragraph };
    claimant ??= this.speaker;
    this.saidAt = attribution.claimant && at ? at.index : this.saidAt;
    if (at) this.noteActor(sentence, attribution.claimant, at);
    if (at) this.report.note(sentence, attribution.claimant || attribution.pronoun ? claimant : null, at);
    if (attribution.claimant) {
      if (at && ACTING_TOPIC.test(sentence)) this.actingSource = { claimant: this.fullName(attribution.claimant) ?? attribution.claimant, paragraph: at.sentences[at.index]!.paragraph };
      this.told = attribution.backward && at ? { claimant: attribution.claimant, paragraph: at.sentences[at.index]!.paragraph } : null;
      if (raw) this.glosses.note(sentence, raw, attribution.claimant);
      this.glosses.noteTitled(attribution.claimant);
      this.last = attribution.claimant;
      this.noteSpeaker(attribution.claimant);
      const colon = at && raw ? seriesColon(sentence, raw) : -1;
      // A list that starts after the colon in this sentence ends with this paragraph; one after a closing colon may fill the next.
      // "The Ministry of Defence reports:" opening the story: the whole story is the body's own.
      if (at?.index === 0 && colon >= 0 && !/\w/.test(sentence.slice(colon))) this.speaker ??= attribution.claimant;
      // 'X said: "…': a quote after the colon is the series, to its close (none when it closes in this sentence).
      const quoted = colon >= 0 && /^:\s*["“]/.test(sentence.slice(colon));
      this.series = colon >= 0 && (!quoted || quoteBalance(sentence.slice(colon)) > 0)
        ? { claimant: attribution.claimant, paragraph: at!.sentences[at!.index]!.paragraph, followed: quoted || /\w/.test(sentence.slice(colon)), quoted }
        : null;
    } else if (!sameLine && !attribution.pronoun) this.last = null;
    // "The army denied the report. It said …": the pronoun points back to who took the stance.
    const stance = attribution.claimant || attribution.pronoun ? null : stanceSubject(sentence);
    if (stance) this.noteSpeaker(this.named(stance, sentence) ?? stance);
    return { claimant, attribution };
  }

  /** The last person or organisation heard, whom "he said" or "it said" points back to. */
  private noteSpeaker(source: string): void {
    if (isPerson(source)) this.lastPerson = source;
    else [this.lastGroup, this.lastGroupAt] = [source, this.heard.length];
  }

  /** The full source a named one stands for: a surname's full name, "the group", a title, a document's issuer, "the ministry", "the army". */
  private named(said: string | null, sentence?: string): string | null {
    let named = this.fullName(said);
    // "In a statement, the group said it killed ten soldiers": the armed group named before (not one this sentence names
    // after), when the group tells of its own acts or the armed group spoke last; else "the group" is kept as written
    // (GUIDELINES: the source the sentence names): "Gunmen from X attacked …; 50 were wounded, the group said" may be any group's words.
    if (named && GROUP_NOUN.test(named) && this.armedGroup && ((sentence !== undefined && saysOfItself(sentence)) || this.armedSpokeLast())) named = this.armedGroup;
    // "the mayor added" after "the mayor of Y, X, said": the source the glossing phrase named.
    if (named) named = this.glosses.expand(named) ?? named;
    // "the president said": the president the story named; "the U.S. said": the country.
    if (named) named = countryForm(this.people.expand(named) ?? named);
    if (named) named = this.issuerOf(named);
    // "the ministry added" after "The health ministry said": the source named in full before.
    const short = named && /^the\s+([a-z]+)$/i.exec(named);
    const prior = this.lastGroup ?? this.last;
    if (short && prior && prior.toLowerCase() !== named!.toLowerCase() && new RegExp(`^the\\s+(?:[\\w'’-]+\\s+){1,3}${short[1]}$`, 'i').test(prior)) named = prior;
    // "The group, which tracks casualties, said" after "…, the Sudan Doctors Network said": the body named by its kind is the one heard just before.
    else if (short) named = bodyStandsFor(named!, this.lastGroup, this.heard.length + 1 - this.lastGroupAt, isOutlet) ?? bodyNamedBefore(named!, [sentence, this.heard.at(-1)], isOutlet) ?? named;
    // "The army said": the army of the country whose forces the story named last (this sentence's too,
    // read after the earlier ones so that a country keeps the words it was first named with).
    const force = named ? BARE_FORCE.exec(named) : null;
    const country = !force ? null : sentence === undefined ? this.force : this.forceWith(sentence);
    // A possessive takes no article ("Ukraine's air force", never "the Ukraine's air force").
    if (force && country) named = `${/['’]s$/.test(country) ? '' : 'the '}${country} ${force[1]!.toLowerCase()}`;
    return named;
  }

  /**
   * The source of a closure, evacuation or disruption no one is said to report in its sentence: the source named last in
   * its paragraph ("Iraq's aviation authority announced the closure. Flights at two airports were suspended."), else one a
   * later sentence of the paragraph names while it speaks of the closure ("Flights were halted. Rosaviatsia said the limits …").
   */
  private actingSource: { claimant: string; paragraph: number } | null = null;

  /** The source of the report being told, carried to later counts that name none (reportcarry.ts). */
  private readonly report = new ReportCarry();

  /** The index of the last sentence that named its own source. */
  private saidAt = -2;

  /** "Of these, 20 were downed …" opening the paragraph after the sentence that named its source and count: that source. */
  private partitiveOf(sentence: string, at: SentenceAt | undefined): string | null {
    return at && at.index === this.saidAt + 1 && PARTITIVE.test(sentence) ? this.last : null;
  }

  /** The source or acting authority of the sentence read last (an evacuation told next in its paragraph is theirs). */
  private actor: { claimant: string; index: number; paragraph: number; said: boolean } | null = null;
  private actorBefore: { claimant: string; index: number; paragraph: number; said: boolean } | null = null;

  private noteActor(sentence: string, said: string | null, at: SentenceAt): void {
    const paragraph = at.sentences[at.index]!.paragraph;
    // "The mayor, X, ordered an evacuation of the district.": an authority acting with no verb of saying.
    const acting = said ? null : EVACUATING.test(sentence) ? actingAuthority('evacuated', sentence) : null;
    const claimant = said ? this.fullName(said) ?? said : acting;
    this.actorBefore = this.actor;
    this.actor = claimant ? { claimant, index: at.index, paragraph, said: !!said } : null;
  }

  carriedFor(kind: ClaimKind, at?: SentenceAt): string | null {
    if (!at) return null;
    if (!ACTING_KINDS.has(kind)) return this.report.carried(kind, at);
    const here = at.sentences[at.index]!;
    // "The attack came hours after 40 residents were evacuated": background, or another time, is no one's account.
    if (this.report.aside(kind, here.text)) return null;
    if (this.actingSource?.paragraph === here.paragraph) return this.actingSource.claimant;
    // "Governor X said families were being moved out. Eighty people were evacuated.": the authority of the sentence before, in its paragraph.
    const actor = this.actorBefore;
    // A quote that counts nothing speaks for its own sentence (reportcarry.ts): the report before it goes on.
    const actorSaid = actor && at.sentences[actor.index]!.text;
    if (kind === 'evacuated' && actor && actor.index === at.index - 1 && actor.paragraph === here.paragraph && !isWitness(actor.claimant, actorSaid!) && !(actor.said && quotesOnly(actorSaid!))) return actor.claimant;
    for (let j = at.index + 1; j < Math.min(at.sentences.length, at.index + 3); j++) {
      const t = at.sentences[j]!;
      if (t.paragraph !== here.paragraph) break;
      if (!ACTING_TOPIC.test(t.text)) continue;
      const said = attributionOf(t.text).claimant;
      if (said) return this.named(said);
    }
    // Else the source of the report it is told in.
    return this.report.carried(kind, at);
  }

  /** The source a sentence gave for the sentences before it ("This was reported by X."): it goes on over the rest of its paragraph. */
  private told: { claimant: string; paragraph: number } | null = null;

  private toldBefore(at: SentenceAt): string | null {
    return this.told && this.told.paragraph === at.sentences[at.index]!.paragraph ? this.told.claimant : null;
  }

  /**
   * The source a later sentence of the paragraph gives for this one ("Troops shelled 14 villages. This was reported by X."):
   * read up to the first sentence that names a source of its own; the sentence right after may open the next paragraph.
   */
  private toldAfter(at: SentenceAt): string | null {
    const here = at.sentences[at.index]!;
    for (let j = at.index + 1; j < Math.min(at.sentences.length, at.index + 4); j++) {
      const t = at.sentences[j]!;
      if (t.paragraph !== here.paragraph && !(j === at.index + 1 && t.paragraph === here.paragraph + 1)) return null;
      const back = backwardSource(t.text);
      if (back) return this.named(back);
      if (this.maySay(at.sentences, j)) return null;
    }
    return null;
  }

  /** Whether sentence `j` may name a source (MAY_SAY), kept by index: each sentence is asked by the few before it. */
  private maySayOf: readonly unknown[] | null = null;
  private readonly maySaid: (boolean | undefined)[] = [];
  private maySay(sentences: SentenceAt['sentences'], j: number): boolean {
    if (this.maySayOf !== sentences) {
      this.maySayOf = sentences;
      this.maySaid.length = 0;
    }
    return (this.maySaid[j] ??= MAY_SAY.test(sentences[j]!.text));
  }

  /** The source whose words end in a colon ("Officials gave these figures:"), over the rest of its paragraph or the next one when it closed its own. */
  private series: { claimant: string; paragraph: number; followed: boolean; quoted: boolean } | null = null;

  private seriesOver(at: SentenceAt): string | null {
    const series = this.series;
    if (!series) return null;
    const paragraph = at.sentences[at.index]!.paragraph;
    if (paragraph === series.paragraph || (paragraph === series.paragraph + 1 && !series.followed)) {
      series.paragraph = paragraph;
      series.followed = true;
      // A quoted series ends with the sentence that closes the quote.
      if (series.quoted && quoteBalance(at.sentences[at.index]!.text) < 0) this.series = null;
      return series.claimant;
    }
    this.series = null;
    return null;
  }

  /** A quote this sentence opens or goes on with, closed in a later sentence by its source ('…, Two were wounded," the brigade said.'). */
  private quote: { owner: string | null; until: number } | null = null;
  /** The source of the last quote told with its source, in its paragraph. */
  private quoted: { claimant: string; paragraph: number } | null = null;

  private quoteOwner(at: SentenceAt): string | null {
    if (!this.quote || at.index > this.quote.until) {
      const opened = openedQuote(at);
      this.quote = opened && { owner: this.ownerOf(opened.closer) ?? this.quotedBefore(at), until: opened.until };
    }
    return this.quote?.owner ?? this.quotedBefore(at);
  }

  private ownerOf(closing: Attribution | null): string | null {
    if (!closing) return null;
    if (closing.claimant) return this.named(closing.claimant);
    return closing.pronoun ? (closing.pronounKind === 'person' ? this.lastPerson : this.lastGroup) ?? this.last : null;
  }

  /** '"…," he said. "More words."': a quote that goes on after its speaker's, in the same paragraph, is theirs. */
  private quotedBefore(at: SentenceAt): string | null {
    const here = at.sentences[at.index]!;
    return this.quoted && here.paragraph === this.quoted.paragraph && /^\s*["“]/.test(here.text) ? this.quoted.claimant : null;
  }
}

const EVACUATING = /\bevacuat|\bordered\b[^.;]{0,60}\bto\s+(?:leave|move)\b/i;
