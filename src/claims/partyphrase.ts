import { alternation, SOURCES } from './sourcedata.js';

/*
 * A party told by a run of words: names, rank and portfolio words and a noun of people
 * ("Tribal elders and provincial officials", "Syrian leader Ahmed al-Sharaa"), as meetings and agreements name them.
 */

/** Words that open a clause without naming who acts (data/claims/sources.json, notSubjects). */
export const NOT_SUBJECTS: ReadonlySet<string> = new Set(SOURCES.notSubjects.words);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PARTY_MODIFIERS: ReadonlySet<string> = new Set(SOURCES.partyPhrase.modifiers);
const PARTY_HEADS: ReadonlySet<string> = new Set(SOURCES.partyPhrase.heads);
const TITLE_HEADS: ReadonlySet<string> = new Set(SOURCES.partyPhrase.titleHeads);
const PARTY_AFTER: ReadonlySet<string> = new Set(SOURCES.partyPhrase.after);
const WHOLE_LINKS: ReadonlySet<string> = new Set(SOURCES.partyPhrase.wholeLinks);
const PARTY_LINKS: ReadonlySet<string> = new Set(SOURCES.partyPhrase.links);
const PARTICLES = new RegExp(`^(?:${SOURCES.partyPhrase.particles.map(escape).join('|')})$`);
const NAME_GOES_ON = /^\s+(?:der\s+|de\s+la\s+)?[A-Z]/;
const PARTY_TOKEN = /\([A-Z][A-Z.]{1,8}\)|[\w.'’-]+|,|\S/g;

/**
 * The party a run of words opening `text` names: names, rank and portfolio words and a noun of people
 * ("Tribal elders and provincial officials", "Top diplomats from the Group of Seven", "Sudanese officials"),
 * up to the first other word; it must end on a name or a noun of people. `whole` asks that it fill all of `text`.
 */
export function readParty(text: string, whole = false): string | null {
  let end = 0;
  let head = false;
  let name = false;
  let last = 0;
  for (const m of text.matchAll(PARTY_TOKEN)) {
    // "officials." closing the sentence is the noun "officials"; "U.S." keeps its stops.
    const w = /[a-z]{2}\.$/.test(m[0]) ? m[0].slice(0, -1) : m[0];
    const lower = w.toLowerCase();
    // "Ahmed al-Sharaa", "Hassan el-Sayed": a lower-case particle hyphened to a capital is part of a name.
    const capital = /^[A-Z(]|^[a-z]{1,3}-[A-Z]/.test(w);
    const first = m.index === text.search(/\S/);
    // An opening word that names nobody ("The", "They", "After") may only introduce the phrase; an article may ("A Hamas delegation").
    const article = first && /^(?:the|a|an)$/.test(lower);
    if (first && capital && NOT_SUBJECTS.has(w) && !PARTY_MODIFIERS.has(lower) && !article) return null;
    // "Mohammed bin Salman", "Ursula von der Leyen": a lower-case particle between capitalised names links them.
    const particle = !first && PARTICLES.test(w) && NAME_GOES_ON.test(text.slice(m.index + w.length));
    const link = PARTY_LINKS.has(lower) || (whole && WHOLE_LINKS.has(lower)) || article || particle;
    const modifier = PARTY_MODIFIERS.has(lower);
    // A capitalised rank word opening the run ("Top diplomats") is no name; inside it, it is ("Peace Council").
    const named = capital && !(first && (link || modifier)) && lower !== 'the';
    if (PARTY_HEADS.has(lower)) head = true;
    else if (named) name = true;
    else if (!modifier && !link) break;
    last = m.index + w.length;
    // "the Iranian foreign minister": an office naming one person ends the party when no name follows it.
    if (PARTY_HEADS.has(lower) || named || (TITLE_HEADS.has(lower) && !capital && name)) end = last;
  }
  if (whole && text.slice(last).trim()) return null;
  // A full stop closing the sentence is no part of the last name ("in Beijing."), one of an abbreviation is ("U.S.").
  const party = text.slice(0, end).trim().replace(/[,\s]+$/, '').replace(/(?<=[a-z]{3})\.$/, '');
  return party && (head || name) ? party : null;
}

const AUXILIARY = new RegExp(`(?:\\s+(?:${SOURCES.partyPhrase.auxiliaries.map(escape).join('|')}))+\\s*$`, 'i');

/**
 * The party that ends right before a meeting verb: the whole clause when it is one, else the longest
 * run before the verb that holds a noun of people ("Speaking to top NATO brass gathered …").
 */
export function partyBefore(clause: string): string | null {
  const text = clause.replace(AUXILIARY, ' ');
  const whole = readParty(text, true);
  if (whole) return whole;
  for (const m of text.matchAll(/(?<=[\s,])[^\s,]/g)) {
    const before = /(\S+)\s*$/.exec(text.slice(0, m.index))?.[1] ?? '';
    if (!PARTY_AFTER.has(before.toLowerCase()) && !before.endsWith(',')) continue;
    const party = readParty(text.slice(m.index), true);
    if (party && party.split(/\s+/).some((w) => PARTY_HEADS.has(w.toLowerCase()))) return party;
  }
  // "Top diplomats from the Group of Seven leading industrial nations gathered", "The Chinese foreign minister travelled …":
  // the party opens the clause, with a noun of people or an office last.
  const opening = readParty(text);
  const words = opening?.split(/\s+/) ?? [];
  return words.some((w) => PARTY_HEADS.has(w.toLowerCase())) || TITLE_HEADS.has(words.at(-1)!) ? opening : null;
}

/** A party that is a country written as its abbreviation alone ("U.S.") is written as the country's name. */
export function countryForm(party: string): string {
  const bare = party.replace(/^the\s+/i, '');
  return SOURCES.countryForms.forms[bare] ?? party;
}
