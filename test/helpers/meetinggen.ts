/**
 * A generated stress test of meetings and agreements as wire stories tell them: a shape (held, planned, hoped;
 * signed, discussed, rejected, past background) × a pair of parties (states, leaders with their titles, bodies,
 * offices without a name) × a venue, with or without a wire dateline naming another city. Each case says whether
 * a claim of its kind is wanted, and if so its parties and its venue. All words here are written for this generator.
 *
 * One party type and some shapes are held out: never looked at while fixing, reported apart (HELD_OUT).
 */
import { mulberry32 } from '../fuzz-corpus.ts';

/** A party: as it opens a sentence, as it stands after a verb, and the claimant words wanted. */
export interface Party {
  readonly front: string;
  readonly inner: string;
  readonly want: string;
}

type Kind = 'meeting' | 'agreement';
/** A shape: its kind, whether the claim is wanted (held, signed) or not (planned, talked about), and its sentence. */
interface Shape {
  readonly id: string;
  readonly kind: Kind;
  readonly happened: boolean;
  readonly make: (a: Party, b: Party, venue: string) => string;
  /** Party types the shape reads naturally with ("Chile hosted Peru" is not how a story tells a visit). */
  readonly only?: readonly string[];
}

export interface MeetingCase {
  readonly text: string;
  readonly kind: Kind;
  readonly happened: boolean;
  /** The parties wanted ("A and B"). */
  readonly want: string;
  readonly venue: string;
  readonly shape: string;
  readonly parties: string;
  readonly dateline: boolean;
  readonly heldOut: boolean;
}

const party = (front: string, want = front, inner = front): Party => ({ front, inner, want });
const the = (name: string): Party => party(`The ${name}`, name, `the ${name}`);

// Pairs of parties by type; each pair is drawn in both orders.
const PARTIES: Record<string, readonly (readonly [Party, Party])[]> = {
  states: [
    [party('Chile'), party('Peru')], [party('Kenya'), party('Tanzania')], [party('Poland'), party('Lithuania')],
    [party('Indonesia'), party('Vietnam')], [party('Ghana'), party('Senegal')], [party('Japan'), the('Philippines')],
  ],
  leaders: [
    [party('Chilean President Marta Quiroga'), party('Peruvian President Luis Andrade')],
    [party('Kenyan Foreign Minister Amina Odhiambo'), party('Ghanaian Foreign Minister Kofi Mensah')],
    [party('Polish Defence Minister Jan Nowicki'), party('Lithuanian Defence Minister Rasa Petraite')],
    [party('Indonesian Prime Minister Budi Hartono'), party('Vietnamese Prime Minister Tran Van Long')],
  ],
  bodies: [
    [party('NATO'), the('African Union')], [the('European Union'), party('ASEAN')], [the('Arab League'), the('Gulf Cooperation Council')],
  ],
  offices: [
    [party("Chile's foreign minister", "Chile's foreign minister", "Chile's foreign minister"), the('Peruvian foreign minister')],
    [party("Kenya's defence minister"), the('Tanzanian defence minister')],
    [party("Poland's president"), the('Lithuanian president')],
  ],
};

