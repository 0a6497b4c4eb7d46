import { alternation, SOURCES } from './sourcedata.js';

// Figures a source gave, which show the count (data: figuresShown): "Figures released by the health ministry on Monday showed
// that 42 people were killed", "…, figures from the regional administration show", "…, in figures released by X late on Sunday",
// "The ministry's latest figures showed …", "Health ministry data showed …"; and a sentence after the count that gives the
// figures' source ("The figures were provided by the governor."). The giver is the claimant.
const SHOWN = SOURCES.figuresShown;
const anyCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;
const NOUNS = `(?:${alternation(SHOWN.nouns).split('|').map(anyCase).join('|')})`;
const ADJECTIVES = `(?:${alternation(SHOWN.adjectives)})`;
const SHOWS = `(?:${alternation(SHOWN.shows)})`;
// "The ministry's toll, which …, stands at 900": verbs a possessive giver's toll takes, never a toll with no giver ("The death toll rose to 21").
const STANDS = `(?:${alternation(SHOWN.standsAt)})`;
const GIVEN = `(?:${alternation(SHOWN.given)})`;
// "images published by a US commercial provider": after 'by' the giver may be described in any words.
const DESCRIBED_GIVER = `(?:a|an|the)\\s+(?:[A-Za-z][\\w'’-]*\\s+){0,3}?[A-Za-z][\\w'’-]*`;
const DETERMINER = '(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)';
// Cheap test first: a noun of figures, then within a few words a giver ("by", "from") or a verb of showing.
const MAY_SHOW = new RegExp(`${NOUNS}(?:,\\s+(?:which|that)\\s[^,;:]{1,100},)?\\s+(?:[\\w'’-]+\\s+){0,3}?(?:by|from|${SHOWS}|${STANDS})\\b`);
const MAY_GIVEN_BACK = new RegExp(`^(?:The|These|Those|Such)\\s`);

/** The pieces of the source patterns (attribution.ts) the figure patterns are built of. */
export interface SourcePieces {
  /** A run of a source's words ("the health ministry", "Ukraine's air force"). */
  readonly sourceRun: string;
  /** The same, perhaps opened by a count ("two security sources"). */
  readonly countedRun: string;
  /** A person's name ("Petro Koval"). */
  readonly name: string;
  /** The days and times a source may be followed by ("on Monday", "late on Sunday"). */
  readonly days: readonly string[];
}

/** Finds the source of figures in a sentence (figureSource) and of figures told before it (figuresGivenBefore). */
export class FigureSources {
  private readonly given: RegExp;
  private readonly owned: RegExp;
  private readonly adjunct: RegExp;
  private readonly back: RegExp;
  private readonly closing: RegExp;

  constructor(p: SourcePieces) {
    // What may follow the giver: a time or channel, then the sentence's end, a comma or the verb of showing.
    const after = `(?=(?:\\s+(?:on|late|early|in|at|via|this|last|over|earlier)\\b[^,.;:"“”]{0,30}?)?(?:\\s*[.;!?"”]*$|\\s*,|\\s+${SHOWS}\\b))`;
    // The giver may be glossed: a title by a name (", Name,": the name is the giver) or a name by a title.
    const gloss = `(?:,\\s+(?<name>${p.name}),|,\\s+(?:[a-z]|[A-Z][\\w.-]*['’]s\\s)[^,;:]{1,80},)?`;
    // "Figures released by X …", ", figures from X show", ", in figures released by X": opening the sentence, after a comma or "in".
    this.given = new RegExp(`(?:^|,\\s*|\\bin\\s+)(?:${DETERMINER}\\s+)?(?:${ADJECTIVES}\\s+){0,2}${NOUNS}\\s+(?:${GIVEN}\\s+)?(?:(?:on|in|to|at)\\s+(?:[\\w'’-]+\\s+){1,3}?)?(?:by|from)\\s+(${p.countedRun}|${DESCRIBED_GIVER})${gloss}${after}`);
    // "The ministry's latest figures showed", "The ministry's toll, which …, stands at": a possessive giver, not a day ("Sunday's figures").
    const notDay = `(?!(?:${alternation(p.days)})['’]s)`;
    this.owned = new RegExp(`(?:^|,\\s*)${notDay}((?:[Tt]he\\s+)?(?:[A-Za-z][\\w.'’-]*\\s+){0,4}?[A-Za-z][\\w.-]*)['’]s\\s+(?:${ADJECTIVES}\\s+){0,2}${NOUNS}(?:,\\s+(?:which|that)\\s[^,;:]{1,100},)?\\s+(?:also\\s+)?(?:${SHOWS}|${STANDS})\\b`);
    // "Health ministry figures showed", "UN data suggest": a giver before the noun, opening the sentence, no adjective first.
    this.adjunct = new RegExp(`^${notDay}(?!(?:${alternation(SHOWN.adjectives.map((w) => w[0]!.toUpperCase() + w.slice(1)))})\\s)((?:[A-Z][\\w.'’-]*)(?:\\s+(?:[a-z][\\w'’-]*|[A-Z][\\w.'’-]*)){0,3})\\s+${NOUNS}\\s+(?:also\\s+)?${SHOWS}\\b`);
    // "…, airport operator data showed.": the same closing the sentence after a comma.
    this.closing = new RegExp(`,\\s*${notDay}(?!(?:${ADJECTIVES}|the|these|those)\\s)((?:[A-Za-z][\\w.'’-]*\\s+){0,3}?[A-Za-z][\\w.'’-]*)\\s+${NOUNS}\\s+(?:also\\s+)?${SHOWS}\\s*[.!?]*$`);
    // "The figures were provided by the governor.", "These figures were given by X on Telegram.", "The toll was released by X, Name."
    this.back = new RegExp(`^(?:The|These|Those|Such)\\s+(?:${ADJECTIVES}\\s+){0,2}${NOUNS}\\s+(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:also\\s+|first\\s+|later\\s+|earlier\\s+)?${GIVEN}\\s+(?:[^,.;]{0,40}?\\s)?by\\s+(${p.countedRun})(?:,\\s+(?<name>${p.name})(?=[\\s,.;]|$))?`);
  }

  /** The giver of figures that show this sentence's count, if it names one; else null. */
  figureSource(s: string): string | null {
    if (!MAY_SHOW.test(s)) return null;
    const m = this.given.exec(s) ?? this.owned.exec(s) ?? this.adjunct.exec(s) ?? this.closing.exec(s);
    return m?.[1] ? m.groups?.name ?? m[1] : null;
  }

  /** The giver a sentence names for the figures told before it ("The figures were provided by X."); else null. */
  figuresGivenBefore(s: string): string | null {
    if (!MAY_GIVEN_BACK.test(s)) return null;
    const m = this.back.exec(s);
    return m?.[1] ? m.groups?.name ?? m[1] : null;
  }
}
