/** Dictionary forms of words, by the irregular table and suffix rules of data/language/lemmas.json. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const LemmaFile = z.object({
  irregular: z.record(z.string(), z.string()),
  suffixes: z.array(z.object({
    suffix: z.string().min(1), replace: z.string(), minStem: z.number().int().min(1),
    verb: z.boolean().optional(), notAfter: z.array(z.string()).optional(),
  })),
  keepDouble: z.array(z.string()),
  restoreE: z.array(z.string()),
});

function loadLemmas(): z.infer<typeof LemmaFile> {
  const file = new URL('../../data/language/lemmas.json', import.meta.url);
  const parsed = LemmaFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`data/language/lemmas.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const LEMMAS = loadLemmas();
const IRREGULAR = new Map(Object.entries(LEMMAS.irregular));
const lemmaCache = new Map<string, string>();

function undoVerbSuffix(stem: string): string {
  const last2 = stem.slice(-2);
  if (last2[0] === last2[1] && /[bcdfgkmnprtvz]/.test(last2[0]!) && !LEMMAS.keepDouble.includes(last2)) return stem.slice(0, -1);
  if (LEMMAS.restoreE.some((end) => stem.endsWith(end))) return `${stem}e`;
  return stem;
}

/** The dictionary form of a lower-case word, by the irregular table, then the first suffix rule that fits. */
export function lemmaOf(lower: string): string {
  const cached = lemmaCache.get(lower);
  if (cached !== undefined) return cached;
  let lemma = IRREGULAR.get(lower) ?? lower;
  if (!IRREGULAR.has(lower) && /^[a-z]+$/.test(lower)) {
    for (const rule of LEMMAS.suffixes) {
      if (!lower.endsWith(rule.suffix)) continue;
      const stem = lower.slice(0, -rule.suffix.length);
      if (stem.length < rule.minStem) continue;
      if (rule.notAfter?.some((s) => stem.endsWith(s))) continue;
      lemma = rule.verb ? undoVerbSuffix(stem + rule.replace) : stem + rule.replace;
      break;
    }
  }
  if (lemmaCache.size < 50_000) lemmaCache.set(lower, lemma);
  return lemma;
}
