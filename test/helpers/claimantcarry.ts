/**
 * Shapes of the claimant stress test (claimantgen.ts) where the count's sentence names no source of its own and the
 * source of the report it belongs to is carried over from before (wire items name their source once), or where the
 * source stands in the count's sentence in a form read less often (a passive "as was reported by X", "X told Reuters",
 * "X's spokesman", a document issued first and spoken of by a pronoun after). Also the counts that must keep no
 * claimant though a source was named before: background turned to another time or attack. All words written here.
 */
import type { ShapeSlot } from './claimantgen.ts';

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
const bare = (s: string): string => s.replace(/,$/, '');

// Sentences of plain narration that name no source and no count: the reporter's words between the source and the count.
const NARRATION = ['Rescue crews worked through the night in the rain.', 'Firefighters needed several hours to put out the blaze.'];
// A witness quoted between the source and the count: the report's source, not the nearest speaker, is carried.
const WITNESS = '"The windows shook and the lights went out," said local resident Hanna Petrenko.';

export const CARRY_SHAPES: readonly ShapeSlot[] = [
  // The count right after its source's sentence, in the same paragraph, for every kind (damage and launches too).
  { id: 'carry: X said S. C.', position: 'before', make: (c, x) => `${cap(x)} said the attack began shortly after midnight. ${cap(c)}.` },
  // One sentence of narration between.
  { id: 'carry: X said S. Narration. C.', position: 'before', make: (c, x) => `${cap(x)} said the attack began shortly after midnight. ${NARRATION[0]} ${cap(c)}.` },
  // Two sentences of narration between (held out).
  { id: 'carry: X said S. Narration x2. C.', position: 'before', make: (c, x) => `${cap(x)} said the attack began shortly after midnight. ${NARRATION[0]} ${NARRATION[1]} ${cap(c)}.` },
  // The count opens the next paragraph (wire items give each sentence its own).
  { id: 'carry paragraph: X said S.\\n\\nC.', position: 'before', make: (c, x) => `${cap(x)} said on Monday that the strikes lasted for about five hours.\n\n${cap(c)}.` },
  { id: 'carry paragraphs: X said S.\\n\\nNarration.\\n\\nC.', position: 'before', make: (c, x) => `${cap(x)} said on Monday that the strikes lasted for about five hours.\n\n${NARRATION[1]}\n\n${cap(c)}.` },
  // A witness quoted between: the report's source goes on, not the witness.
  { id: 'carry past witness: X said S. Witness. C.', position: 'before', make: (c, x) => `${cap(x)} said the attack began shortly after midnight. ${WITNESS} ${cap(c)}.` },
  { id: 'carry past witness paragraph', position: 'before', make: (c, x) => `${cap(x)} said the attack began shortly after midnight.\n\n${WITNESS}\n\n${cap(c)}.` },
  // Another source named before the count's source: the nearest one that speaks for the report.
  { id: 'carry: Y said. X said S. C.', position: 'before', make: (c, x) => `Moscow said its forces had hit military targets. ${cap(x)} said the attack began shortly after midnight. ${cap(c)}.` },
  // A document issued first, then spoken of again ("It said", "the ministry said").
  { id: 'X issued a statement. Again said C.', position: 'before', make: (c, x, a) => `${cap(x)} issued a statement on Monday morning. ${cap(a)} said ${c}.` },
  { id: 'X issued a statement. C, again said.', position: 'before', make: (c, x, a) => `${cap(x)} issued a statement on Monday morning. ${cap(c)}, ${a} said.` },
  // The source in the count's sentence in rarer forms.
  { id: 'as was reported by X', position: 'end', make: (c, x) => `${cap(c)}, as was reported by ${bare(x)}.` },
  { id: 'X told Reuters (front)', position: 'front', make: (c, x) => `${cap(x)} told Reuters on Monday that ${c}.` },
  { id: 'X told Reuters (end)', position: 'end', make: (c, x) => `${cap(c)}, ${x} told Reuters by phone.` },
  { id: "X's spokesman said", position: 'end', make: (c, x) => `${cap(c)}, a spokesman for ${x} said.`, plainOnly: true },
  { id: 'quote, X said in a statement', position: 'end', make: (c, x) => `"${cap(c)}," ${x} said in a statement.` },
  // The source given after the count in a sentence of its own (held out).
  { id: 'after: The toll was given by X', position: 'after', make: (c, x) => `${cap(c)}. The figures were released by ${bare(x)} on Monday morning.` },
  // No claimant: the source's report is over when the text turns to another time.
  { id: 'none: X said S.\\n\\nLast year, C.', position: 'none', unsourced: true, make: (c, x) => `${cap(x)} said the attack began shortly after midnight.\n\nLast year, ${c}.` },
  { id: 'none: X said S. In 2022, C.', position: 'none', unsourced: true, make: (c, x) => `${cap(x)} said the attack began shortly after midnight. In March 2022, ${c}.` },
];

/** The new shapes never looked at while fixing. */
export const CARRY_HELD_OUT: readonly string[] = ['carry: X said S. Narration x2. C.', 'after: The toll was given by X', 'none: X said S. In 2022, C.'];
