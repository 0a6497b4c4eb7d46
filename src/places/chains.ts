import { PLACE_WORDS } from './place-words.ts';

/**
 * The admin units that incident notes write after a place: "in Mbamga (Dori, Seno)", "near
 * Oleksandrivka, Donetsk region", "in Kauk village of Madaya township (Pyinoolwin district,
 * Mandalay region)", "in Saida town in Ar Raqqa countryside", "coded to Yuai (Jonglei state)".
 * This file only reads the text: it finds a place name (the anchor) and the units that contain
 * it, innermost first. Which gazetteer entries they are is decided in scope.ts.
 */

export interface NamedSpan {
  /** The name to look up: as written, or written out ("Jammu and Kashmir" for "J&K"). */
  name: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** The settlement or unit word written after the name ("village", "district"), lower case. */
  word: string | null;
}

export interface PlaceChain {
  anchor: NamedSpan;
  /** Containing units, innermost first. */
  units: NamedSpan[];
  /** "New York - Brooklyn": the anchor is a city and a quarter of it follows. */
  quarter: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
// Unit words start upper case inside names ("Mon State") and lower case after them ("Kale district").
const eitherCase = (words: Iterable<string>): string[] => [...words].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);

// Lower-case particles inside names: "Santa Maria de Fe", "Dar el Ouassaa", "Ras al-Ain".
const PARTICLE = '(?:de|del|della|di|da|do|dos|das|la|las|le|les|los|el|al|ar|as|an|ad|at|az|ash|ez|es|en|wa|bin|ibn|y|e|i)';
// "St. John's", "Seu d'Urgell", "eThekwini", "Kalynove-Borshchuvate", "Shan-North".
const WORD = "(?:(?:St|Ste|Mt|Ft)\\.\\s)?(?:[dl]['’]|[a-z]{1,2}(?=[A-Z]))?[A-Z][\\w'’]*(?:-[\\w'’]+)*";
export const NAME = `(?<![\\w'’-])${WORD}(?:[ ](?:${PARTICLE}[ ])*${WORD}|[ ]${PARTICLE}-${WORD})*`;

const UNIT = alternation(eitherCase(PLACE_WORDS.unit));
const AFTER_NAME = alternation(eitherCase([...PLACE_WORDS.unit, ...PLACE_WORDS.settlement]));
// Words that may follow the last unit of a comma list ("Ivanivka, Kharkiv as a result of which").
// "and" before another name is a list of places, not a unit ("Kyiv, Kharkiv and Odesa").
const FOLLOW = '(?:as|where|and(?! [A-Z])|which|after|on|in|during|while|with|to|against|for|when|near|at|over|following|since|before|but|under|between|from|by|killing|injuring|wounding|leaving|causing|resulting|demanding|calling|urging)';

