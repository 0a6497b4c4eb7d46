import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BIND, CHECK, READ, type CountState, type Phase, type StepFn } from './countsteps.js';

// The table of count steps (data/claims/countsteps.json): validated at load against the steps of
// countsteps.ts, and run in its order over each count.

const FILE = 'data/claims/countsteps.json';
const QUALIFIERS = ['exact', 'at_least', 'at_most', 'about', 'more_than', 'less_than', 'unknown'] as const;
const Schema = z.object({
  _why: z.string().min(10),
  ranges: z.object({
    why: z.string().min(10),
    joiners: z.array(z.string().min(1)).min(1),
    between: z.object({ opener: z.string().min(1), joiner: z.string().min(1) }).strict(),
    notAfter: z.object({ words: z.array(z.string().min(1)), why: z.string().min(10) }).strict(),
    qualifier: z.enum(QUALIFIERS),
  }).strict(),
  steps: z.array(z.object({ step: z.string(), phase: z.enum(['read', 'bind', 'check']), always: z.boolean().optional(), why: z.string().min(10) }).strict()).min(1),
});
const FNS: Readonly<Record<Phase, Readonly<Record<string, StepFn>>>> = { read: READ, bind: BIND, check: CHECK };
const PHASES: readonly Phase[] = ['read', 'bind', 'check'];

/** A step of the table: its function, its phase, and whether it runs after a kind is bound. */
export interface CountStep { name: string; phase: Phase; always: boolean; run: StepFn }

/** Validates a step table (the JSON of data/claims/countsteps.json): each step known to its phase, phases in order. */
export function parseCountSteps(raw: unknown): CountStep[] {
  const parsed = Schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  let at = 0;
  return parsed.data.steps.map((s, i) => {
    const run = FNS[s.phase][s.step];
    if (!run) throw new Error(`${FILE}: steps[${i}] "${s.step}": no ${s.phase} step of that name in src/claims/countsteps.ts`);
    if (PHASES.indexOf(s.phase) < at) throw new Error(`${FILE}: steps[${i}] "${s.step}": a ${s.phase} step after a ${PHASES[at]} step (phases run read, bind, check)`);
    if (s.always && s.phase !== 'bind') throw new Error(`${FILE}: steps[${i}] "${s.step}": only bind steps may be "always"`);
    at = PHASES.indexOf(s.phase);
    return { name: s.step, phase: s.phase, always: !!s.always, run };
  });
}

const RAW: unknown = JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8'));
/** The steps in their order (data/claims/countsteps.json). */
export const COUNT_STEPS: readonly CountStep[] = parseCountSteps(RAW);

/** How a rising range of two numbers is one count (countsteps.json `ranges`), read by countranges.ts. */
export const COUNT_RANGES = Schema.parse(RAW).ranges;
/** Runs the steps over one count: false when a read or check step drops it. */
export function runSteps(x: CountState): boolean {
  for (const s of COUNT_STEPS) {
    if (s.phase === 'bind') {
      if (!x.kind || s.always) s.run(x);
    } else if (s.run(x) === false) return false;
  }
  return true;
}
