/**
 * A synthetic news corpus for the bench: articles composed from sentence templates with varied
 * places, numbers, weapons, claimants, dates and claim kinds, plus background sentences, so the
 * pipeline meets the mix it meets in real news rather than one sentence repeated.
 * Deterministic (seeded), so runs are comparable.
 */
import { createWriteStream } from 'node:fs';

const PLACES = [
  ['Kyiv', 'Ukraine'], ['Kharkiv', 'Ukraine'], ['Odesa', 'Ukraine'], ['Dnipro', 'Ukraine'], ['Zaporizhzhia', 'Ukraine'],
  ['Moscow', 'Russia'], ['Kursk', 'Russia'], ['Belgorod', 'Russia'], ['Bryansk', 'Russia'], ['Sevastopol', 'Crimea'],
  ['Gaza City', 'Gaza'], ['Rafah', 'Gaza'], ['Tel Aviv', 'Israel'], ['Haifa', 'Israel'], ['Beirut', 'Lebanon'],
  ['Damascus', 'Syria'], ['Aleppo', 'Syria'], ['Baghdad', 'Iraq'], ['Erbil', 'Iraq'], ['Sanaa', 'Yemen'],
  ['Hodeidah', 'Yemen'], ['Khartoum', 'Sudan'], ['El Fasher', 'Sudan'], ['Mogadishu', 'Somalia'], ['Goma', 'Congo'],
  ['Bamako', 'Mali'], ['Kabul', 'Afghanistan'], ['Peshawar', 'Pakistan'], ['Srinagar', 'India'], ['Yangon', 'Myanmar'],
] as const;
const WEAPONS = ['drones', 'attack drones', 'Shahed drones', 'missiles', 'ballistic missiles', 'cruise missiles', 'rockets', 'artillery shells', 'guided bombs', 'mortar rounds'];
const CLAIMANTS = [
  'the defence ministry', 'the air force', 'a military spokesman', 'regional governor Oleksandr Prokudin', 'the army',
  'local police', 'state media', 'the interior ministry', 'emergency services', 'a senior official', 'the health ministry',
  'Governor Vyacheslav Gladkov', 'the civil defence agency', 'the coast guard', 'a spokesperson for the general staff',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUALIFIERS = ['', 'at least ', 'about ', 'more than ', 'nearly ', 'up to '];

type Pick = <T>(xs: readonly T[]) => T;

/** One claim-bearing sentence per template; each names a number, a place and who says so. */
const CLAIM_SENTENCES: ((p: Pick, n: () => number) => string)[] = [
  (p, n) => `${cap(p(CLAIMANTS))} said ${p(QUALIFIERS)}${n()} ${p(WEAPONS)} were shot down over the ${p(PLACES)[0]} region overnight.`,
  (p, n) => `Russia launched ${n()} ${p(WEAPONS)} and ${n()} missiles at ${p(PLACES)[0]} on ${p(DAYS)}, ${p(CLAIMANTS)} said.`,
  (p, n) => `Air defences intercepted ${n()} of the ${n() + 40} ${p(WEAPONS)} fired at ${p(PLACES)[0]}, according to ${p(CLAIMANTS)}.`,
  (p, n) => `${p(QUALIFIERS) ? cap(p(QUALIFIERS)) : 'At least '}${n() % 30 + 1} people were killed and ${n()} injured in a strike on ${p(PLACES)[0]}, ${p(CLAIMANTS)} said.`,
  (p, n) => `${cap(p(CLAIMANTS))} said ${n() % 12 + 1} civilians were wounded when ${p(WEAPONS)} hit a residential block in ${p(PLACES)[0]}.`,
  (p, n) => `Authorities evacuated ${n() * 10} residents from villages near ${p(PLACES)[0]} after the attack, ${p(CLAIMANTS)} said.`,
  (p) => `The airport in ${p(PLACES)[0]} was closed for several hours on ${p(DAYS)}, the aviation authority said.`,
  (p, n) => `${n()} flights were delayed or diverted at ${p(PLACES)[0]} airport, ${p(CLAIMANTS)} told reporters.`,
  (p, n) => `${cap(p(CLAIMANTS))} said ${n() % 20 + 1} buildings and a power substation were damaged in ${p(PLACES)[0]}.`,
  (p) => `${p(PLACES)[1]} and ${p(PLACES)[1]} signed an agreement on ${p(DAYS)} to expand security cooperation, officials in ${p(PLACES)[0]} said.`,
  (p) => `The foreign ministers met in ${p(PLACES)[0]} on ${p(DAYS)} to discuss a ceasefire, ${p(CLAIMANTS)} said.`,
  (p, n) => `${cap(p(CLAIMANTS))} reported that ${n()} ${p(WEAPONS)} struck energy infrastructure in the ${p(PLACES)[0]} area.`,
];

/** Background sentences: no claim, but the kinds of clauses real articles carry. */
const BACKGROUND: ((p: Pick, n: () => number) => string)[] = [
  (p) => `The conflict has displaced millions of people and left large parts of ${p(PLACES)[1]} without reliable power.`,
  (p) => `Officials in ${p(PLACES)[0]} have repeatedly called for more air defence systems from Western partners.`,
  (p, n) => `The attack was the ${['largest', 'third', 'second'][n() % 3]} of its kind this month, analysts said.`,
  () => 'It was not possible to independently verify the claims.',
  (p) => `Neither side commented on the report, which could not be confirmed by ${p(['Reuters', 'the Associated Press', 'AFP'])}.`,
  (p) => `Talks brokered by ${p(['Qatar', 'Turkey', 'Egypt', 'Saudi Arabia'])} have so far failed to produce a lasting truce.`,
  (p) => `Residents of ${p(PLACES)[0]} described hearing explosions shortly after midnight.`,
  (p, n) => `The ${p(['ministry', 'military', 'government'])} did not say how many of the ${n()} launched had reached their targets.`,
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface BenchArticle {
  id: string;
  title: string;
  published: string;
  text: string;
}

/** Articles, endlessly, from a seed: a headline, sometimes a dated caption, 6–16 sentences. */
export function* articles(seed = 1): Generator<BenchArticle> {
  let s = seed >>> 0;
  const rnd = (k: number) => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s % k; };
  const p: Pick = (xs) => xs[rnd(xs.length)]!;
  const n = () => rnd(480) + 2;
  for (let i = 0; ; i++) {
    const [place, country] = p(PLACES);
    const month = rnd(12);
    const day = rnd(28) + 1;
    const year = 2022 + rnd(4);
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const title = `${p(['Strikes', 'Drone attack', 'Missile barrage', 'Shelling', 'Talks'])} ${p(['hit', 'reported in', 'target', 'resume in'])} ${place}`;
    const paragraphs = [title, ''];
    if (rnd(3) === 0) paragraphs.push(`${day} ${MONTHS[month]} ${year}, ${country}, ${place}: Rescuers work at the site of a strike. (Photo/dpa)`, '');
    const count = 6 + rnd(11);
    for (let k = 0; k < count; k++) {
      const sentence = rnd(3) === 0 ? p(BACKGROUND)(p, n) : p(CLAIM_SENTENCES)(p, n);
      paragraphs.push(sentence, '');
    }
    yield { id: `bench-${i}`, title, published, text: paragraphs.join('\n').trim() };
  }
}

/** Writes JSON Lines of at least `bytes` of article text to `path`; returns articles and text bytes. */
export async function writeCorpus(path: string, bytes: number, seed = 1): Promise<{ articles: number; textBytes: number }> {
  const out = createWriteStream(path);
  let textBytes = 0;
  let count = 0;
  for (const a of articles(seed)) {
    if (textBytes >= bytes) break;
    textBytes += Buffer.byteLength(a.text);
    count++;
    if (!out.write(`${JSON.stringify(a)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { articles: count, textBytes };
}