// A city and its quarter: "New York - Bronx (New York)"; not a road between two towns ("the Baghdad - Kut city road").
const QUARTER = new RegExp(`^ - (${NAME})(?=\\s*(?:[(,.;]|$)|\\s+[a-z])(?!\\s+(?:city\\s+|town\\s+)?(?:road|highway|route|railway|axis|border|corridor|line|bus|train|flight)s?\\b)`);
const WORD_AFTER = new RegExp(`^\\s+(${AFTER_NAME})\\b`);
const PAREN = /^\s*[([]([^()[\]]{2,140})[)\]]/;
// Inside brackets a unit may be two names joined by "and" ("Jammu and Kashmir").
const IN_GROUP = new RegExp(`^(${NAME}(?: and ${NAME})?)(?:\\s+(${UNIT}))?$`);
const COMMA = new RegExp(`^,\\s*(${NAME})(?:\\s+(${UNIT}))?(?=\\s*(?:[,.;:()\\[\\]]|$)|\\s+${FOLLOW}\\b)`);
const COMMA_IN = new RegExp(`^,\\s+in\\s+(?:the\\s+)?(${NAME})\\s+(${UNIT})\\b`);
// "Tal X town and its farmlands in Aleppo countryside": a few words may separate place and unit.
const OF_IN_UNIT = new RegExp(`^(?:\\s+(?:and\\s+${NAME}|[a-z][\\w'’-]*)){0,5}?\\s+(?:of|in)\\s+(?:the\\s+)?(${NAME})\\s+(${UNIT})\\b`);
const COUNTRYSIDE_OF = new RegExp(`^\\s+in\\s+the\\s+countryside\\s+of\\s+(${NAME})`);
const IN_NAME = new RegExp(`^\\s+(?:in|of)\\s+(?:the\\s+)?(${NAME})(?:\\s+(${UNIT})\\b)?`);
// "X in Wassit." ("of Y" after a bare name is mostly an organisation's: "Council of Y"). "in
// Pervomaisk, Luhansk" starts a place of its own, not a unit of the name before it.
const IN_NAME_END = new RegExp(`^\\s+in\\s+(?:the\\s+)?(${NAME})(?=\\s*(?:[.;]|,\\s+[a-z]|$))`);
// The end of a bracketed "coded as X" group, so that the units after it are read: "(coded as X) (A, B)".
const CODED_CLOSE = /^[^()[\].;]{0,30}?[)\]]/;
// Acronyms in brackets are parties, not units: "(KNDF)", "(PD, ...)"; "St" is the start of "St. John's".
const ACRONYM = /^(?:[A-Z&]{1,6}|St|Ste|Mt|Ft)$/;

/** The units written after the name that ends at `end`, or an empty list. */
export function readUnits(text: string, end: number, coded = false): { units: NamedSpan[]; word: string | null; quarter: boolean } {
  let pos = end;
  const units: NamedSpan[] = [];
  let quarter = false;
  let word: string | null = null;
  const unitAt = (m: RegExpExecArray, group: number, wordGroup?: number): NamedSpan => {
    const name = m[group]!;
    const start = pos + m[0].indexOf(name);
    return { name, start, end: start + name.length, word: wordGroup !== undefined ? (m[wordGroup]?.toLowerCase() ?? null) : null };
  };
  let m = QUARTER.exec(text.slice(pos));
  if (m) {
    quarter = true;
    pos += m[0].length;
  }
  m = WORD_AFTER.exec(text.slice(pos));
  if (m) {
    word = m[1]!.toLowerCase();
    pos += m[0].length;
  }
  if (coded && (m = CODED_CLOSE.exec(text.slice(pos)))) pos += m[0].length;
  const settled = word !== null && PLACE_WORDS.settlement.has(word);
  let bracketed = false;
  for (let step = 0; step < 6; step++) {
    const rest = text.slice(pos);
    if ((m = PAREN.exec(rest))) {
      const group = m[1]!;
      let at = m[0].indexOf(group);
      for (const part of group.split(/[,;]/)) {
        const name = part.trim();
        const start = pos + at + part.indexOf(name);
        const full = PLACE_WORDS.abbreviation.get(name);
        const g = IN_GROUP.exec(name);
        if (full) units.push({ name: full, start, end: start + name.length, word: null });
        else if (g && !/\bcoded\b/i.test(name) && !ACRONYM.test(g[1]!)) units.push({ name: g[1]!, start, end: start + g[1]!.length, word: g[2]?.toLowerCase() ?? null });
        at += part.length + 1;
      }
      bracketed = true;
      // After a bracket of units a comma starts a new clause ("(A, B), Myaung PDF attacked").
    } else if (!bracketed && (m = COMMA.exec(rest)) && !ACRONYM.test(m[1]!)) units.push(unitAt(m, 1, 2));
    else if ((m = COMMA_IN.exec(rest) ?? OF_IN_UNIT.exec(rest))) units.push(unitAt(m, 1, 2));
    else if ((m = COUNTRYSIDE_OF.exec(rest))) units.push(unitAt(m, 1));
    else if (settled && units.length === 0 && (m = IN_NAME.exec(rest))) units.push(unitAt(m, 1, 2));
    else if ((m = IN_NAME_END.exec(rest)) && !ACRONYM.test(m[1]!)) {
      units.push(unitAt(m, 1));
      break;
    } else if (!(m = WORD_AFTER.exec(rest))) break;
    // (A settlement word after a bracket still belongs to the place: "Sone Chaung (Middle) village (…)".)
    pos += m[0].length;
  }
  return { units, word, quarter };
}

