/**
 * One saved or fetched HTML page → its article: the main text picked by Mozilla's Readability
 * (the reader view of Firefox) over a linkedom DOM, the metadata from the page's own
 * statements (meta.ts). Only text leaves here: Readability's HTML is flattened to paragraphs,
 * so nothing a page carries (script, handlers, markup) can reach the store or the dashboard.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlToText } from '../html.js';
import { MAX_NESTING, nestingDepth } from './bytes.js';
import { pageMeta, type MetaDocument } from './meta.js';
import type { SourceArticle } from './index.js';

/** Readability walks every element several times: past this many a page is refused. */
export const MAX_ELEMENTS = 60_000;
/**
 * Past these, Readability is skipped (the whole page's text is kept, read by the linear
 * tokenizer): it is super-linear in a long text node (1.2M characters: ~19 s), and the DOM
 * costs ~10 µs per character reference (a 6.8 MB page of them: ~11 s). News articles are far
 * shorter; a page this large is a dump, an archive or hostile.
 */
export const MAX_DOM_BYTES = 1_500_000;
export const MAX_READABLE_CHARS = 200_000;
/** Below this many characters Readability's pick is a teaser or a cookie banner: the whole body's text is used. */
const MIN_READABLE = 200;

export interface PageResult {
  article: SourceArticle;
  warnings: string[];
}

/** Readability's main text as paragraphs, or null when it finds no article. */
function readable(doc: Document): { text: string; title: string | null; siteName: string | null; byline: string | null } | null {
  const parsed = new Readability(doc, { maxElemsToParse: MAX_ELEMENTS, keepClasses: false }).parse();
  if (!parsed?.content) return null;
  const { text } = htmlToText(parsed.content);
  return { text, title: parsed.title ?? null, siteName: parsed.siteName ?? null, byline: parsed.byline ?? null };
}

function readableOrRefused(doc: Document): ReturnType<typeof readable> {
  try {
    return readable(doc);
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    if (/Aborting parsing/.test(message)) throw new Error(`more than ${MAX_ELEMENTS.toLocaleString('en')} elements; refused`);
    throw err;
  }
}

/** The page's article; throws (a plain Error, worded for the reader) when it holds none. */
export function readPage(html: string, fetchedAt: Date, url?: string): PageResult {
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) throw new Error(`elements nested more than ${MAX_NESTING} deep; refused (no news page needs that)`);
  const large = html.length > MAX_DOM_BYTES;
  // A large page's metadata comes from its <head> alone; its text from the linear tokenizer.
  const headEnd = large ? html.slice(0, MAX_DOM_BYTES).search(/<\/head\s*>/i) : -1;
  const head = !large ? html : headEnd > 0 ? html.slice(0, headEnd) : '';
  const { document } = parseHTML(/<html[\s>]/i.test(head) ? head : `<!doctype html><html><body>${head}</body></html>`);
  const meta = pageMeta(document as unknown as MetaDocument, fetchedAt, url);
  // Readability edits the DOM it reads, so the fallback text is taken first.
  const bodyText = large ? htmlToText(html).text : document.body ? htmlToText(document.body.innerHTML).text : '';
  const read = large || bodyText.length > MAX_READABLE_CHARS ? null : readableOrRefused(document as unknown as Document);
  const text = read && read.text.length >= Math.min(MIN_READABLE, bodyText.length) ? read.text : bodyText;
  if (!text.trim()) throw new Error('no article text in the page');
  const docTitle = (document.title ?? "").replace(/\s+/g, " ").trim() || null;
  const article: SourceArticle = {
    title: meta.title ?? read?.title ?? docTitle ?? null,
    text,
    ...defined({
      url: meta.url, canonicalUrl: meta.canonicalUrl, outlet: meta.outlet ?? read?.siteName ?? undefined,
      author: (meta.author ?? read?.byline ?? undefined)?.replace(/^by\s+/i, '') || undefined, language: meta.language,
      published: meta.published, modified: meta.modified,
    }),
  };
  return { article, warnings: meta.warnings };
}

/** The fields of `o` that have a value (optional properties stay absent, not undefined). */
export function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>;
}
