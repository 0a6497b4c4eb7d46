/**
 * A generated stress test of who-says-so: sentences composed from slots — a count clause (kind, voice, number as
 * word or digits) × a claimant (agency, ministry, governor with name and region, named official with a title …)
 * × an attribution shape ("…, X said", "according to X", "X told reporters …", ", said X", dashes …), each shape
 * placing the source at the front, in the middle or at the end. All words here are written for this generator.
 *
 * Some shapes put the source in the sentence or paragraph before or after the count (a source spoken of again, a list
 * after a colon, quotes over several sentences), or two sources in one sentence.
 *
 * Two claimant types and three shapes are held out: never looked at while fixing, reported apart (HELD_OUT).
 */
import { mulberry32 } from '../fuzz-corpus.ts';
import { CARRY_HELD_OUT, CARRY_SHAPES } from './claimantcarry.ts';
import { BLIND_HELD_OUT, BLIND_SHAPES, NARRATION_CLAUSES, NARRATION_SHAPES } from './claimantblind.ts';

/** A count clause: the claim it should give, and its text with the number put in. */
export interface CountSlot {
  readonly id: string;
  readonly kind: string;
  readonly value: number;
  /** The clause, lower case first, with no closing stop. */
  readonly text: string;
}

/** A claimant: the words the sentence uses and the claimant wanted (the span the text gives, compared loosely). */
export interface ClaimantSlot {
  readonly type: string;
  /** As written mid-sentence ("the health ministry"). */
  readonly text: string;
  /** The source wanted; for an apposition ("X, the mayor of Y,") the name. */
  readonly want: string;
  /** Whether the words include a comma-set apposition (shapes that cannot take one skip it). */
  readonly apposed?: boolean;
  /** How a later sentence speaks of the source again: a pronoun ("it", "he", "they") or a short form ("the ministry"). */
  readonly again: string;
}

/** An attribution shape: how the clause and the source are joined, and where the source stands. */
export interface ShapeSlot {
  readonly id: string;
  /** Where the source stands: in the count's sentence (front, middle, end), or in the sentence or paragraph before or after it. */
  readonly position: 'front' | 'middle' | 'end' | 'before' | 'after' | 'none';
  /** The count is told with no source (GUIDELINES: null, not a guess); the claimant slot only fills other sentences. */
  readonly unsourced?: boolean;
  readonly make: (clause: string, source: string, again: string) => string;
  /** Shapes whose grammar needs a plain subject, not an apposition. */
  readonly plainOnly?: boolean;
  /** The claimant wanted when the shape names it itself ("a spokesman for X, Name, said" gives the name). */
  readonly want?: string;
}

