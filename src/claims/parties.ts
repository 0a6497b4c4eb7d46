import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlaceMention } from '../types.js';
import { findEntities, type Sentence } from '../language/index.js';
import { countryOfName } from '../places/index.js';
import { countryForm } from './partyphrase.js';

/** A sentence that names a country, kept until a party asks whose a person is. */
interface Pending {
  text: string;
  start: number;
  countries: readonly PlaceMention[];
}

const isCountry = (p: PlaceMention): boolean => p.place?.precision === 'country';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The word must be in the text for the pattern to find it there: most are not, and build no pattern.
const wordIn = (word: string, text: string): boolean => text.includes(word) && new RegExp(`(?<![\\w'’])${escape(word)}(?![\\w])`).test(text);
// "Ferdinand R. Marcos Jr.": generational suffixes and initials are no surname.
const NOT_SURNAME = /^(?:Jr|Sr|II|III|IV|[A-Z])\.?$/;

/**
 * The states the parties of a meeting or agreement act for. A story names leaders and ministers
 * ("Armenian Prime Minister X and Azerbaijani President Y met"), while the meeting is between
 * Armenia and Azerbaijan: the claimant gives the states first, then the people as the text named them.
 */
export class PartyStates {
  private readonly pending: Pending[] = [];
  /** A person's name or surname -> the country their title named earlier in the story (null: two countries). */
  private readonly byName = new Map<string, string | null>();

  /** Remembers a sentence that names a country (its people may be named by surname alone later). */
  add(s: Sentence, places: readonly PlaceMention[]): void {
    const countries = places.filter(isCountry);
    if (countries.length) this.pending.push({ text: s.text, start: s.start, countries });
  }

  /** The parties with the states they act for before them, when every party names or stands for one state. */
  withStates(parties: string | null, places: readonly PlaceMention[]): string | null {
    if (!parties) return parties;
    const countries = places.filter(isCountry);
    const states: string[] = [];
    let changed = false;
    const parts = parties.split(/\s+and\s+/);
    // Parties given as written, a lone country abbreviation written out ("the U.S." -> "the United States").
    // "U.S. and Hamas envoys": words before a noun of people they share are its modifiers, kept as written.
    const shared = parts.length > 1 && /\s[a-z][\w'’-]*$/.test(parts.at(-1)!);
    const written = (): string => parts.map((p) => (shared && !/\s/.test(p) ? p : countryForm(p))).join(' and ');
    for (const party of parts) {
      // "European, Turkish and Egyptian envoys": a list of peoples, not one party per state.
      if (/^[A-Z][\w'’-]*,/.test(party)) return written();
      const bare = party.replace(/^the\s+/i, '');
      const named = stateNamed(bare, countries);
      if (named === undefined) return written();
      // A country named as itself stays as written ("Moscow and Kyiv" are not touched; "Russian delegations" are Russia's);
      // one named by its abbreviation ("U.S.", "UK") is written out, with the abbreviation kept beside it.
      if (named && named.role !== 'demonym' && (named.text === bare || named.place!.name === bare) && countryForm(bare) === bare) {
        states.push(bare);
        continue;
      }
      // "… and Ukraine" (a visit's host, told by its city in the sentence): a country's own name is its state.
      if (!named && countryOfName(bare)?.name === bare) {
        states.push(bare);
        continue;
      }
      const state = named?.place!.name ?? this.stateOf(bare) ?? leaderState(bare);
      // "Trump and Zelenskyy and European leaders": a party of no one state stays as written beside the states of the others.
      if (!state && parts.length < 2) return written();
      states.push(state ?? countryForm(party));
      changed ||= !!state;
    }
    // "Israel and Israel": one state's two officials are no meeting between states.
    if (!changed || new Set(states).size < states.length) return written();
    return `${states.join(' and ')} (${parties})`;
  }

  /** The state a person named by the story with a country in their title stands for ("Pashinyan" -> Armenia). */
  private stateOf(party: string): string | null {
    const words = party.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !NOT_SURNAME.test(w));
    const surname = words.at(-1);
    if (!surname) return null;
    this.read();
    return this.byName.get(party) ?? this.byName.get(surname) ?? null;
  }

  private read(): void {
    for (const { text, start, countries } of this.pending.splice(0)) {
      for (const e of findEntities(text)) {
        if (e.type !== 'person' || !e.name) continue;
        // "Armenian Prime Minister Nikol Pashinyan", "President Yoon Suk Yeol of the Republic of Korea".
        const own = countries.filter((c) => {
          const at = c.start - start;
          return (at >= e.start && c.end - start <= e.end) || (at >= e.end && /^,?\s+of\s+(?:the\s+)?$/.test(text.slice(e.end, at)));
        });
        const codes = new Set(own.map((c) => c.place!.country ?? c.place!.name));
        if (codes.size !== 1) continue;
        const state = own[0]!.place!.name;
        const name = e.name.split(/['’]s\b/)[0]!.trim();
        const surname = name.split(/\s+/).filter((w) => !NOT_SURNAME.test(w)).at(-1);
        for (const key of [name, surname]) {
          if (!key) continue;
          const known = this.byName.get(key);
          this.byName.set(key, known === undefined || known === state ? state : null);
        }
      }
    }
  }
}

/** The states leaders act for (data/claims/leaders.json), validated at load. */
const LeadersFile = z.object({ why: z.string(), states: z.record(z.string().min(2), z.array(z.string().min(2))) });
function loadLeaders(): Map<string, string> {
  const parsed = LeadersFile.safeParse(JSON.parse(readFileSync(new URL('../../data/claims/leaders.json', import.meta.url), 'utf8')));
  if (!parsed.success) throw new Error(`data/claims/leaders.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const byForm = new Map<string, string>();
  for (const [state, forms] of Object.entries(parsed.data.states)) for (const form of forms) byForm.set(form, state);
  return byForm;
}
const LEADERS = loadLeaders();
// The leaders' forms, longest first, as whole words ("Xi" is not read inside "Xinhua").
const LEADER_FORM = new RegExp(`(?<![\\w'’-])(?:${[...LEADERS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w'’-])`, 'g');

/** The one state the leaders a party names act for ("President Donald Trump" -> United States), else null. */
function leaderState(party: string): string | null {
  const states = new Set([...party.matchAll(LEADER_FORM)].map((m) => LEADERS.get(m[0])!));
  return states.size === 1 ? [...states][0]! : null;
}

/**
 * The one state a party's own words name ("Armenian Prime Minister X", "Jordan's King Y", "his
 * Ugandan counterpart"): null when it names none, undefined when it names several (a list of countries).
 */
function stateNamed(party: string, countries: readonly PlaceMention[]): PlaceMention | null | undefined {
  // "the United States" written for "U.S.": the state's own name counts as well as the words the text used.
  const inside = countries.filter((c) => wordIn(c.text, party) || wordIn(c.place!.name, party));
  const codes = new Set(inside.map((c) => c.place!.country ?? c.place!.name));
  if (codes.size > 1) return undefined;
  return inside[0] ?? null;
}
