import type { Span } from '../types.js';

/**
 * Splits a text dump holding one or many articles. Articles are separated by three or more
 * blank lines; a dump without such gaps is one article.
 */
export function splitDump(text: string): Span[] {
  const spans: Span[] = [];
  const gap = /\n[ \t]*\n[ \t]*\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    if (text.slice(start, m.index).trim()) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}
