import type { Article, Span } from '../types.js';
import { parseLooseDate } from '../language/index.js';
import { isByline, publicationLine, wireDateline, type WireDateline } from './datelines.js';
import { isHeadline, isKicker, markLine } from './page.js';
import { readLayout, type LineIn, type PageLine, type PageSection } from './sections.js';

export { wireDateline, type WireDateline } from './datelines.js';
export type { PageLine, PageSection } from './sections.js';

/** What cleaning learned from an article: which lines are its body, and what its debris told. */
export interface CleanedArticle {
  /** Line spans of the article body, in order; offsets into the original text. */
  body: Span[];
  /** Lines dropped as scraping debris (repeated captions and titles, stray tokens, credits). */
  debris: Span[];
  /**
   * Date and place a caption or dateline states ("02 June 2022, India, New Delhi: …"); `prefix` is
   * the span of a wire dateline opening a body line ("GAZA, May 18, 2025 (Reuters) -"), which says
   * where the story was filed, not who acted or where.
   */
  dateline: { date: string | null; place: string | null; prefix?: Span } | null;
  /** The title: the given one, else the first line when it reads like a headline. */
  title: string | null;
  /** Every line of the page: story, heading or debris (with its reason), and its section. */
  lines: PageLine[];
  /** The page's sections: its story, a second story under its own heading, each update of a live page. */
  sections: PageSection[];
}

// A caption's closing credit: "(Virender Singh/GPO/dpa)", "… via REUTERS", "Photo: AFP".
// A bare "(Reuters)" after a sentence is an outlet citation, not a caption: only photographer/agency
// credits and upper-case wire credits mark a caption.
const CREDIT = /(\((?:[^()]*\/[^()]*|[Pp]hoto:?[^()]*)\)|\bvia\s+(?:REUTERS|AFP|Getty Images)\b[^.]*|(?:REUTERS|AP Photo|Getty Images|EPA-EFE)\/[\w .]+)\s*$/;
const CAPTION_WORDS = /\b(is seen in this (?:image|picture|photo)|in this (?:image|picture|photo|handout)|pictured|photo(?:graph)?\s+(?:taken|released)|image released)\b/i;
// "02 June 2022, India, New Delhi: …": a date, places, then a colon.
const DATELINE = /^\s*(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}),\s*([^:]{2,80}):/;
const DATE_ONLY = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?\s*$/;
const SIGNATURE_DATE = /^[A-Z .,'’]+,\s*([A-Z][a-z]+\s+\d{1,2},\s+\d{4})\.?\s*$/;

interface Line extends Span { text: string; key: string }

// Blank runs made one space: a line with none but single spaces is kept as it is (a global replace
// over every space of every line cost more than the rest of cleaning).
const ODD_SPACE = /[^\S ]|\s\s/;
const spaced = (s: string): string => (ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s);

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) {
      const lead = raw.length - raw.trimStart().length;
      lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, key: spaced(trimmed.toLowerCase()) });
    }
    start = end + 1;
  }
  return lines;
}

function isStray(line: string): boolean {
  return line.length <= 3 || /^[A-Z]{1,4}$/.test(line) || /^[\W\d_]+$/.test(line);
}

