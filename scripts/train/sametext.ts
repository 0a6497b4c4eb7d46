/**
 * The evaluator's loose name match (../shared/eval/score `same_text`), for trainers that label
 * candidates by gold names: one name's words hold the other's, or they share half of them.
 */
const STOP = new Set(['the', 'of', 'a', 'an', 'in', 'over', 'and', 's', "'s", 'region', 'oblast', 'province', 'district', 'city', 'governorate', 'state', 'area', 'county']);
const words = (s: string | null | undefined): Set<string> => new Set((s ?? '').toLowerCase().match(/[a-z0-9]+/g)?.filter((w) => !STOP.has(w)) ?? []);

export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
  const inter = [...wa].filter((w) => wb.has(w)).length;
  return inter === wa.size || inter === wb.size || inter / new Set([...wa, ...wb]).size >= 0.5;
}
