/**
 * Candidates for a given span that names no gazetteer entry as written. Every rule here turns a
 * class of surface forms into a name the gazetteer does hold: a place named through its people
 * ("Ohioans", "Londoner", "South Ossetian"), a feature named after a place ("Neches River",
 * "Jackson Township", "Lake Lanier", "Loudon Co."), or a part of a place ("South Los Angeles",
 * "W. Columbia"). A reading found this way is a guess at the right area, never at the feature
 * itself, which is still better than no point for anything that maps the text.
 */
import { gazetteer } from './gazetteer.ts';
import { nameKey } from './normalize.ts';
import { skeletonCandidates } from './skeleton.ts';

/** People of a place: strip the suffix, then try the usual stem endings ("Iowan" -> "Iowa"). */
const DEMONYM_RULES: [RegExp, string[]][] = [
  [/ians?$/, ['ia', 'io', '', 'y', 'a']], // Ossetian -> Ossetia, Ontarian -> Ontario, Brazilian -> Brazil
  [/ans?$/, ['a', '', 'e', 'as', 'o']], // Iowan -> Iowa, Texan -> Texas, European -> Europe, Mexican -> Mexico
  [/ers?$/, ['', 'e']], // Londoner -> London, New Yorker -> New York
  [/ites?$/, ['', 'e']], // Richmondite -> Richmond
  [/eses?$/, ['', 'a']], // Sinhalese is too far; Lebanese -> Leban(on) is not reached, by design
  [/is$/, ['']], // Dagestanis -> Dagestan
  [/i$/, ['']], // Dagestani -> Dagestan, Pakistani is a listed demonym already
];

/** Generic feature words around a name: the name itself is still the best guess for the area. */
const FEATURE_SUFFIX = /\s+(?:river|lake|township|twp\.?|park|valley|islands?|mountains?|mts?\.?|falls|creek|harbou?r|bay|station|delta|national park|national forest|proving ground|base|air base|reservoir|dam|canyon|county park|state park|village|city|metro|metropolitan area|peninsula|coast|plateau|basin|sound|heights|hills?)$/i;
const FEATURE_PREFIX = /^(?:lake|mount|mt\.?|port of|town of|city of|township of|village of|river|fort|ft\.?|camp|greater|downtown|metro|metropolitan|upper|lower|old|new)\s+/i;
const DIRECTION_PREFIX = /^(?:north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|central|mid|[nsew]\.|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+/i;

export interface Fallback { cands: number[]; demonym: boolean }

function names(key: string): number[] {
  const n = gazetteer().node(key);
  return n?.names.length ? n.names : n?.cores ?? [];
}

/** Abbreviated words inside a name ("Loudon Co.", "Tewksbury Twp.") written out. */
function expand(name: string): string {
  return name.replace(/\bCo\.?$/, 'County').replace(/\bTwp\.?$/, 'Township').replace(/\bSt\.(?=\s)/, 'Saint').replace(/\bFt\.(?=\s)/, 'Fort');
}

export function fallbackCandidates(surface: string): Fallback | null {
  const g = gazetteer();
  const name = expand(surface.trim().replace(/^the\s+/i, '').replace(/['’]s?$/, ''));
  const key = nameKey(name);
  if (!key) return null;
  const direct = names(key);
  if (direct.length) return { cands: direct, demonym: false };
  // "N.Y" without its last dot, "U.S" and the like.
  if (/^[A-Z](?:\.[A-Z])+$/.test(name)) {
    const sf = g.shortForms.get(nameKey(name + '.'));
    if (sf) return { cands: [sf.idx], demonym: false };
  }
  for (const [re, ends] of DEMONYM_RULES) {
    if (!re.test(key)) continue;
    const stem = key.replace(re, '');
    if (stem.length < 3) continue;
    for (const e of ends) {
      const cands = names(stem + e);
      if (cands.length) return { cands, demonym: true };
    }
  }
  let rest = name;
  for (let k = 0; k < 3; k++) {
    const next = rest.replace(FEATURE_SUFFIX, '').replace(FEATURE_PREFIX, '').replace(DIRECTION_PREFIX, '').trim();
    if (next === rest || !next) break;
    rest = next;
    const cands = names(nameKey(rest));
    if (cands.length) return { cands, demonym: false };
    const otherwise = skeletonCandidates(rest);
    if (otherwise.length) return { cands: otherwise, demonym: false };
  }
  // "Ras al-Ain", "Tel Abyad": a transliteration of a multi-word name the gazetteer spells otherwise.
  const spelt = skeletonCandidates(name);
  return spelt.length ? { cands: spelt, demonym: false } : null;
}