export interface GeneratedCase {
  readonly text: string;
  readonly kind: string;
  readonly value: number;
  readonly want: string | null;
  readonly count: string;
  readonly claimant: string;
  readonly shape: string;
  readonly position: string;
  readonly heldOut: boolean;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

// An evacuation names the authority that acts: GUIDELINES wants it as the claimant, whoever reports it (the fourth slot).
type Clause = readonly [id: string, kind: string, make: (n: string) => string, actor?: string];
// Numbers: small ones as words or digits, larger ones as digits (with and without a qualifier).
const CLAUSES: readonly Clause[] = [
  ['killed-passive', 'killed', (n) => `${n} civilians were killed in a drone strike on the town of Kupiansk`],
  ['killed-active', 'killed', (n) => `a missile strike on the city centre of Sumy killed ${n} people`],
  ['killed-died', 'killed', (n) => `${n} people died when a guided bomb struck an apartment block in Zaporizhzhia`],
  ['killed-atleast', 'killed', (n) => `at least ${n} people were killed in the shelling of Kherson`],
  ['injured-passive', 'injured', (n) => `${n} people were wounded in the overnight shelling of Nikopol`],
  ['injured-active', 'injured', (n) => `the strike on the grain terminal injured ${n} port workers`],
  ['damaged-passive', 'damaged', (n) => `${n} private houses were damaged in the attack on the village of Bilozerka`],
  ['damaged-active', 'damaged', (n) => `the drones damaged ${n} apartment buildings in the Kyivskyi district of Kharkiv`],
  ['launched-active', 'launched', (n) => `Russian forces launched ${n} attack drones at the Odesa region overnight`],
  ['launched-passive', 'launched', (n) => `${n} ballistic missiles were fired at the city of Dnipro overnight`],
  ['hit-active', 'hit', (n) => `${n} missiles hit the industrial area of Kremenchuk`],
  ['hit-passive', 'hit', (n) => `${n} settlements in the Sumy region were hit by enemy artillery`],
  ['evacuated-passive', 'evacuated', (n) => `${n} residents were evacuated from the village of Vovchansk`],
  ['evacuated-active', 'evacuated', (n) => `the city council evacuated ${n} patients from the damaged hospital in Kupiansk`, 'the city council'],
  // A bare plural or mass noun acting, after a reporting verb ("The governor said police had evacuated …").
  ['evacuated-bare-actor', 'evacuated', (n) => `police had evacuated ${n} residents from the frontline village of Kurakhove`, 'police'],
  ['evacuated-rescuers', 'evacuated', (n) => `rescue teams evacuated ${n} people from the burning tower block in Odesa`, 'rescue teams'],
  ['intercepted-passive', 'intercepted', (n) => `${n} drones were shot down over the Poltava region overnight`],
  ['intercepted-active', 'intercepted', (n) => `air defence units destroyed ${n} cruise missiles over the Mykolaiv region`],
  // Commas inside the clause, qualifiers, a participle clause, a toll that rose.
  ['killed-including', 'killed', (n) => `${n} Palestinians, including four children, were killed in strikes on Khan Younis`],
  ['injured-morethan', 'injured', (n) => `more than ${n} people were injured when the rocket hit a bus station in Izium`],
  ['killed-participle', 'killed', (n) => `a ballistic missile struck a school in Kharkiv on Friday, killing ${n} people`],
  ['killed-tollrose', 'killed', (n) => `the death toll from the attack on the Ternopil apartment block rose to ${n}`],
  ['injured-nearly', 'injured', (n) => `nearly ${n} soldiers were hurt in the blast at the base near Gao`],
];

const CLAIMANTS: readonly ClaimantSlot[] = [
  { type: 'agency', text: 'the State Emergency Service', want: 'the State Emergency Service', again: 'the service' },
  { type: 'agency', text: "Ukraine's national police", want: "Ukraine's national police", again: 'the police' },
  { type: 'ministry', text: 'the health ministry', want: 'the health ministry', again: 'the ministry' },
  { type: 'ministry', text: "Russia's Ministry of Defence", want: "Russia's Ministry of Defence", again: 'the ministry' },
  { type: 'military', text: 'the air force', want: 'the air force', again: 'it' },
  { type: 'military', text: "Ukraine's navy", want: "Ukraine's navy", again: 'the navy' },
  { type: 'governor', text: 'Kharkiv regional governor Oleh Syniehubov', want: 'Kharkiv regional governor Oleh Syniehubov', again: 'the governor' },
  { type: 'governor', text: 'Governor Ivan Fedorov of the Zaporizhzhia region', want: 'Governor Ivan Fedorov', again: 'he' },
  { type: 'local', text: 'local officials', want: 'local officials', again: 'they' },
  { type: 'local', text: 'regional authorities', want: 'regional authorities', again: 'they' },
  { type: 'official', text: 'Serhiy Lysak, the head of the Dnipropetrovsk regional military administration,', want: 'Serhiy Lysak', apposed: true, again: 'he' },
  { type: 'official', text: 'the mayor of Mykolaiv, Oleksandr Senkevych,', want: 'Oleksandr Senkevych', apposed: true, again: 'the mayor' },
  { type: 'official', text: 'deputy interior minister Bohdan Krol', want: 'deputy interior minister Bohdan Krol', again: 'Krol' },
  { type: 'outlet', text: 'state media', want: 'state media', again: 'they' },
  { type: 'outlet', text: 'the state news agency', want: 'the state news agency', again: 'the agency' },
  { type: 'emergency', text: 'emergency services', want: 'emergency services', again: 'they' },
  { type: 'emergency', text: 'the regional emergency service', want: 'the regional emergency service', again: 'the service' },
  { type: 'spokesman', text: 'military spokesman Colonel Yuriy Ihnat', want: 'Colonel Yuriy Ihnat', again: 'Ihnat' },
  { type: 'spokesman', text: 'a police spokeswoman', want: 'a police spokeswoman', again: 'she' },
  { type: 'agency', text: 'the Palestinian Red Crescent', want: 'the Palestinian Red Crescent', again: 'it' },
  { type: 'agency', text: 'the UN humanitarian office, OCHA,', want: 'the UN humanitarian office', apposed: true, again: 'OCHA' },
  { type: 'ministry', text: "Gaza's health ministry", want: "Gaza's health ministry", again: 'the ministry' },
  { type: 'ministry', text: 'the Russian Defence Ministry', want: 'the Russian Defence Ministry', again: 'it' },
  { type: 'military', text: "Israel's military", want: "Israel's military", again: 'the military' },
  { type: 'military', text: 'the Ukrainian General Staff', want: 'the Ukrainian General Staff', again: 'the General Staff' },
  { type: 'governor', text: 'the governor of the Belgorod region, Vyacheslav Gladkov,', want: 'Vyacheslav Gladkov', apposed: true, again: 'Gladkov' },
  { type: 'governor', text: 'Mayor Vitali Klitschko', want: 'Mayor Vitali Klitschko', again: 'the mayor' },
  { type: 'local', text: 'two security sources', want: 'two security sources', again: 'they' },
  { type: 'local', text: 'a hospital official', want: 'a hospital official', again: 'the official' },
  { type: 'official', text: 'Oleksandr Prokudin, head of the Kherson regional military administration,', want: 'Oleksandr Prokudin', apposed: true, again: 'Prokudin' },
  { type: 'official', text: 'the head of the Kherson regional military administration, Oleksandr Prokudin,', want: 'Oleksandr Prokudin', apposed: true, again: 'he' },
  { type: 'monitor', text: 'the Syrian Observatory for Human Rights, a Britain-based war monitor,', want: 'the Syrian Observatory for Human Rights', apposed: true, again: 'the monitor' },
  { type: 'monitor', text: 'the Sudan Doctors Network', want: 'the Sudan Doctors Network', again: 'the network' },
  { type: 'outlet', text: 'Iranian state television', want: 'Iranian state television', again: 'it' },
  { type: 'emergency', text: 'rescue workers', want: 'rescue workers', again: 'they' },
  { type: 'emergency', text: 'the civil defence agency', want: 'the civil defence agency', again: 'the agency' },
  { type: 'spokesman', text: 'army spokesman Brigadier General Nabil Abdallah', want: 'Brigadier General Nabil Abdallah', again: 'Abdallah' },
  { type: 'spokesman', text: 'police spokesperson Charlotte Otieno', want: 'police spokesperson Charlotte Otieno', again: 'she' },
  // A name glossed by a title that opens with a possessive ("X, Ukraine's air force commander,"): the name is the source.
  { type: 'possessive', text: "Mykola Oleshchuk, Ukraine's air force commander,", want: 'Mykola Oleshchuk', apposed: true, again: 'he' },
  { type: 'possessive', text: "Dmytro Lubinets, the country's human rights commissioner,", want: 'Dmytro Lubinets', apposed: true, again: 'Lubinets' },
  { type: 'possessive', text: "Halyna Marchenko, the regional council's deputy head,", want: 'Halyna Marchenko', apposed: true, again: 'she' },
  { type: 'possessive', text: "Kenya's police inspector general, Douglas Kanja,", want: 'Douglas Kanja', apposed: true, again: 'Kanja' },
  // Units numbered by an ordinal (fp8): the ordinal opens the source's name ("the 47th Mechanised Brigade said").
  { type: 'unit', text: 'the 47th Mechanised Brigade', want: 'the 47th Mechanised Brigade', again: 'the brigade' },
  { type: 'unit', text: "Ukraine's 3rd Assault Brigade", want: "Ukraine's 3rd Assault Brigade", again: 'it' },
  { type: 'unit', text: 'the 110th Separate Territorial Defence Brigade', want: 'the 110th Separate Territorial Defence Brigade', again: 'the brigade' },
  // Held out: envoys and prosecutors, glossed either way.
  { type: 'envoy', text: "Sergiy Kyslytsya, Ukraine's envoy to the United Nations,", want: 'Sergiy Kyslytsya', apposed: true, again: 'he' },
  { type: 'envoy', text: "the country's prosecutor general, Andriy Kostin,", want: 'Andriy Kostin', apposed: true, again: 'Kostin' },
  { type: 'envoy', text: 'the regional prosecutor', want: 'the regional prosecutor', again: 'the prosecutor' },
];

// The source's words with the apposition's closing comma dropped where a stop or a comma of the shape follows (", said X, the mayor of Y.").
const bare = (s: string): string => s.replace(/,$/, '');

const SHAPES: readonly ShapeSlot[] = [
  { id: 'X said (end)', position: 'end', make: (c, x) => `${cap(c)}, ${x} said.` },
  { id: 'X said on day in a statement', position: 'end', make: (c, x) => `${cap(c)}, ${x} said on Monday in a statement.` },
  { id: 'X said that (front)', position: 'front', make: (c, x) => `${cap(x)} said ${c}.` },
  { id: 'X said on day that', position: 'front', make: (c, x) => `${cap(x)} said on Tuesday that ${c}.` },
  { id: 'according to X (front)', position: 'front', make: (c, x) => `According to ${bare(x)}, ${c}.` },
  { id: 'according to X (end)', position: 'end', make: (c, x) => `${cap(c)}, according to ${bare(x)}.` },
  { id: 'according to X, which', position: 'middle', make: (c, x) => `${cap(c)}, according to ${bare(x)}, which gave no further details.`, plainOnly: true },
  { id: 'X reported', position: 'end', make: (c, x) => `${cap(c)}, ${x} reported.` },
  { id: 'X told reporters (end)', position: 'end', make: (c, x) => `${cap(c)}, ${x} told reporters.` },
  { id: 'X told reporters that', position: 'front', make: (c, x) => `${cap(x)} told reporters that ${c}.` },
  { id: 'X told AFP', position: 'end', make: (c, x) => `${cap(c)}, ${x} told AFP.` },
  { id: 'X announced', position: 'front', make: (c, x) => `${cap(x)} announced that ${c}.` },
  { id: 'X confirmed', position: 'end', make: (c, x) => `${cap(c)}, ${x} confirmed.` },
  { id: 'X added', position: 'end', make: (c, x) => `${cap(c)}, ${x} added.` },
  { id: 'X wrote on Telegram (end)', position: 'end', make: (c, x) => `${cap(c)}, ${x} wrote on Telegram.` },
  { id: 'X wrote on Telegram that', position: 'front', make: (c, x) => `${cap(x)} wrote on Telegram that ${c}.` },
  { id: 'X posted on X', position: 'end', make: (c, x) => `${cap(c)}, ${x} said in a post on X.` },
  { id: "X's press service", position: 'end', make: (c, x) => `${cap(c)}, the press service of ${x} said.`, plainOnly: true },
  { id: 'as X put it', position: 'end', make: (c, x) => `${cap(c)}, as ${bare(x)} put it.` },
  { id: 'citing X', position: 'end', make: (c, x) => `${cap(c)}, Reuters reported, citing ${bare(x)}.` },
  { id: 'X says (present)', position: 'front', make: (c, x) => `${cap(x)} says ${c}.` },
  { id: 'X says (end)', position: 'end', make: (c, x) => `${cap(c)}, ${x} says.` },
  { id: 'said X (inverted)', position: 'end', make: (c, x) => `${cap(c)}, said ${bare(x)}.` },
  { id: 'between two clauses', position: 'middle', make: (c, x) => `${cap(c)}, ${x} said, and rescue teams were still searching the rubble.` },
  { id: 'dashes', position: 'middle', make: (c, x) => `${cap(c)} — ${x} said — and more strikes were expected.` },
  { id: 'parenthesis', position: 'middle', make: (c, x) => `${cap(c)} (${x} said) as the attack went on into the morning.` },
  { id: 'second clause after X', position: 'middle', make: (c, x) => `${cap(c)}, ${x} said, adding that the search for survivors was continuing.` },
  { id: 'X said on day (mid)', position: 'middle', make: (c, x) => `${cap(c)}, ${x} said on Sunday, as firefighters battled the blaze.` },
  { id: 'X said in a statement on Telegram', position: 'end', make: (c, x) => `${cap(c)}, ${x} said in a statement on its Telegram channel.` },
  { id: 'X said late on day', position: 'end', make: (c, x) => `${cap(c)}, ${x} said late on Sunday.` },
  { id: 'X later said', position: 'end', make: (c, x) => `${cap(c)}, ${x} later said.` },
  { id: 'In a statement, X said', position: 'front', make: (c, x) => `In a statement, ${x} said ${c}.` },
  { id: 'On day, X said', position: 'front', make: (c, x) => `On Sunday, ${x} said that ${c}.` },
  { id: 'X told the BBC', position: 'end', make: (c, x) => `${cap(c)}, ${x} told the BBC.` },
  { id: 'X estimated', position: 'end', make: (c, x) => `${cap(c)}, ${x} estimated.` },
  { id: 'X claimed', position: 'end', make: (c, x) => `${cap(c)}, ${x} claimed.` },
  { id: 'X said in a post, adding', position: 'middle', make: (c, x) => `${cap(c)}, ${x} said in a post on Facebook, adding that two of the wounded were in serious condition.` },
  { id: 'X said, citing data', position: 'middle', make: (c, x) => `${cap(c)}, ${x} said, citing preliminary data.` },
  { id: 'according to figures released by X', position: 'end', make: (c, x) => `${cap(c)}, according to figures released by ${bare(x)}.` },
  { id: 'according to data from X', position: 'end', make: (c, x) => `${cap(c)}, according to preliminary data from ${bare(x)}.` },
  { id: "X's press service (possessive)", position: 'end', make: (c, x) => `${cap(c)}, ${x}'s press service said.`, plainOnly: true },
  { id: 'X reported on Telegram', position: 'end', make: (c, x) => `${cap(c)}, ${x} reported on Telegram.` },
  { id: 'opener, C, X said', position: 'end', make: (c, x) => `Overnight, ${c}, ${x} said.` },
  { id: 'X said, while others', position: 'middle', make: (c, x) => `${cap(c)}, ${x} said, while three more people were missing.` },
  // The source in the sentence or paragraph before, spoken of again ("it said", "the ministry added", "He added that …").
  { id: 'before: C, again said', position: 'before', make: (c, x, a) => `${cap(x)} said the attack began shortly after midnight. ${cap(c)}, ${a} said.` },
  { id: 'before: again added that C', position: 'before', make: (c, x, a) => `${cap(x)} said the attack began shortly after midnight. ${cap(a)} added that ${c}.` },
  { id: 'before paragraph: C, again added', position: 'before', make: (c, x, a) => `${cap(x)} said the strikes went on for six hours.\n\n${cap(c)}, ${a} added.` },
  // A paragraph-level source whose words end in a colon, the figures in the next paragraph.
  { id: 'before: X gave the following figures:', position: 'before', make: (c, x) => `${cap(x)} gave the following figures on Monday:\n\n${cap(c)}.` },
  { id: 'before: X said: quote next paragraph', position: 'before', make: (c, x) => `${cap(x)} said in a statement on Monday:\n\n"${cap(c)}."` },
  // Quotes spanning sentences, closed or opened by their source.
  { id: 'quote over two sentences, count last', position: 'after', make: (c, x) => `"The enemy struck again at night. ${cap(c)}," ${x} said.` },
  { id: 'quote over two sentences, count first', position: 'after', make: (c, x) => `"${cap(c)}. Rescue teams are still searching the rubble," ${x} said.` },
  { id: 'quote going on after its speaker', position: 'before', make: (c, x) => `"The enemy struck again at night," ${x} said. "${cap(c)}."` },
  // Two sources in one sentence, each with its own clause.
  { id: 'two sources: X first, while Y', position: 'front', make: (c, x) => `${cap(x)} said ${c}, while Moscow said its air defences had destroyed 600 drones.` },
  { id: 'two sources: Y first, while X', position: 'middle', make: (c, x) => `Moscow said its air defences had destroyed 600 drones, while ${x} said ${c}.` },
  { id: 'two sources: C, X said, but Y', position: 'middle', make: (c, x) => `${cap(c)}, ${x} said, but Russia's defence ministry said it had shot down 600 drones.` },
  // The source named in the sentence after the count.
  { id: 'after: This was reported by X', position: 'after', make: (c, x) => `${cap(c)}. This was reported by ${bare(x)}.` },
  { id: 'after: That is according to X', position: 'after', make: (c, x) => `${cap(c)}. That is according to ${bare(x)}.` },
  // No source at all (fp8): narration, or a source of another paragraph turned to another attack.
  { id: 'none: C.', position: 'none', unsourced: true, make: (c) => `${cap(c)}.` },
  { id: 'none: On day, C.', position: 'none', unsourced: true, make: (c) => `On Monday night, ${c}.` },
  { id: 'none: X said … In a separate attack, C.', position: 'none', unsourced: true, make: (c, x) => `${cap(x)} said the strikes went on for six hours.\n\nIn a separate attack last week, ${c}.` },
  { id: 'none: C, in the latest such attack.', position: 'none', unsourced: true, make: (c) => `${cap(c)}, in the latest such attack on the region.` },
  // The source carried over from sentences or paragraphs before, and rarer forms in the count's sentence (claimantcarry.ts).
  ...CARRY_SHAPES,
  // Rarer forms met on unseen text: figures that "show", narration and background after a source (claimantblind.ts).
  ...BLIND_SHAPES,
];

/** The claimant types and the shapes never looked at while fixing: their figure is reported apart. */
export const HELD_OUT: { readonly claimants: readonly string[]; readonly shapes: readonly string[]; readonly counts: readonly string[] } = {
  claimants: ['military', 'envoy'],
  shapes: ['between two clauses', 'quote over two sentences, count first', 'after: That is according to X', 'none: C, in the latest such attack.', ...CARRY_HELD_OUT, ...BLIND_HELD_OUT],
  counts: ['damaged-went-up'],
};

// A narration clause is the reporter's own words: a source carried to it from a sentence before gives it none (claimantblind.ts).
const NARRATED: ReadonlySet<string> = new Set(NARRATION_SHAPES);
const narrationWant = (shape: ShapeSlot, claimant: ClaimantSlot): string | null => (shape.position === 'before' ? null : claimant.want);

/** A drawn share of count clause × claimant × shape, the number drawn (as a word when small, every other time). */
export function generate(seed = 7, share = 0.3): GeneratedCase[] {
  const rnd = mulberry32(seed);
  const out: GeneratedCase[] = [];
  const clauses: readonly (readonly [string, string, (n: string) => string, string?, boolean?])[] = [...CLAUSES, ...NARRATION_CLAUSES.map(([id, kind, make]) => [id, kind, make, undefined, true] as const)];
  for (const [count, kind, make, actor, narration] of clauses) {
    for (const claimant of CLAIMANTS) {
      for (const shape of SHAPES) {
        if (shape.plainOnly && claimant.apposed) continue;
        if (narration && !NARRATED.has(shape.id)) continue;
        // A quarter of the combinations, drawn: every slot is met many times over, in a run of a minute.
        if (rnd() >= share) continue;
        const value = rnd() < 0.5 ? 2 + Math.floor(rnd() * 18) : 21 + Math.floor(rnd() * 300);
        const asWord = value <= 20 && rnd() < 0.5;
        const n = asWord ? WORDS[value]! : String(value);
        out.push({
          text: shape.make(make(n), claimant.text, claimant.again),
          kind,
          value,
          // GUIDELINES: the acting authority for evacuations — the one who evacuates ("the city council evacuated …"), whoever reports it.
          want: actor ?? (shape.unsourced ? null : narration ? narrationWant(shape, claimant) : shape.want ?? claimant.want),
          count,
          claimant: claimant.type,
          shape: shape.id,
          position: shape.position,
          heldOut: HELD_OUT.claimants.includes(claimant.type) || HELD_OUT.shapes.includes(shape.id) || HELD_OUT.counts.includes(count),
        });
      }
    }
  }
  return out;
}

const STOP = new Set(['the', 'of', 'a', 'an', 'in', 'over', 'and', 's', "'s", 'region', 'oblast', 'province', 'district', 'city', 'governorate', 'state', 'area', 'county']);
const words = (s: string | null): Set<string> => new Set(((s ?? '').toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)));

/** Two claimants name the same source: one's words hold the other's, or they share half their words (the evaluator's test). */
export function sameSource(a: string | null, b: string | null): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
  const inter = [...wa].filter((w) => wb.has(w)).length;
  return inter === wa.size || inter === wb.size || inter / (wa.size + wb.size - inter) >= 0.5;
}
