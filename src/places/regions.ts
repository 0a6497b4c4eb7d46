/** What a name before a region word ("X region", "X district", "X airport") reads as: the gazetteer entries at the level the word asks for. */
import type { Gazetteer, Place, TrieNode } from './gazetteer.ts';
import type { RawMention } from './recognize.ts';

/**
 * What "X region" (or "X state", "X district") names at the region word's level: regions whose
 * core is X, else regions plainly named X ("New York State": the state is plain "New York",
 * while the core "New York" belongs to New York County), else any region or place called X.
 */
export function regionReadings(g: Gazetteer, node: TrieNode, level: RawMention['regionLevel']): number[] {
  // One list per node and level, as for a name's own readings (node.names), so the caches keyed by a readings list find it again.
  let byLevel = readingsOf.get(node);
  if (!byLevel) readingsOf.set(node, (byLevel = new Map()));
  let found = byLevel.get(level);
  if (!found) byLevel.set(level, (found = readingsAt(g, node, level)));
  return found;
}

const readingsOf = new WeakMap<TrieNode, Map<RawMention['regionLevel'], number[]>>();

function readingsAt(g: Gazetteer, node: TrieNode, level: RawMention['regionLevel']): number[] {
  const atLevel = (c: number) => atRegionLevel(g.place(c), level);
  const cores = node.cores.filter(atLevel);
  // "the Lyman district", "Izium hromada": a district is named after its town, which the
  // gazetteer may hold where it lacks the district; the towns compete with the counties.
  if (level === 'unit') {
    // A country that has the unit itself keeps the unit, and a town smaller than a unit of the
    // name is not what the name is known by ("Donetsk district" is the raion, not Donetsk in Rostov).
    const most = Math.max(0, ...cores.map((u) => g.place(u).pop));
    const towns = node.names.filter((c) => { const p = g.place(c); return p.fcode.startsWith('PPL') && p.pop > most && !cores.some((u) => g.place(u).cc === p.cc); });
    if (cores.length + towns.length) return [...cores, ...towns];
  }
  if (cores.length) return cores;
  // "Moscow airport" names no airport called Moscow: the caller keeps the town.
  if (level === 'airport') return [];
  const named = node.names.filter((c) => atLevel(c) && g.place(c).fcode.startsWith('ADM'));
  if (named.length) return named;
  const other = node.cores.filter((c) => g.place(c).fcode !== 'AIRP');
  return other.length ? other : node.names;
}

/** Whether a place is of the kind a region word asks for: "region" a first-level unit, "airport" an airport. */
export function atRegionLevel(p: Place, level: RawMention['regionLevel']): boolean {
  if (level === 'airport') return p.fcode === 'AIRP';
  if (p.fcode === 'AIRP') return false;
  if (level === 'unit') return p.fcode === 'ADM2';
  return level === 'any' || (level === 'admin1') === (p.fcode === 'ADM1');
}