const VENUES = ['Geneva', 'Doha', 'Nairobi', 'Hanoi', 'Vilnius', 'Lima', 'Jakarta', 'Muscat', 'Oslo', 'Istanbul', 'Accra', 'Baku'];
const DATELINES = ['LONDON', 'WASHINGTON', 'BRUSSELS', 'PARIS', 'NEW DELHI', 'CAIRO'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const held = (id: string, make: Shape['make']): Shape => ({ id, kind: 'meeting', happened: true, make });
const planned = (id: string, make: Shape['make']): Shape => ({ id, kind: 'meeting', happened: false, make });
const signed = (id: string, make: Shape['make']): Shape => ({ id, kind: 'agreement', happened: true, make });
const talked = (id: string, make: Shape['make']): Shape => ({ id, kind: 'agreement', happened: false, make });

const PEOPLE = ['leaders', 'offices'];
const SHAPES: readonly Shape[] = [
  held('A and B met in V', (a, b, v) => `${a.front} and ${b.inner} met in ${v} on Tuesday.`),
  held('A met B in V', (a, b, v) => `${a.front} met ${b.inner} in ${v} on Wednesday.`),
  held('A met with B in V', (a, b, v) => `${a.front} met with ${b.inner} in ${v} on Thursday to discuss border security.`),
  { ...held('A hosted B in V', (a, b, v) => `${a.front} hosted ${b.inner} in ${v} on Monday.`), only: PEOPLE },
  { ...held('A received B in V', (a, b, v) => `${a.front} received ${b.inner} in ${v} on Sunday, state media reported.`), only: PEOPLE },
  held('A held talks with B in V', (a, b, v) => `${a.front} held talks with ${b.inner} in ${v} on Friday.`),
  held('A and B held talks in V', (a, b, v) => `${a.front} and ${b.inner} held talks in ${v} on Saturday.`),
  held('talks between A and B took place in V', (a, b, v) => `Talks between ${a.inner} and ${b.inner} took place in ${v} on Monday.`),
  held('A met B on the sidelines in V', (a, b, v) => `${a.front} met ${b.inner} on the sidelines of a regional summit in ${v}.`),
  held('during a visit to V, A met B', (a, b, v) => `During a visit to ${v} on Tuesday, ${a.inner} met ${b.inner}.`),
  held('in V, A held talks with B', (a, b, v) => `In ${v} on Wednesday, ${a.inner} held talks with ${b.inner}.`),
  held('A travelled to V for talks with B', (a, b, v) => `${a.front} travelled to ${v} on Monday for talks with ${b.inner}.`),
  held('A and B held a summit in V', (a, b, v) => `${a.front} and ${b.inner} held a summit in ${v} on Friday.`),
  held('A and B met in V, a spokesman said', (a, b, v) => `${a.front} and ${b.inner} met in ${v} on Tuesday, a government spokesman told reporters.`),
  held('spokesman said A had met B in V', (a, b, v) => `A government spokesman said ${a.inner} had met ${b.inner} in ${v} on Monday.`),
  held('"quote," A said after meeting B in V', (a, b, v) => `"We had very frank talks," ${a.inner} said after meeting ${b.inner} in ${v} on Friday.`),
  held('A visited V and met B', (a, b, v) => `${a.front} visited ${v} on Monday and met ${b.inner}.`),
  held('A was in V for talks with B', (a, b, v) => `${a.front} was in ${v} on Tuesday for talks with ${b.inner}.`),
  held('A received a delegation from B in V', (a, b, v) => `${a.front} received a delegation from ${b.inner} in ${v} on Wednesday.`),
  { ...held('A welcomed B to V', (a, b, v) => `${a.front} welcomed ${b.inner} to ${v} on Thursday.`), only: PEOPLE },
  held('the meeting between A and B in V lasted', (a, b, v) => `The meeting between ${a.inner} and ${b.inner} in ${v} lasted three hours.`),
  held('A and B held a first round of talks in V', (a, b, v) => `${a.front} and ${b.inner} held a first round of talks in ${v} last week.`),
  held('A sat down with B in V', (a, b, v) => `${a.front} sat down with ${b.inner} in ${v} on Saturday.`),
  held('A and B met at the palace in V', (a, b, v) => `${a.front} and ${b.inner} met at the presidential palace in ${v} on Sunday.`),
  planned('A and B are expected to meet in V', (a, b, v) => `${a.front} and ${b.inner} are expected to meet in ${v} next week.`),
  planned('A will host B in V', (a, b, v) => `${a.front} will host ${b.inner} in ${v} on Friday.`),
  planned('A hoped to hold talks with B in V', (a, b, v) => `${a.front} said it hoped to hold talks with ${b.inner} in ${v} soon.`),
  planned('A is due to visit V to meet B', (a, b, v) => `${a.front} is due to travel to ${v} next month to meet ${b.inner}.`),
  planned('talks between A and B are planned in V', (a, b, v) => `Talks between ${a.inner} and ${b.inner} are planned in ${v} later this month.`),
  planned('A proposed a meeting with B in V', (a, b, v) => `${a.front} proposed a meeting with ${b.inner} in ${v} before the end of the year.`),
  planned('A called for talks with B in V', (a, b, v) => `${a.front} called for talks with ${b.inner} in ${v} to end the dispute.`),
  planned('A refused to meet B in V', (a, b, v) => `${a.front} refused to meet ${b.inner} in ${v} on Monday.`),
  planned('a meeting of A and B in V was cancelled', (a, b, v) => `A planned meeting between ${a.inner} and ${b.inner} in ${v} was cancelled at the last minute.`),
  planned('A and B last met in V in 2019', (a, b, v) => `${a.front} and ${b.inner} last met in ${v} in 2019.`),
  planned('A offered to host talks with B in V', (a, b, v) => `${a.front} offered to host talks with ${b.inner} in ${v}.`),
  planned('A will travel to V for talks with B', (a, b, v) => `${a.front} will travel to ${v} next week for talks with ${b.inner}.`),
  planned('A and B are set to meet in V', (a, b, v) => `${a.front} and ${b.inner} are set to meet in ${v} on Friday.`),
  planned('A invited B to V', (a, b, v) => `${a.front} invited ${b.inner} to visit ${v} next year.`),
  // Talk about talks (fp8): a gathering sought, ruled out or said to be possible has not been held.
  planned('A sought a meeting with B in V', (a, b, v) => `${a.front} sought a meeting with ${b.inner} in ${v} to settle the dispute.`),
  planned('A ruled out talks with B in V', (a, b, v) => `${a.front} ruled out talks with ${b.inner} in ${v} on Monday.`),
  planned('a meeting between A and B in V is possible', (a, b, v) => `A meeting between ${a.inner} and ${b.inner} in ${v} is possible next month, officials said.`),
  planned('A is seeking a summit with B in V', (a, b, v) => `${a.front} is seeking a summit with ${b.inner} in ${v} before the winter.`),
  planned('a visit by A to V looks unlikely', (a, b, v) => `A visit by ${a.inner} to ${v} for talks with ${b.inner} looks unlikely this year.`),
  // The parties named again as a pair in the next sentence (fp8): "The two sides", "Both countries", "The two leaders".
  held('A and B ended a dispute. The two sides met in V', (a, b, v) => `${a.front} and ${b.inner} ended a long border dispute on Friday. The two sides met in ${v} on Saturday.`),
  signed('A met B in V. The two sides signed an accord', (a, b, v) => `${a.front} met ${b.inner} in ${v} on Monday. The two sides signed a fisheries accord, officials said.`),
  signed('A held talks with B in V. Both signed a pact, the ministry said', (a, b, v) => `${a.front} held talks with ${b.inner} in ${v} on Tuesday. Both countries signed a security pact, the foreign ministry said.`),
  held('A and B agreed to cooperate. The two leaders met in V', (a, b, v) => `${a.front} and ${b.inner} agreed to cooperate on energy on Monday. The two governments met again in ${v} on Friday.`),
  signed('A and B signed an agreement in V', (a, b, v) => `${a.front} and ${b.inner} signed a defence cooperation agreement in ${v} on Tuesday.`),
  signed('A signed a deal with B in V', (a, b, v) => `${a.front} signed a trade deal with ${b.inner} in ${v} on Thursday.`),
  signed('A and B reached a ceasefire after talks in V', (a, b, v) => `${a.front} and ${b.inner} reached a ceasefire agreement after two days of talks in ${v}.`),
  signed('an agreement between A and B was signed in V', (a, b, v) => `An agreement between ${a.inner} and ${b.inner} on fishing rights was signed in ${v} on Friday.`),
  signed('A and B inked a memorandum in V', (a, b, v) => `${a.front} and ${b.inner} inked a memorandum of understanding on energy in ${v}.`),
  talked('A is pushing for a deal with B', (a, b) => `${a.front} is pushing for a deal with ${b.inner} on grain exports.`),
  talked('an agreement could be reached', (a, b) => `An agreement between ${a.inner} and ${b.inner} could be reached next week, a diplomat said.`),
  talked('A rejected the proposal by B', (a, b) => `${a.front} rejected the ceasefire proposal put forward by ${b.inner}.`),
  talked('A urged B to sign the accord', (a, b) => `${a.front} urged ${b.inner} to sign the peace accord without delay.`),
  talked('the 2019 accord as background', (a, b) => `Under a 2019 accord, ${a.inner} and ${b.inner} share the water of the river.`),
  talked('A and B discussed a possible pact', (a, b, v) => `${a.front} and ${b.inner} discussed a possible security pact in ${v} on Monday.`),
  signed('A and B agreed to a ceasefire in talks in V', (a, b, v) => `${a.front} and ${b.inner} agreed to a ceasefire during talks in ${v} on Sunday.`),
  signed('spokesman said A and B signed in V', (a, b, v) => `A foreign ministry spokesman said ${a.inner} and ${b.inner} signed a border agreement in ${v} on Monday.`),
  talked('A hopes to sign a deal with B', (a, b) => `${a.front} hopes to sign a minerals deal with ${b.inner} by the end of the year.`),
  talked('A and B are close to a deal', (a, b) => `${a.front} and ${b.inner} are close to a deal on the disputed islands, officials said.`),
  talked('A pulled out of the 2015 deal with B', (a, b) => `${a.front} pulled out of the 2015 nuclear deal with ${b.inner} three years later.`),
  talked('A accused B of violating the 2020 ceasefire', (a, b) => `${a.front} accused ${b.inner} of violating the 2020 ceasefire agreement.`),
  talked('A and B have been negotiating a deal', (a, b) => `${a.front} and ${b.inner} have been negotiating a trade agreement for two years.`),
  talked('A rejected a deal offered by B', (a, b) => `${a.front} rejected a deal offered by ${b.inner} on Sunday.`),
  talked('A and B signed an accord in 2019 (background)', (a, b, v) => `${a.front} and ${b.inner} signed a border accord in ${v} in 2019.`),
  talked('A said it would not sign the deal with B', (a, b) => `${a.front} said it would not sign the deal with ${b.inner} in its current form.`),
  talked('a deal between A and B collapsed', (a, b) => `A deal between ${a.inner} and ${b.inner} collapsed within days.`),
  talked('A and B failed to reach an agreement in V', (a, b, v) => `${a.front} and ${b.inner} failed to reach an agreement in ${v} on Sunday.`),
];

/** The slice never looked at while fixing: one party type and one shape of each group. */
export const HELD_OUT = {
  parties: 'offices',
  shapes: ['A received B in V', 'A was in V for talks with B', 'A is due to visit V to meet B', 'A signed a deal with B in V', 'A urged B to sign the accord', 'A rejected a deal offered by B',
    'A is seeking a summit with B in V', 'a visit by A to V looks unlikely', 'A and B agreed to cooperate. The two leaders met in V'],
} as const;

/** Every shape × a share of the party pairs (both orders), with a venue and, for half, a dateline of another city. */
export function generate(seed = 9): MeetingCase[] {
  const rng = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const cases: MeetingCase[] = [];
  for (const shape of SHAPES) {
    for (const [type, pairs] of Object.entries(PARTIES)) {
      if (shape.only && !shape.only.includes(type)) continue;
      for (const [x, y] of pairs) {
        for (const [a, b] of [[x, y], [y, x]] as const) {
          const venue = pick(VENUES);
          const dateline = rng() < 0.5;
          const body = shape.make(a, b, venue).replace(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, () => `on ${pick(DAYS)}`);
          const text = dateline ? `${pick(DATELINES)} (Reuters) - ${body}` : body;
          cases.push({
            text, kind: shape.kind, happened: shape.happened, want: `${a.want} and ${b.want}`, venue, shape: shape.id,
            parties: type, dateline, heldOut: type === HELD_OUT.parties || (HELD_OUT.shapes as readonly string[]).includes(shape.id),
          });
        }
      }
    }
  }
  return cases;
}