function isShouting(line: string): boolean {
  if (/[a-z]/.test(line)) return false;
  const letters = line.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/**
 * Separates an article's body from scraping debris. Repeated lines (captions scraped twice,
 * titles repeated), stray tokens, photo credits, bylines in capitals and bare date lines are
 * debris; a caption's or dateline's date and place are kept as the article's dateline.
 */
export function cleanArticle(article: Article): CleanedArticle {
  const lines = linesOf(article.text);
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l.key, (seen.get(l.key) ?? 0) + 1);
  // The page's chrome (navigation, breadcrumbs, a section label over a headline) before its headline is not the title.
  const first = lines.find((l, i) => !markLine(l.text) && !(isKicker(l.text, 2) && lines[i + 1] && (isHeadline(lines[i + 1]!.text) || isKicker(lines[i + 1]!.text, 2))));
  // A first line is a headline only when a body follows it; a one-line report is all body. A line
  // ending in a comma (a quote closed with ',"') runs on into the next: it is no headline either.
  const title = article.title ?? (first && lines.length > 1 && first.text.length < 200 && !/[.!?\],]["”]?$/.test(first.text) ? first.text : null);
  // A page's title often ends with its outlet ("… - The Daily Post"): the headline line lacks it.
  const titleKey = title?.toLowerCase().replace(/\s+/g, ' ').replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, '');
  const state: { dateline: CleanedArticle['dateline'] } = { dateline: null };
  const marked: LineIn[] = lines.map((line) => ({ start: line.start, end: line.end, text: line.text, debris: lineDebris(line, article, state, titleKey, seen) }));
  const layout = readLayout(marked);
  const body: Span[] = [];
  const debris: Span[] = [];
  for (const l of layout.lines) (l.role === 'story' ? body : debris).push({ start: l.start, end: l.end });
  return { body, debris, dateline: state.dateline, title, lines: layout.lines, sections: layout.sections };
}

/** Why a line is debris on its own (null when it is not), noting any dateline it states. */
function lineDebris(line: Line, article: Article, state: { dateline: CleanedArticle['dateline'] }, titleKey: string | undefined, seen: Map<string, number>): string | null {
  let dateline = state.dateline;
  const repeated = (seen.get(line.key) ?? 0) > 1;
  // Credits sit at the end of a line: testing its tail keeps the scan linear.
  const caption = CREDIT.test(line.text.slice(-120)) || (line.text.length > 40 && CAPTION_WORDS.test(line.text));
  const dl = /^\s*\d|^\s*[A-Z][a-z]+\s+\d/.test(line.text) ? DATELINE.exec(line.text) : null;
  if (dl && !dateline) {
    const places = dl[2]!.split(',').map((p) => p.trim()).filter(Boolean);
    dateline = { date: parseLooseDate(dl[1]!), place: places[places.length - 1] ?? null };
  }
  // "KYIV, May 15, 2025 (Reuters) -": the city filed from, and the day when the dateline states it;
  // a later dateline files a second story of the page.
  const wire: WireDateline | null = dateline?.place || dateline?.prefix ? null : wireDateline(line.text, article.published?.slice(0, 4) ?? null);
  if (wire) dateline = { date: dateline?.date ?? wire.date, place: wire.place, prefix: { start: line.start, end: line.start + wire.end } };
  const published = publicationLine(line.text);
  if (published && !dateline?.date) dateline = { date: published, place: dateline?.place ?? null };
  const dateOnly = !!published || (line.text.length < 60 && DATE_ONLY.test(line.text));
  const signed = line.text.length < 120 && /\d{4}\.?\s*$/.test(line.text) ? SIGNATURE_DATE.exec(line.text) : null;
  if ((dateOnly || signed) && !dateline?.date) dateline = { date: parseLooseDate(signed?.[1] ?? line.text), place: dateline?.place ?? null };
  if (caption && !dateline?.date) {
    const d = /\b((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\b/.exec(line.text);
    if (d) dateline = { date: parseLooseDate(d[1]!), place: dateline?.place ?? null };
  }
  state.dateline = dateline;
  if (repeated) return 'repeated';
  if (caption) return 'caption';
  if (line.key === titleKey || (titleKey && line.key.startsWith(titleKey) && /^\s+[|–—-]\s+[^|–—-]{2,40}$/.test(line.key.slice(titleKey.length)))) return 'title';
  if (isStray(line.text)) return 'stray';
  if (dateOnly || signed) return 'date';
  if (isByline(line.text)) return 'byline';
  if (isShouting(line.text) && line.text.length < 120) return 'shouting';
  return null;
}
