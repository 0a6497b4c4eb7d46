/**
 * Transliteration-blind look-up of multi-word names: "Ras al-Ain" is GeoNames' "Ra's al 'Ayn",
 * "Deir ez-Zor" its "Dayr az Zawr", "Tel Abyad" its "Tall Abyad". News and the gazetteer spell
 * Arabic, Persian and Slavic names each their own way; their consonants mostly agree. A name's
 * skeleton keeps its consonants in order, reads every form of the Arabic article as one, and
 * folds q to k; the index of skeletons is built on the first name that needs it, and asked only
 * after every exact look-up has failed.
 */
import { gazetteer } from './gazetteer.ts';
import { nameKey } from './normalize.ts';
import { PLACE_WORDS } from './place-words.ts';

/** Skeletons of fewer consonants than this match too much by chance. */
const MIN_LEN = 4;
/** Forms of the article that the article list (place-words.tsv) leaves to this look-up: vowel-shifted ones. */
export const ARTICLE_FORM = /^(?:e[dlnrstz]|u[dlnrst]|ad|az)$/;
// At module level: the transpiler turns a property-escape literal inside a function into a `new RegExp` per call.
const JOINED_NAME = /['’‘ʼ]|-\p{Ll}{1,3}-/u;

/** Letters a skeleton drops: vowels, and the glides and h that transliterations add or leave out. */
const DROP = new Set([...'aeiouyhw0123456789']);

/** The skeleton of a name key, or null for a one-word name or one too short to be told apart. */
export function skeleton(key: string): string | null {
  const toks = key.split(' ');
  let words = 0, s = '', last = '', letters = 0;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!;
    // "ra s al ayn": a one-letter token is the tail of the word before it, cut at an apostrophe.
    if (w.length > 1 || i === 0) { words++; if (i > 0) s += (last = '-'); }
    if (w.length > 1 && (PLACE_WORDS.article.has(w) || ARTICLE_FORM.test(w))) { s += (last = 'l'); letters++; continue; }
    for (let c = 0; c < w.length; c++) {
      let ch = w[c]!;
      if (DROP.has(ch)) continue;
      if (ch === 'q') ch = 'k';
      if (ch !== last) { s += (last = ch); letters++; }
    }
  }
  return words >= 2 && letters >= MIN_LEN ? s : null;
}

let index: Map<string, number[]> | null = null;

function build(): Map<string, number[]> {
  const m = new Map<string, number[]>();
  gazetteer().eachName((key, names) => {
    const sk = skeleton(key);
    if (!sk) return;
    const list = m.get(sk) ?? [];
    for (const n of names.split(',')) { const i = Number(n); if (!list.includes(i)) list.push(i); }
    m.set(sk, list);
  }, true);
  return m;
}

/** Whether a name looks transliterated: an article, an apostrophe, a particle between hyphens ("Mazar-i-Sharif"), or a word of such names (place-words.tsv translit). */
function transliterated(surface: string, key: string): boolean {
  return JOINED_NAME.test(surface) || key.split(' ').some((w) => PLACE_WORDS.article.has(w) || ARTICLE_FORM.test(w) || PLACE_WORDS.translit.has(w));
}

/** The places whose multi-word names share the skeleton of `surface`, or [] (never for one-word or untransliterated-looking names). */
export function skeletonCandidates(surface: string): number[] {
  const key = nameKey(surface);
  if (!transliterated(surface, key)) return [];
  const sk = skeleton(key);
  if (!sk) return [];
  return (index ??= build()).get(sk) ?? [];
}
