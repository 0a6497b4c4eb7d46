import type { PlaceMention } from '../types.js';
import type { Scene } from './placing.js';
import { asClaimPlace, type ClaimPlace } from './where.js';
import { isAcronymPlace, isReferencePlace } from './whererules.js';

/**
 * On a page of several stories (clean's sections: a second story under its heading, byline or dateline, or a live
 * page's updates), which places a count may belong to at all: a place the page names only in another section is
 * another story's, not a candidate of this count (placerank.ts). A place the count's own section names again
 * ("refers back to it") stays; a country no place of the section lies in goes with the other stories' places.
 * On a live page the headline's places stay: its updates go on telling the one story the headline names.
 */

/** The sections of a page and what each names, read once per article. */
interface PageSections {
  /** Whether the page has more than one section. */
  several: boolean;
  /** Each name's sections. */
  sectionsOf: Map<string, Set<number>>;
  /** The countries each section's places lie in. */
  countriesOf: Map<number, Set<string>>;
}

const keyOf = (p: ClaimPlace): string => p.text.toLowerCase().replace(/^the\s+/, '');
const read = new WeakMap<readonly PlaceMention[], PageSections>();

function pageSections(scene: Scene): PageSections | null {
  const a = scene.article;
  if (!a) return null;
  const had = read.get(a.places);
  if (had) return had;
  const out: PageSections = { several: a.sentences.some((s) => (s.section ?? 0) > 0), sectionsOf: new Map(), countriesOf: new Map() };
  if (out.several) {
    let si = 0;
    for (const m of a.places) {
      while (si < a.sentences.length && a.sentences[si]!.end <= m.start) si++;
      const s = a.sentences[si];
      if (!s || m.start < s.start || m.role !== 'location' || isAcronymPlace(m) || isReferencePlace(scene.text, m)) continue;
      const section = s.section ?? 0;
      const k = keyOf(asClaimPlace(m, scene.text));
      const at = out.sectionsOf.get(k);
      if (at) at.add(section); else out.sectionsOf.set(k, new Set([section]));
      if (!m.place?.country) continue;
      const cc = out.countriesOf.get(section);
      if (cc) cc.add(m.place.country); else out.countriesOf.set(section, new Set([m.place.country]));
    }
  }
  read.set(a.places, out);
  return out;
}

/** True when `place` belongs to another section of the page than the count's sentence of `scene`. */
export function inOtherSection(scene: Scene, place: ClaimPlace, headline: boolean): boolean {
  const page = pageSections(scene);
  if (!page?.several) return false;
  if (headline && scene.sentence.liveUpdate) return false;
  const own = scene.sentence.section ?? 0;
  const named = page.sectionsOf.get(keyOf(place));
  if (named) return !named.has(own);
  // A place the body never names (the dateline, the main country, a headline's): kept when the section's places lie in its country.
  const cc = place.place?.country;
  return !!cc && !(page.countriesOf.get(own)?.has(cc) ?? false);
}