// A preposition (or "village of", "the outskirts of") before a name says where something happened.
const LOCATIVE_BEFORE = new RegExp(`\\b(?:in|at|near|around|outside|inside|into|from|of|to|towards?|between|on|over|across|along|within|through)\\s+(?:the\\s+)?(?:(?:${AFTER_NAME}|outskirts|vicinity|direction|surroundings)\\s+of\\s+(?:the\\s+)?)?(?:(?:downtown|central|northern|southern|eastern|western|rural|urban|tambon|barangay|${AFTER_NAME})\\s+)?$`, 'i');
// Or the object of a verb ("shelled X, Donetsk"), or the start of a bracket ("(Ulaanbaatar - Sukhbaatar)").
const VERB_BEFORE = /(?:\b[a-z]{2,}ed\s+(?:the\s+)?|\(\s*)$/;
const NAME_G = new RegExp(NAME, 'g');
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// "coded to Yuai", "coded to the nearest town, Ginchi", "[location coded to Kohistan with GP2]".
const CODED = new RegExp(`\\bcoded (?:as|to)\\s+(?:the\\s+)?(?:[a-z]+,?\\s+){0,4}?(${NAME})`);

const LEADING_WORD = new RegExp(`^(?:${AFTER_NAME}|Barangay|Tambon)\\s+(?=[A-Z])`);

/** A leading settlement word is not part of the name: "Barangay Lumbaan" is Lumbaan. */
function trimLeadingWord(name: string, start: number): { name: string; start: number } {
  const m = LEADING_WORD.exec(name);
  return m ? { name: name.slice(m[0].length), start: start + m[0].length } : { name, start };
}

function chainAt(text: string, name: string, start: number, coded: boolean): PlaceChain {
  const t = trimLeadingWord(name, start);
  const end = t.start + t.name.length;
  const { units, word, quarter } = readUnits(text, end, coded);
  return { anchor: { name: t.name, start: t.start, end, word }, units, quarter };
}

/** The place a note says its event is coded to, with its units (or those of the note's own place). */
export function codedChain(text: string): PlaceChain | null {
  const m = CODED.exec(text);
  if (!m || MONTH.test(m[1]!)) return null;
  const chain = chainAt(text, m[1]!, m.index + m[0].length - m[1]!.length, true);
  if (chain.units.length === 0) chain.units = locativeChains(text)[0]?.units ?? [];
  return chain;
}

/**
 * Place names with units after them, in text order: first those after a locative preposition
 * ("in X (A, B)"), then any name directly followed by its units ("shelled X, Donetsk").
 */
export function locativeChains(text: string): PlaceChain[] {
  const located: PlaceChain[] = [];
  const bare: PlaceChain[] = [];
  NAME_G.lastIndex = 0;
  for (let m = NAME_G.exec(text); m; m = NAME_G.exec(text)) {
    if (m.index === 0 || MONTH.test(m[0]) || ACRONYM.test(m[0])) continue;
    // The cheap test first: most names in a text stand after neither a preposition nor a verb.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const isLocated = LOCATIVE_BEFORE.test(before);
    if (!isLocated && !VERB_BEFORE.test(before)) continue;
    const chain = chainAt(text, m[0], m.index, false);
    if (chain.units.length === 0 && !chain.quarter) continue;
    if (isLocated) located.push(chain);
    else if (/^\s*[(,]/.test(text.slice(chain.anchor.end)) || chain.quarter) bare.push(chain);
  }
  return [...located, ...bare];
}
