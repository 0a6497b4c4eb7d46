import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { compileRule, Matcher, TokenSpec, type CompiledRule, type WordSets } from './matcher.js';

/** One rule as written in data/rules: a pattern, why it exists, and sentences it must (not) match. */
export const RuleSpec = z.object({
  id: z.string().regex(/^[a-z_-]+(?::[a-z0-9_-]+)+$/, 'ids look like "kind:what-it-reads"'),
  reason: z.string().min(10),
  pattern: z.array(TokenSpec).min(1),
  /** Free fields the stage using the rule reads (a claim kind, what a capture stands for). */
  meta: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  /** Flags no token of the whole sentence may have ({"MODAL": false}: nothing in it is planned or possible). */
  sentence: z.object({ NEG: z.boolean(), MODAL: z.boolean(), HEDGE: z.boolean() }).partial().strict().optional(),
  fixtures: z.object({
    match: z.array(z.string().min(3)).min(1),
    no_match: z.array(z.string().min(3)).default([]),
  }).strict(),
}).strict();
export type RuleSpec = z.infer<typeof RuleSpec>;

const RuleFile = z.object({
  _why: z.string().optional(),
  sets: z.record(z.string(), z.array(z.string().min(1))).default({}),
  rules: z.array(z.unknown()),
}).strict();

export type RuleMeta = RuleSpec['meta'];

export interface LoadedRules {
  matcher: Matcher<RuleMeta>;
  specs: { file: string; spec: RuleSpec; rule: CompiledRule<RuleMeta> }[];
}

const RULES_DIR = new URL('../../data/rules/', import.meta.url);

function fail(file: string, id: string | null, issues: z.core.$ZodIssue[] | string): never {
  const what = typeof issues === 'string' ? issues : issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`data/rules/${file}${id ? ` rule "${id}"` : ''}: ${what}`);
}

function readFile(file: string): { sets: Record<string, string[]>; rules: unknown[] } {
  const text = readFileSync(new URL(file, RULES_DIR), 'utf8');
  if (file.endsWith('.jsonl')) return { sets: {}, rules: text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown) };
  const parsed = RuleFile.safeParse(JSON.parse(text));
  if (!parsed.success) fail(file, null, parsed.error.issues);
  return parsed.data;
}

/** Loads, validates and compiles the rule files whose names start with `prefix` (e.g. "claims-"), once per prefix. */
export function loadRules(prefix: string): LoadedRules {
  const cached = cache.get(prefix);
  if (cached) return cached;
  const matcher = new Matcher<RuleMeta>();
  const specs: LoadedRules['specs'] = [];
  const seen = new Set<string>();
  const files = readdirSync(RULES_DIR).filter((f) => f.startsWith(prefix) && /\.jsonl?$/.test(f)).sort();
  for (const file of files) {
    const { sets, rules } = readFile(file);
    const wordSets: WordSets = new Map(Object.entries(sets).map(([k, v]) => [k, new Set(v.map((w) => w.toLowerCase()))]));
    for (const raw of rules) {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
      const parsed = RuleSpec.safeParse(raw);
      if (!parsed.success) fail(file, id, parsed.error.issues);
      const spec = parsed.data;
      if (seen.has(spec.id)) fail(file, spec.id, 'duplicate rule id');
      seen.add(spec.id);
      try {
        const rule = compileRule(spec.id, spec.reason, spec.meta, spec.pattern, wordSets, spec.sentence);
        matcher.add(rule, spec.pattern, wordSets);
        specs.push({ file, spec, rule });
      } catch (err) {
        fail(file, spec.id, (err as Error).message);
      }
    }
  }
  const loaded = { matcher, specs };
  cache.set(prefix, loaded);
  return loaded;
}
const cache = new Map<string, LoadedRules>();
