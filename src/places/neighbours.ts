/** Readings of recognised mentions that depend on the mentions beside them: coordinated regions, listed unknown units, metonyms and containment. */
import type { Gazetteer } from './gazetteer.ts';
import { spanKey, type Token } from './normalize.ts';
import type { PlacePrecision } from '../types.ts';
import { namesListedBefore } from './unknown.ts';
import { AUXILIARY, SPEECH_VERB, is } from './lexicon.ts';
import type { RawMention } from './recognize.ts';
import { atRegionLevel } from './regions.ts';

// Regex literals evaluated per call make a RegExp object each time: the hot context tests share these.
const PLURAL_S = /s$/;
const COORDINATION_GAP = /^(?:\s+and\s+|,\s*(?:and\s+)?)$/;
const APOSTROPHE_GAP = /^['’]$/;
const CLAUSE_MARK = /[,.;]/;
const COMMA_GAP = /^,\s*$/;

/** "Shangil Tobaya and Tawila districts": unknown names listed before a plural unit word are units too. */
export function listedUnknowns(g: Gazetteer, text: string, tokens: Token[], ms: RawMention[], people: Set<string>): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const n = ms[k]!;
    const plural = n.framed && !n.regionLevel ? tokens[n.tokEnd + 1] : null;
    if (plural ? !PLURAL_S.test(plural.key) || plural.cap : !n.regionLevel || n.regionLevel === 'airport' || !PLURAL_S.test(tokens[n.tokEnd]!.key)) continue;
    const taken = k > 0 ? ms[k - 1]!.tokEnd : -1;
    const listed = namesListedBefore(g, tokens, n.tokStart, people).filter((r) => r.start > taken);
    const unit: PlacePrecision = n.framed ?? (n.regionLevel === 'admin1' ? 'region' : 'district');
    ms.splice(k, 0, ...listed.reverse().map((r): RawMention => ({ start: tokens[r.start]!.start, end: tokens[r.end]!.end, text: text.slice(tokens[r.start]!.start, tokens[r.end]!.end), role: 'location', cands: [], regionLevel: n.regionLevel, container: null, framed: unit, tokStart: r.start, tokEnd: r.end })));
  }
}

/**
 * "the Yaroslavl and Nizhny Novgorod regions", "the Belgorod, Kursk and Bryansk regions": the
 * names listed before a plural region word are regions too.
 */
export function coordinateRegions(g: Gazetteer, text: string, tokens: Token[], ms: RawMention[]): void {
  for (let k = ms.length - 1; k > 0; k--) {
    const n = ms[k]!;
    if (!n.regionLevel || !PLURAL_S.test(tokens[n.tokEnd]!.key)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const m = ms[j]!, next = ms[j + 1]!;
      if (m.regionLevel || !COORDINATION_GAP.test(text.slice(m.end, next.start))) break;
      const node = g.node(spanKey(tokens, m.tokStart, m.tokEnd));
      const cores = (node?.cores ?? []).filter((c) => atRegionLevel(g.place(c), n.regionLevel));
      if (!cores.length) break;
      m.cands = cores;
      m.regionLevel = n.regionLevel;
    }
  }
}

/** Roles and containment that depend on the neighbours: "Moscow said", "Bangor, Maine", "Paris in Texas". */
export function markContext(text: string, tokens: Token[], ms: RawMention[]): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    let n = m.tokEnd + 1;
    if (tokens[n]?.key === 's' && APOSTROPHE_GAP.test(tokens[n]!.gap)) n++;
    while (is(tokens[n], AUXILIARY)) n++;
    if (m.role === 'location' && is(tokens[n], SPEECH_VERB) && n > m.tokEnd + (tokens[m.tokEnd + 1]?.key === 's' ? 1 : 0) && !CLAUSE_MARK.test(text.slice(m.end, tokens[n]!.start))) m.role = 'metonym';
    const nx = ms[k + 1];
    if (nx && nx.tokStart === m.tokEnd + 1 && COMMA_GAP.test(text.slice(m.end, nx.start))) m.container = k + 1;
    if (nx && nx.tokStart === m.tokEnd + 2 && tokens[m.tokEnd + 1]?.key === 'in') m.container = k + 1;
  }
}
