/** The gazetteer entries a bare name may be, before any context decides between them. */
import { gazetteer } from './gazetteer.ts';
import { nameKey } from './normalize.ts';
import { regionReadings, type RawMention } from './recognize.ts';

// Property-escape regexes stay at module level: the transpiler turns a literal inside a function into a `new RegExp` per call.
const DOTTED_SHORT = /^\p{Lu}\p{Ll}{1,4}\.$/u;

/** Candidates for a bare name ("the Moscow region", "Russia's", "Ukrainians", "N.Y."). */
export function candidatesFor(name: string): { cands: number[]; level: RawMention['regionLevel']; demonym: boolean } {
  const g = gazetteer();
  const clean = name.trim().replace(/^the\s+/i, '').replace(/['’]s?$/, '').trim();
  const key = nameKey(clean);
  const none = { cands: [] as number[], level: null, demonym: false };
  if (!key) return none;
  // "Kan.", "Fla.": a dotted abbreviation that is a state's short form means the state, not a
  // town whose alternate name happens to be "Kan" (Ganzhou) or "Fla" (Flå).
  const sfDot = DOTTED_SHORT.test(clean) ? g.shortForms.get(key) : undefined;
  if (sfDot) return { cands: [sfDot.idx], level: null, demonym: false };
  const parts = key.split(' ');
  for (const len of [2, 1]) {
    if (parts.length <= len) continue;
    const level = g.regionWords.get(parts.slice(-len).join(' ')) as RawMention['regionLevel'] | undefined;
    if (!level) continue;
    const rest = parts.slice(0, -len).join(' ');
    const node = g.node(rest);
    if (!node) continue;
    const full = g.node(key);
    // "Laurel County" is itself a gazetteer name; prefer it when present.
    if (full?.names.length) return { cands: full.names, level, demonym: false };
    const cands = regionReadings(g, node, level);
    if (cands.length) return { cands, level, demonym: false };
  }
  const node = g.node(key);
  // "Canadian", "Mexican": a country's demonym means the country, not the hamlet spelt alike
  // (Canadian, Texas), unless a country itself has the name (as the recogniser reads it).
  const exact = g.demonyms.get(key);
  if (exact && !node?.names.some((c) => g.place(c).fcode === 'PCLI')) return { cands: [exact.idx], level: null, demonym: true };
  if (node?.names.length) return { cands: node.names, level: null, demonym: false };
  const sf = g.shortForms.get(key);
  if (sf) return { cands: [sf.idx], level: null, demonym: false };
  const dem = g.demonyms.get(key) ?? (key.endsWith('s') ? g.demonyms.get(key.slice(0, -1)) : undefined);
  if (dem) return { cands: [dem.idx], level: null, demonym: true };
  if (node?.cores.length) return { cands: node.cores, level: null, demonym: false };
  return none;
}

