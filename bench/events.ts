/**
 * Throughput of the events stage alone (`extractEvents`), on inputs prepared once.
 *
 *     npx tsx bench/events.ts                       # ≥ 2.5 MB, MB/s of extractEvents only
 *     npx tsx bench/events.ts --mb 4 --runs 3
 *     npx tsx bench/events.ts --prep /tmp/p.json    # reuse prepared inputs (created if missing)
 *     npx tsx bench/events.ts --dump /tmp/ev.jsonl  # write every event, to diff two versions
 *     npx tsx bench/events.ts --extra notes.jsonl   # also run {id,text,title?,published?} lines
 *     npx tsx bench/events.ts --real                # the real-news corpus (bench/real-news.ts) instead of the generated mix
 *
 * clean → sentences → places → claims run once, outside the timing, exactly as src/pipeline.ts
 * chains them, so only the events stage is measured. `--prep` freezes those inputs on disk: the
 * earlier stages change under other hands, and an output diff must compare the events code alone.
 * Profile with: node --import tsx --cpu-prof --cpu-prof-dir=/tmp/evprof bench/events.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cleanArticle } from '../src/clean/index.ts';
import { splitSentences } from '../src/language/sentences.ts';
import { findPlaces, lookupPlace } from '../src/places/index.ts';
import { extractClaims } from '../src/claims/index.ts';
import { extractEvents, type EventInput } from '../src/events/index.ts';
import type { Article, PlaceMention } from '../src/types.ts';
import { articles } from './corpus.ts';
import { realCorpora } from './real-news.ts';

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const MB = Number(flag('mb') ?? 2.5);
const RUNS = Number(flag('runs') ?? 3);

// Hand-written reports in the shapes the corpus generator lacks: one-line conflict-event notes
// (admin units in brackets, casualty lines), wire copy about diplomacy, protests and arrests.
const REAL_LOOKING: Article[] = [
  { id: 'rl-1', title: null, published: null, text: 'On 3 March 2024, in Kaduna (Kaduna), gunmen attacked a village and abducted 14 residents, killing two farmers. Fatalities estimated as 2.' },
  { id: 'rl-2', title: null, published: null, text: 'On 12 April 2023, traders staged a peaceful protest in Lahore (Punjab) against rising fuel prices; police dispersed them with tear gas and arrested several organisers.' },
  { id: 'rl-3', title: null, published: null, text: 'Around 11 August 2022 (month of), Wagner forces and Malian soldiers clashed with JNIM militants near Gao (Gao), leaving 9 dead. [coded as Gao]' },
  { id: 'rl-4', title: 'Poland and Lithuania agree to boost air defence cooperation', published: '2024-02-14', text: 'Poland and Lithuania agree to boost air defence cooperation\n\nWARSAW, Feb 14 (Reuters) - Poland and Lithuania signed an agreement on Wednesday to expand joint air defence exercises, the defence ministry said.\n\nThe deal was reached during a visit by the Lithuanian defence minister to Warsaw, where he met his Polish counterpart.\n\nThe two countries have repeatedly called on NATO allies to send more Patriot batteries to the eastern flank.\n\nA spokesperson said the first joint drills would begin in the spring.' },
  { id: 'rl-5', title: 'Explosion kills four at market', published: '2023-09-02', text: 'Explosion kills four at market\n\nA roadside bomb exploded near a crowded market in the town of Baidoa on Saturday, killing four civilians and wounding 11 others, a police officer told reporters.\n\nNo group immediately claimed responsibility, but al-Shabaab militants have frequently carried out similar attacks in the region.\n\nSecurity forces cordoned off the area and arrested two suspects, the official said.' },
  { id: 'rl-6', title: null, published: null, text: 'Israeli warplanes struck targets in southern Lebanon on Tuesday after Hezbollah fired rockets at northern Israel, the military said.' },
  { id: 'rl-7', title: null, published: null, text: 'The foreign minister threatened to expel the ambassador if the government refused to withdraw its troops from the border.' },
  { id: 'rl-8', title: null, published: null, text: 'Students marched through the capital demanding the release of detained activists; rioters later torched two police vehicles and pelted officers with stones.' },
];

interface Prepared { inputs: EventInput[]; bytes: number }

function prepareOne(a: Article): EventInput {
  const cleaned = cleanArticle(a);
  const published = a.published ?? cleaned.dateline?.date ?? null;
  const dated: Article = { ...a, published, title: a.title ?? cleaned.title };
  const sentences = cleaned.body.flatMap((l) => splitSentences(a.text, l.start, l.end));
  const places: PlaceMention[] = findPlaces(a.text, { published });
  const inBody = places.filter((p) => cleaned.body.some((b) => p.start >= b.start && p.end <= b.end));
  const dlPlace = cleaned.dateline?.place ? lookupPlace(cleaned.dateline.place) : null;
  const claims = extractClaims({
    article: dated, sentences, places: inBody,
    dateline: cleaned.dateline ? { date: cleaned.dateline.date, place: cleaned.dateline.place ? { text: cleaned.dateline.place, place: dlPlace } : null } : null,
  });
  return { article: dated, sentences, places: inBody, claims, datelinePlace: cleaned.dateline?.place ?? null };
}

function prepare(): Prepared {
  const inputs: EventInput[] = [];
  let bytes = 0;
  const extra = flag('extra');
  const extraArticles: Article[] = extra
    ? readFileSync(extra, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const o = JSON.parse(l) as { id: string; text: string; title?: string | null; published?: string | null };
      return { id: o.id, text: o.text, title: o.title ?? null, published: o.published?.slice(0, 10) ?? null };
    })
    : [];
  const add = (a: Article) => { inputs.push(prepareOne(a)); bytes += Buffer.byteLength(a.text); };
  for (const a of extraArticles) add(a);
  // Real news (the examples and the dev sets' articles): the sentences the stage spends its time on in use.
  if (process.argv.includes('--real')) {
    for (const c of realCorpora()) for (const a of c.articles) add(a);
    return { inputs, bytes };
  }
  // The generated corpus, with a real-looking report after every 20 articles (~5 % of the mix).
  let k = 0;
  for (const a of articles(99)) {
    if (bytes >= MB * 1e6) break;
    add({ ...a, published: k % 2 ? a.published : null, title: k % 3 ? a.title : null });
    if (++k % 20 === 0) add(REAL_LOOKING[(k / 20) % REAL_LOOKING.length]!);
  }
  return { inputs, bytes };
}

const prepPath = flag('prep');
let t0 = performance.now();
const prepared: Prepared = prepPath && existsSync(prepPath) ? (JSON.parse(readFileSync(prepPath, 'utf8')) as Prepared) : prepare();
if (prepPath && !existsSync(prepPath)) writeFileSync(prepPath, JSON.stringify(prepared));
console.log(`prepared ${prepared.inputs.length} articles, ${(prepared.bytes / 1e6).toFixed(2)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Warm-up: compile patterns, load tables and let the JIT settle before timing.
for (const input of prepared.inputs.slice(0, 300)) extractEvents(input);

const dump = flag('dump');
let events = 0;
const out: string[] = [];
for (let r = 0; r < RUNS; r++) {
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  events = 0;
  for (const input of prepared.inputs) {
    const found = extractEvents(input);
    events += found.length;
    if (dump && r === 0) out.push(JSON.stringify({ id: input.article.id, events: found }));
  }
  const s = (performance.now() - t0) / 1000;
  // CPU time as well as wall time: on a shared machine the wall clock counts other people's jobs.
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`run ${r + 1}: ${events} events in ${s.toFixed(2)} s = ${(prepared.bytes / 1e6 / s).toFixed(2)} MB/s wall, ${(prepared.bytes / 1e6 / cpuS).toFixed(2)} MB/s CPU`);
}
if (dump) writeFileSync(dump, `${out.join('\n')}\n`);
