/**
 * The generated stress test of meetings and agreements (test/helpers/meetinggen.ts): for the fitted and the held-out
 * slice apart, how many held meetings and signed agreements are found, how many planned or talked-about ones are
 * wrongly claimed, and of those found, whether the parties and the venue are right; then the same by slot.
 * `npx tsx scripts/meeting-stress.ts [--fails N] [--held]`.
 */
import { extractArticle } from '../src/pipeline.js';
import { generate, type MeetingCase } from '../test/helpers/meetinggen.js';
import { sameParties } from '../test/helpers/parties.js';

const args = process.argv.slice(2);
const showFails = Number(args[args.indexOf('--fails') + 1] ?? 0) || 0;
const showHeld = args.includes('--held');

interface Tally { held: number; found: number; talk: number; invented: number; parties: number; venue: number }
const tally = (): Tally => ({ held: 0, found: 0, talk: 0, invented: 0, parties: 0, venue: 0 });
const slices = { fitted: tally(), heldOut: tally() };
const bySlot = new Map<string, Tally>();
const fails: string[] = [];

interface Outcome { found: boolean; parties: boolean; venue: boolean; claimant: string | null; where: string | null }

function judge(c: MeetingCase): Outcome {
  const claims = extractArticle({ id: 'g', title: 'Diplomacy', published: '2025-05-14', text: c.text }).claims;
  const claim = claims.find((k) => k.kind === c.kind);
  const where = claim?.where?.text ?? null;
  return {
    found: !!claim, claimant: claim?.claimant ?? null, where,
    // A claim with no parties names none of them (sameParties holds for an empty side).
    parties: !!claim?.claimant && sameParties(claim.claimant, c.want),
    venue: !!where && (where.includes(c.venue) || claim!.where!.place?.name === c.venue),
  };
}

function add(t: Tally, c: MeetingCase, o: Outcome): void {
  if (!c.happened) {
    t.talk++;
    if (o.found) t.invented++;
    return;
  }
  t.held++;
  if (!o.found) return;
  t.found++;
  if (o.parties) t.parties++;
  if (o.venue) t.venue++;
}

for (const c of generate()) {
  const o = judge(c);
  add(c.heldOut ? slices.heldOut : slices.fitted, c, o);
  if (c.heldOut && !showHeld) continue;
  for (const key of [`shape ${c.kind} ${c.shape}`, `parties ${c.parties}`, `dateline ${c.dateline}`]) {
    const t = bySlot.get(key) ?? tally();
    add(t, c, o);
    bySlot.set(key, t);
  }
  const why = !c.happened ? (o.found ? 'invented' : '') : !o.found ? 'missed' : [!o.parties && 'parties', !o.venue && 'venue'].filter(Boolean).join('+');
  if (why) fails.push(`${why} ${JSON.stringify(o.claimant)} @${JSON.stringify(o.where)} [${c.shape} | ${c.parties}]: ${c.text}`);
}

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
const line = (t: Tally): string =>
  `found=${pct(t.found, t.held)} invented=${pct(t.invented, t.talk)} parties-right=${pct(t.parties, t.found)} venue-right=${pct(t.venue, t.found)} (held ${t.held}, talk ${t.talk})`;
for (const [name, t] of Object.entries(slices)) console.log(`${name.padEnd(8)} ${line(t)}`);
for (const [key, t] of [...bySlot].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${key.padEnd(62)} ${line(t)}`);
for (const f of fails.slice(0, showFails)) console.log(f);
