/**
 * Shapes of the claimant stress test (claimantgen.ts) for the claimant errors met on unseen wire items and pages (round 10,
 * from aggregates only): a source in the count's sentence given in a form read less often (figures released or provided by
 * a source that "show" the count, a title glossed by a name before a channel, "told reporters in a city on a day"); a source
 * carried past a quote of another speaker or over a clause it negates; and counts that must keep no claimant though a
 * source was named before: the reporter's own description of the scene, and background linked to the attack ("The strike
 * came hours after …"). All words here are written for this generator.
 */
import type { ShapeSlot } from './claimantgen.ts';

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
const bare = (s: string): string => s.replace(/,$/, '');

// A speaker quoted between the report's source and the count, saying nothing the count could come from.
const QUOTE = '"They want to break our spirit, and they will fail," Mayor Ihor Terekhov said.';

export const BLIND_SHAPES: readonly ShapeSlot[] = [
  // Figures given by the source, which "show" the count: the giver is the source.
  { id: 'figures released by X showed that C', position: 'front', make: (c, x) => `Figures released by ${x} on Monday showed that ${c}.` },
  { id: 'C, figures from X show', position: 'end', make: (c, x) => `${cap(c)}, figures from ${x} show.` },
  { id: 'data provided by X showed C', position: 'front', make: (c, x) => `Data provided by ${x} showed ${c}.` },
  { id: 'C, in figures released by X', position: 'end', make: (c, x) => `${cap(c)}, in figures released by ${x} late on Sunday.` },
  { id: "C, according to X's latest figures", position: 'end', make: (c, x) => `${cap(c)}, according to ${x}'s latest figures.`, plainOnly: true },
  // The source inverted after its verb, a channel after it.
  { id: 'C, said X on Telegram', position: 'end', make: (c, x) => `${cap(c)}, said ${x} on Telegram.` },
  // "told reporters" with a place and a day, or a briefing heard.
  { id: 'C, X told reporters in city on day', position: 'end', make: (c, x) => `${cap(c)}, ${x} told reporters in Kyiv on Monday.` },
  { id: 'X told a news briefing that C', position: 'front', make: (c, x) => `${cap(x)} told a news briefing on Monday that ${c}.` },
  { id: 'C, X said in a statement on Telegram on day evening', position: 'end', make: (c, x) => `${cap(c)}, ${x} said in a statement on Telegram on Monday evening.` },
  // A spokesman for the source named after it: the name is the claimant.
  { id: 'C, a spokesman for X, Name, said', position: 'end', make: (c, x) => `${cap(c)}, a spokesman for ${x}, Petro Koval, said.`, plainOnly: true, want: 'Petro Koval' },
  // The source of the sentence before given after it, with the figures as the subject.
  { id: 'after: The figures were provided by X.', position: 'after', make: (c, x) => `${cap(c)}. The figures were provided by ${bare(x)}.` },
  { id: 'after: These figures were given by X on Telegram.', position: 'after', make: (c, x) => `${cap(c)}. These figures were given by ${x} on Telegram.` },
  // Carried past another speaker's quote, in the same paragraph or over paragraphs.
  { id: 'carry past quote: X said S. Quote, Y said. C.', position: 'before', make: (c, x) => `${cap(x)} said the attack began shortly after midnight. ${QUOTE} ${cap(c)}.` },
  { id: 'carry past quote paragraph', position: 'before', make: (c, x) => `${cap(x)} said the attack began shortly after midnight.\n\n${QUOTE}\n\n${cap(c)}.` },
  // Carried from a sentence whose clause negates something (no word of withholding figures).
  { id: 'carry: X said S did not stop. C.', position: 'before', make: (c, x) => `${cap(x)} said the shelling did not stop until dawn. ${cap(c)}.` },
  // Carried from a source who told an outlet, or whom an outlet cited.
  { id: 'carry: X told outlet S. C.', position: 'before', make: (c, x) => `${cap(x)} told the Ukrinform news agency that the attack began shortly after midnight. ${cap(c)}.` },
  { id: 'carry: outlet, citing X, S. C.', position: 'before', make: (c, x) => `Ukrinform reported, citing ${bare(x)}, that the attack began shortly after midnight. ${cap(c)}.` },
  // Background linked to the attack told: another event, no one's account here.
  { id: 'none: X said S. The attack came hours after C.', position: 'none', unsourced: true, make: (c, x) => `${cap(x)} said the attack began shortly after midnight. The attack came hours after ${c}.` },
  { id: 'none: X said S. It followed an attack in which C.', position: 'none', unsourced: true, make: (c, x) => `${cap(x)} said the attack began shortly after midnight. It followed an attack on Friday in which ${c}.` },
  { id: 'none: X said S. The region has been a frequent target: C.', position: 'none', unsourced: true, make: (c, x) => `${cap(x)} said the attack began shortly after midnight. The region has been a frequent target of such strikes: in the spring, ${c}.` },
  // Written after the fixes above and never looked at while fixing: the same classes in other words (held out).
  { id: 'C, statistics published by X indicate', position: 'end', make: (c, x) => `${cap(c)}, statistics published by ${x} indicate.` },
  { id: 'Figures compiled by X suggest C', position: 'front', make: (c, x) => `Figures compiled by ${x} suggest ${c}.` },
  { id: 'after: The numbers were released by X late on day.', position: 'after', make: (c, x) => `${cap(c)}. The numbers were released by ${x} late on Sunday.` },
  { id: 'carry past a named quote with a gloss', position: 'before', make: (c, x) => `${cap(x)} said the attack began shortly after midnight. "It was the loudest night of the year," said Oksana Melnyk, a teacher. ${cap(c)}.` },
  { id: 'carry: X said S were not able. C.', position: 'before', make: (c, x) => `${cap(x)} said air defences were not able to stop every drone. ${cap(c)}.` },
  { id: 'none: X said S. The strikes came a week after C.', position: 'none', unsourced: true, make: (c, x) => `${cap(x)} said the attack began shortly after midnight. The strikes came a week after ${c}.` },
];

