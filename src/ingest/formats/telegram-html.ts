/**
 * Telegram Desktop's HTML export (`messages.html`, `messages2.html`, …): the format the export
 * dialog offers first, so the one most users hand over. Each post is a `div.message.default`
 * whose `div.text` holds the post (or a media caption) and whose `div.date` carries the time in
 * its title ("11.03.2025 07:12:45 UTC+03:00"). Service messages (day separators, pins) have no
 * text and are skipped. A post in a run from the same sender ("joined") has no name of its own:
 * it keeps the last one. The export holds no channel username, so posts carry no public link.
 */
import { parseHTML } from 'linkedom';
import { htmlToText } from '../html.js';
import { MAX_NESTING, nestingDepth } from './bytes.js';
import { checkDate } from './dates.js';
import { defined } from './page.js';
import type { SourceArticle } from './index.js';

/** An export page holds up to a thousand posts, far more than a news page: its own cap. */
export const MAX_TELEGRAM_HTML_BYTES = 16 * 1024 * 1024;

/** Markers every Telegram HTML export page carries, read before any DOM is built. */
const EXPORT_MARKERS = [/class="page_wrap"/, /class="history"/, /class="message default/];

/** Does this HTML look like a page of a Telegram Desktop HTML export? */
export function isTelegramHtml(html: string): boolean {
  const head = html.slice(0, 20_000);
  return EXPORT_MARKERS.every((m) => m.test(head));
}

// "24.04.2025 13:49:04 UTC+06:00": the export writes the exporting machine's zone beside the time.
const STAMP = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: UTC([+-]\d{2}:\d{2}))?/;

/** The stamp as ISO 8601 with its offset, or the raw text (so that checkDate names it) when it is not one. */
function isoOf(title: string): string {
  const m = STAMP.exec(title.trim());
  if (!m) return title.trim();
  const [, d, mo, y, h, mi, s, zone] = m;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone ?? 'Z'}`;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

interface Post { id: string; author: string | null; forwardedFrom: string | null; stamp: string | null; text: string }

/** A message element's parts; the text is the post's own, not a quoted reply's. */
function postOf(el: Element, lastAuthor: string | null): Post {
  const body = el.querySelector(':scope > .body') ?? el;
  const forwarded = body.querySelector('.forwarded.body');
  const ownName = body.querySelector(':scope > .from_name');
  const textEl = (forwarded ?? body).querySelector(':scope > .text') ?? body.querySelector('.media_wrap ~ .text');
  const fromForward = forwarded?.querySelector('.from_name');
  return {
    id: el.getAttribute('id')?.replace(/^message/, '') ?? '',
    author: ownName ? clean(ownName.textContent) || lastAuthor : lastAuthor,
    // The forwarded name holds its own date in a span: only the name is the author.
    forwardedFrom: fromForward ? clean(Array.from(fromForward.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ')) || null : null,
    stamp: body.querySelector(':scope > .date[title]')?.getAttribute('title') ?? null,
    text: textEl ? htmlToText(textEl.innerHTML).text.trim() : '',
  };
}

/** One page of an HTML export → one article per post with text. Throws when the page holds no post. */
export function readTelegramHtml(html: string, fetchedAt: Date): { articles: SourceArticle[]; warnings: string[] } {
  if (nestingDepth(html) > MAX_NESTING) throw new Error(`elements nested more than ${MAX_NESTING} deep; refused`);
  const { document } = parseHTML(html);
  const outlet = clean(document.querySelector('.page_header .text')?.textContent) || undefined;
  const messages = Array.from(document.querySelectorAll('.history .message.default'));
  if (!messages.length) throw new Error('a Telegram HTML export page without messages');
  const articles: SourceArticle[] = [];
  const warnings: string[] = [];
  let lastAuthor: string | null = null;
  for (const el of messages) {
    const post = postOf(el as unknown as Element, lastAuthor);
    lastAuthor = post.author;
    if (!post.text) continue;
    const published = post.stamp ? checkDate(isoOf(post.stamp), fetchedAt, `message ${post.id} date`) : { iso: null };
    if (published.warning) warnings.push(published.warning);
    articles.push({
      title: null,
      text: post.text,
      ...defined({ outlet, author: post.forwardedFrom ?? post.author ?? undefined, published: published.iso ?? undefined }),
    });
  }
  return { articles, warnings };
}
