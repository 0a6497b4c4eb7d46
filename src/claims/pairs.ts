import type { PlaceMention } from '../types.js';
import { countryOfName } from '../places/index.js';
import { alternation, SOURCES } from './sourcedata.js';

/**
 * The two sides a meeting or agreement names again as a pair ("The two sides signed an accord", "Both countries
 * signed a pact, the ministry said", "The two leaders met again"): the parties of the last meeting or agreement told a
 * few sentences before, else the pair a sentence just before opened with ("A and B ended their dispute."), else the
 * two countries the sentences just before named. GUIDELINES: the claimant of a meeting or agreement is its parties,
 * never the speaker who reports it nor the words "the two sides". Data: sources.json pairAnaphora.
 */
const DATA = SOURCES.pairAnaphora;
// "The two sides", "both countries", "the two governments": the pair standing alone as the subject.
const PAIR = new RegExp(`^(?:the\\s+two|both(?:\\s+the)?|the)\\s+(?:${alternation(DATA.heads)})$`, 'i');
// The pair as the sentence's subject, after an opening phrase set off by a comma ("On Friday, the two sides …").
const OPENS_WITH_PAIR = new RegExp(`^(?:[^,]{0,40},\\s*)?(?:the\\s+two|both(?:\\s+the)?)\\s+(?:${alternation(DATA.heads)})\\b`, 'i');
// A sentence opening with two named parties joined by "and" before a lower-case verb ("Chilean President X and
// Peruvian President Y ended …"), after a wire dateline if any.
const NAMED = `(?:[Tt]he\\s+)?[A-Z][\\w'’.-]*(?:\\s+(?:[A-Z][\\w'’.-]*|of|the))*?`;
const OPENING_PAIR = new RegExp(`^(?:[A-Z][A-Z ]+\\s*\\([^)]*\\)\\s*[-–—]\\s*)?(${NAMED})\\s+and\\s+(${NAMED})\\s+(?=[a-z])`);
const isCountry = (p: PlaceMention): boolean => p.place?.precision === 'country';

/** Whether parties read are two named sides ("A and B"), not a pair word ("the two sides"). */
export const isPairOfParties = (parties: string): boolean => /\sand\s/.test(parties) && !PAIR.test(parties.trim());

/** A pair resolved: its words, and whether a claim already gave them in full (else the caller adds the states). */
export interface Pair { parties: string; told: boolean }

export class PairMemory {
  /** The last meeting or agreement with two parties, by sentence. */
  private lastPair: { sentence: number; parties: string } | null = null;
  /** The sentences read and their places, read only when a pair word asks (most stories never do). */
  private readonly read: { sentence: string; places: readonly PlaceMention[] }[] = [];
  private text = '';

  /** Remembers a sentence and its places (offsets of `text`, the article). */
  noteSentence(si: number, sentence: string, text: string, places: readonly PlaceMention[]): void {
    this.read[si] = { sentence, places };
    this.text = text;
  }

  /** The pair sentence `j` opens with ("A and B ended …"). */
  private openingOf(j: number): string | null {
    const m = this.read[j] ? OPENING_PAIR.exec(this.read[j]!.sentence.trimStart()) : null;
    return m ? `${m[1]} and ${m[2]}` : null;
  }

  /** The countries sentence `j` names, by their names: a demonym ("Chilean President X") names its country. */
  private countriesOf(j: number): string[] {
    return (this.read[j]?.places ?? []).filter(isCountry).map((p) => this.text.slice(p.start, p.end)).map((name) => countryOfName(name)?.name ?? name);
  }

  /** Remembers the parties of a meeting or agreement when there are two. */
  noteParties(si: number, parties: string | null): void {
    if (parties && isPairOfParties(parties)) this.lastPair = { sentence: si, parties };
  }

  /**
   * The pair a sentence's meeting or agreement stands for, when its parties are a pair word ("the two sides") or none
   * while the sentence opens with one; null when it names its parties or no pair was told just before.
   */
  resolve(si: number, parties: string | null, sentence: string): Pair | null {
    if (parties ? !PAIR.test(parties.trim()) : !OPENS_WITH_PAIR.test(sentence.trimStart())) return null;
    if (this.lastPair && si - this.lastPair.sentence <= DATA.reach) return { parties: this.lastPair.parties, told: true };
    const from = Math.max(0, si - DATA.reach);
    for (let j = si - 1; j >= from; j--) {
      const opening = this.openingOf(j);
      if (opening) return { parties: opening, told: false };
    }
    const named: string[] = [];
    for (let j = from; j < si; j++) for (const c of this.countriesOf(j)) if (!named.includes(c)) named.push(c);
    // Exactly two: with more, which two are meant is not told.
    return named.length === 2 ? { parties: `${named[0]} and ${named[1]}`, told: false } : null;
  }
}
