import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The words without which a sentence holds no claim (data/claims/prefilter.json), compiled into one
 * test: a digit, a word opening with a stem, or a whole word of the file.
 */
const FILE = 'data/claims/prefilter.json';
const Word = z.string().regex(/^[a-z]+$/, 'lowercase letters only (matched case-insensitively from a word start)');
const Schema = z.object({
  _why: z.string().min(10),
  editorialNote: z.object({ why: z.string().min(10), pattern: z.string().min(1) }).strict(),
  groups: z.array(z.object({ name: z.string().min(1), why: z.string().min(10), stems: z.array(Word).optional(), words: z.array(Word).optional() }).strict()).min(1),
});

/** Compiles the word groups (the JSON of data/claims/prefilter.json) into one test. */
export function compilePrefilter(raw: unknown): RegExp {
  const parsed = Schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const stems: string[] = [];
  const words: string[] = [];
  const seen = new Map<string, string>();
  for (const g of parsed.data.groups) {
    if (!g.stems?.length && !g.words?.length) throw new Error(`${FILE}: group "${g.name}": no stems and no words`);
    for (const w of [...(g.stems ?? []), ...(g.words ?? [])]) {
      if (seen.has(w)) throw new Error(`${FILE}: group "${g.name}": "${w}" is already in group "${seen.get(w)}"`);
      seen.set(w, g.name);
    }
    stems.push(...(g.stems ?? []));
    words.push(...(g.words ?? []));
  }
  const whole = words.length ? `|(?:${words.join('|')})\\b` : '';
  return new RegExp(`\\d|\\b(?:${stems.join('|')}${whole})`, 'i');
}

const RAW: unknown = JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8'));

/** Whether a text holds a digit or a word of data/claims/prefilter.json. */
export const MAY_CLAIM: RegExp = compilePrefilter(RAW);

/** A wire agency's note on its own revision ("(Corrects toll to seven, from six)"): no claim (prefilter.json `editorialNote`). */
export const EDITORIAL_NOTE: RegExp = (() => {
  const { pattern } = (Schema.parse(RAW)).editorialNote;
  try {
    return new RegExp(pattern, 'i');
  } catch (e) {
    throw new Error(`${FILE}: editorialNote: bad pattern ${pattern}: ${(e as Error).message}`);
  }
})();
