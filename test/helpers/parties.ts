/**
 * Parties of a meeting or agreement compared as the claims evaluator compares claimants (FORMAT.md): the words of one
 * hold the other's, or they share half their words (function words and place-type nouns aside), so a claimant that
 * gives the states before the people ("Armenia and Azerbaijan (the two foreign ministers)") matches either way.
 */
const STOP = new Set(['the', 'of', 'a', 'an', 'in', 'over', 'and', 's', 'region', 'oblast', 'province', 'district', 'city', 'governorate', 'state', 'area', 'county']);
const words = (s: string): Set<string> => new Set((s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)));

export function sameParties(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared === wa.size || shared === wb.size || shared / (wa.size + wb.size - shared) >= 0.5;
}
