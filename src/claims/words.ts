import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The word lists of the count and place rules (data/claims/words.json), each with its reason. */
const WordsFile = z.object({
  _why: z.string(),
  lists: z.record(z.string(), z.object({ why: z.string().min(10), words: z.array(z.string().min(1)).min(1) })),
});

const NAMES = ['UNITS', 'MONTHS', 'BEFORE_NOT_COUNT', 'LOCATIVE', 'CLAUSE_STOP', 'MODIFIER_STOP', 'CASUALTY_WORDS', 'CARRIER_WORDS', 'AFTER_HEADLESS', 'FREE_AFTER', 'SENTENCE_OPENERS', 'SETTLEMENT_NOUNS', 'DELEGATE_NOUNS', 'VAGUE_NEEDS_HEAD', 'PASSIVE_AUX', 'SALVO_PARTICIPLES', 'GATHERING_APART', 'ASIDE_LINKS', 'SALVO_GAP', 'TOTAL_TAILS', 'CHANGE_FROM', 'SHARE_OF', 'GENERIC_PEOPLE', 'BACKGROUND_KINDS', 'STRUCK_OBJECTS', 'QUOTE_OPENERS', 'QUOTE_CLOSERS', 'MODIFIER_JOINERS'] as const;
type ListName = (typeof NAMES)[number];

function load(): Record<ListName, ReadonlySet<string>> {
  const parsed = WordsFile.safeParse(JSON.parse(readFileSync(new URL('../../data/claims/words.json', import.meta.url), 'utf8')));
  if (!parsed.success) throw new Error(`data/claims/words.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const missing = NAMES.filter((n) => !parsed.data.lists[n]);
  if (missing.length) throw new Error(`data/claims/words.json: lists missing: ${missing.join(', ')}`);
  const sets = {} as Record<ListName, ReadonlySet<string>>;
  for (const n of NAMES) sets[n] = new Set(parsed.data.lists[n]!.words);
  return sets;
}

export const WORDS = load();