/**
 * The reporter's own description of the scene with a count in it ("Fires broke out at three depots."): after a source's
 * sentence it is no one's account (null); in a sentence that names its source, that source's.
 */
export const NARRATION_CLAUSES: readonly (readonly [id: string, kind: string, make: (n: string) => string])[] = [
  ['damaged-caught-fire', 'damaged', (n) => `${n} warehouses caught fire near the rail yard in Fastiv`],
  ['damaged-burned', 'damaged', (n) => `${n} fuel tanks burned through the night at the depot outside Kremenchuk`],
  ['damaged-fires-broke-out', 'damaged', (n) => `fires broke out in ${n} apartment blocks in the Kyivskyi district of Kharkiv`],
  ['damaged-went-up', 'damaged', (n) => `${n} grain silos went up in flames at the port of Izmail`],
];

/** The narration clauses meet these shapes: the count told after a source's sentence (null), or with its source in its own sentence. */
export const NARRATION_SHAPES: readonly string[] = ['carry: X said S. C.', 'carry paragraph: X said S.\\n\\nC.', 'carry: X said S. Narration. C.', 'X said (end)', 'according to X (end)', 'X said that (front)'];

/** The new shapes never looked at while fixing. */
export const BLIND_HELD_OUT: readonly string[] = [
  'data provided by X showed C', 'carry past quote paragraph', 'none: X said S. It followed an attack in which C.', 'after: These figures were given by X on Telegram.',
  'C, statistics published by X indicate', 'Figures compiled by X suggest C', 'after: The numbers were released by X late on day.', 'carry past a named quote with a gloss',
  'carry: X said S were not able. C.', 'none: X said S. The strikes came a week after C.',
];
