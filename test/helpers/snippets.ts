import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/pipeline.js';

/** The labelled rows of a snippet fixture (test/fixtures/events/NAME: ACLED sub-event type, tab, text). */
export function readSnippets(name: string): Array<[string, string]> {
  return readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t') as [string, string]);
}

/**
 * Scored as the evaluator does: the first event's ACLED sub-event type, no event a miss (NONE rows
 * are right when there is no ACLED event); weighted F1, per-class right/labelled lines and the misses.
 */
export function scoreSnippets(rows: ReadonlyArray<[string, string]>): { weighted: number; lines: string[]; misses: string[] } {
  const per = new Map<string, [number, number, number]>();
  const get = (k: string): [number, number, number] => per.get(k) ?? (per.set(k, [0, 0, 0]), per.get(k)!);
  const misses: string[] = [];
  for (const [want, text] of rows) {
    const got = extractArticle({ id: 'snippet', title: null, published: null, text }).events[0]?.acledSubEventType ?? 'NONE';
    if (want === got) get(want)[0]++;
    else { get(want)[2]++; if (got !== 'NONE') get(got)[1]++; misses.push(`${want} <- ${got}: ${text}`); }
  }
  let sum = 0;
  for (const [tp, fp, fn] of per.values()) sum += (tp ? (2 * tp) / (2 * tp + fp + fn) : 0) * (tp + fn);
  const lines = [...per].filter(([, [tp, , fn]]) => tp + fn > 0).sort(([a], [b]) => a.localeCompare(b)).map(([k, [tp, , fn]]) => `  ${k}: ${tp}/${tp + fn}`);
  return { weighted: sum / rows.length, lines, misses };
}
