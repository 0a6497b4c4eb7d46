import type { PlaceMention } from '../types.js';
import type { Sentence } from '../language/index.js';
import { namedSites } from '../places/index.js';

/**
 * The mentions of the text with the named sites of its sentences (places/sites.ts: "the X oil
 * refinery", "the X border crossing") in place of the names inside them: a count told of a site is
 * there, whether or not the gazetteer knows X, and X alone would read as a modifier of the site.
 */
export function withSites(text: string, sentences: readonly Sentence[], places: readonly PlaceMention[]): PlaceMention[] {
  // "Medics at the X hospital in Y said …": a site where a source speaks is no place of what it reports.
  const sites = sentences.flatMap((s) => namedSites(text, s, places)).filter((m) => !m.speaks);
  if (!sites.length) return [...places];
  const kept = places.filter((p) => !sites.some((x) => p.start >= x.start && p.end <= x.end));
  return [...kept, ...sites].sort((a, b) => a.start - b.start);
}
