/**
 * A country among the countries a text names (world.ts and rank.ts countryPeers), and a country or
 * a state before a comma that is a list's member, not a place inside the next name (frames.ts
 * containersHolding). Sentences written for these tests.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { candidatesFor, findPlaces, resolveSpans } from '../src/places/index.ts';
import { gazetteer, type Place } from '../src/places/gazetteer.ts';
import { containersHolding } from '../src/places/frames.ts';
import type { RawMention } from '../src/places/recognize.ts';
import { FEATURES } from '../src/places/rank.ts';

const spans = (text: string, names: string[]) => names.map((n) => { const at = text.indexOf(n); return { start: at, end: at + n.length }; });

/** The features of every reading of `name` in `text`, by the reading's country, state and kind. */
function readingsOf(text: string, names: string[], name: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  resolveSpans(text, spans(text, names), (m, cands, feats) => {
    if (text.slice(m.start, m.end) !== name) return;
    cands.forEach((c, i) => { const k = `${c.cc}.${c.admin1}.${c.fcode}`; if (!out.has(k)) out.set(k, feats[i]!); });
  });
  return out;
}

test('a country reading counts the other countries named', () => {
  const countries = 'Veterans at the Texas museum recalled flying supplies for China, Burma and India.';
  const china = readingsOf(countries, ['Texas', 'China', 'Burma', 'India'], 'China');
  const peers = FEATURES.indexOf('countryPeers');
  // Two of the three other names are countries: Burma and India; Texas is a state.
  assert.ok(Math.abs((china.get('CN.00.PCLI')?.[peers] ?? 0) - 2 / 3) < 1e-9);
  // A town of the name counts nothing, whatever it is named after.
  for (const [k, f] of china) if (!k.endsWith('PCLI')) assert.equal(f[peers], 0, k);
  // A state is no country among countries.
  const usStates = 'The Dayton dealer mailed cash to Mexico and California, Ohio investigators said.';
  const california = readingsOf(usStates, ['Dayton', 'Mexico', 'California', 'Ohio'], 'California');
  assert.equal(california.get('US.CA.ADM1')?.[peers], 0);
});

const readings = (name: string): Place[] => candidatesFor(name).cands.map((c) => gazetteer().place(c));
const mention = (text: string, name: string, container: number | null): RawMention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, role: 'location', cands: candidatesFor(name).cands, regionLevel: null, container, tokStart: -1, tokEnd: -1 };
};

test('a country or a state before a comma is a list member unless the next name holds it', () => {
  const cases: { text: string; names: [string, string]; held: boolean }[] = [
    { text: 'Pilots flew for China, Canada and Britain.', names: ['China', 'Canada'], held: false },
    { text: 'Crews came from Ohio, Indiana and Kentucky.', names: ['Ohio', 'Indiana'], held: false },
    { text: 'The fair in Ontario, Canada drew crowds.', names: ['Ontario', 'Canada'], held: true },
    { text: 'A plant in Lebanon, Ohio closed.', names: ['Lebanon', 'Ohio'], held: true },
  ];
  for (const c of cases) {
    const ms = [mention(c.text, c.names[0], 1), mention(c.text, c.names[1], null)];
    const within = containersHolding(ms, c.text, (k) => readings(c.names[k]!));
    assert.equal(within[0] !== null, c.held, c.text);
  }
});

test('countries and states named in lists are read as such beside their small namesakes', () => {
  const cases: [string, string, string][] = [
    ['Farmers around Des Moines sell soybeans to China, Japan and Mexico, the Iowa agriculture secretary said.', 'China', 'CN'],
    ['Families who fled Lebanon, Syria and Iraq met at a church in Allentown, Pennsylvania, on Sunday.', 'Lebanon', 'LB'],
    ['Pilots trained in Georgia, Armenia and Azerbaijan will join the exercise, the Pentagon said.', 'Georgia', 'GE'],
    ['Volunteers from Ohio, Indiana and Illinois cleared the river banks near Cincinnati.', 'Indiana', 'US'],
  ];
  for (const [text, name, cc] of cases) assert.equal(findPlaces(text).find((m) => m.text === name)?.place?.country, cc, text);
});
