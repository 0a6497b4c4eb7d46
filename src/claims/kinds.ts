import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ClaimKind } from '../types.js';

/** The claim kinds (data/claims/kinds.json): one declaration the type, the API and the count rules read. */
const KindsFile = z.object({
  _why: z.string(),
  kinds: z.record(z.string().regex(/^[a-z_]+$/), z.object({
    why: z.string().min(10),
    heads: z.array(z.string().min(1)),
    tally: z.boolean(),
    armed: z.boolean(),
    format: z.boolean(),
    alsoAs: z.string().optional(),
    alsoWhy: z.string().min(10).optional(),
  }).strict()),
}).strict();
export type KindSpec = z.infer<typeof KindsFile>['kinds'][string];

function load(): Record<ClaimKind, KindSpec> {
  const parsed = KindsFile.safeParse(JSON.parse(readFileSync(new URL('../../data/claims/kinds.json', import.meta.url), 'utf8')));
  if (!parsed.success) throw new Error(`data/claims/kinds.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const kinds = parsed.data.kinds;
  for (const [k, spec] of Object.entries(kinds)) {
    if (spec.alsoAs === undefined) continue;
    if (!kinds[spec.alsoAs]?.format || !spec.alsoWhy) throw new Error(`data/claims/kinds.json: kinds.${k}.alsoAs: "${spec.alsoAs}" must be a format kind, with alsoWhy`);
  }
  return kinds as Record<ClaimKind, KindSpec>;
}

export const KINDS: Readonly<Record<ClaimKind, KindSpec>> = load();
const all = Object.keys(KINDS) as ClaimKind[];
/** Every kind, in the file's order (a non-empty tuple, as zod's enum wants it). */
export const CLAIM_KINDS = all as [ClaimKind, ...ClaimKind[]];
/** Kinds summed by default in tallies: the numbers a strike report turns on. */
export const TALLY_KINDS: readonly ClaimKind[] = all.filter((k) => KINDS[k].tally);
/** Kinds whose weapon is the one the sentence (or the article) names. */
export const ARMED_KINDS: ReadonlySet<ClaimKind> = new Set(all.filter((k) => KINDS[k].armed));

/** Kinds of the evaluation format (../shared/eval/FORMAT.md); the others are read for the store and API only. */
export const FORMAT_KINDS: ReadonlySet<ClaimKind> = new Set(all.filter((k) => KINDS[k].format));

export function isClaimKind(k: string): k is ClaimKind {
  return Object.hasOwn(KINDS, k);
}

/** The format kind a count of kind `k` is also claimed as ("sunk" vessels are damaged too), if any. */
export function alsoAs(k: ClaimKind): ClaimKind | null {
  return (KINDS[k].alsoAs as ClaimKind | undefined) ?? null;
}

/** The kinds a count whose head is of class `cls` may have, in the file's order. */
export function kindsForHead(cls: string): readonly ClaimKind[] {
  return byHead.get(cls) ?? [];
}
const byHead = new Map<string, ClaimKind[]>();
for (const k of all) for (const h of KINDS[k].heads) byHead.set(h, [...(byHead.get(h) ?? []), k]);
/** Every head class some kind counts. */
export const HEAD_CLASSES: ReadonlySet<string> = new Set(byHead.keys());
