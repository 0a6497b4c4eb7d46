/**
 * An HTML page's readable text, so a saved news page is ingested as its words, not its markup
 * (evidence sentences are shown to readers; "<div class=…>" in one is noise at best).
 *
 * A small linear tokenizer, not a DOM: tags are dropped, the contents of script, style and the
 * like are dropped whole, block elements end lines, character references are decoded. It does
 * not pick the article out of a page: saved pages go through formats/page.ts (Readability),
 * which uses this to flatten the article it picks; text dumps that hold markup come here whole.
 */

/** Elements whose content is never text a reader sees. */
const HIDDEN = /^(script|style|noscript|template|svg|math|iframe|object|canvas)$/;
/** Elements that end a line or a paragraph. */
const BLOCK = /^(p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|section|article|header|footer|nav|aside|main|blockquote|pre|hr|figure|figcaption|address|form|fieldset|title|caption|td|th)$/;
const PARAGRAPH = /^(p|h[1-6]|blockquote|pre|figure|table|ul|ol|section|article|header|footer|title)$/;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', deg: '°',
  euro: '€', pound: '£', copy: '©', reg: '®', times: '×', minus: '−', bull: '•', shy: '\u00ad',
};

/** A document that says it is HTML in its first kilobyte: a doctype or an html/head/body tag. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text.slice(0, 1024));
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // NUL, surrogates and beyond Unicode are not characters: the replacement character says so.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/** The page's text (paragraphs apart by one blank line, so it stays one article) and its <title>. */
export function htmlToText(html: string): { text: string; title: string | null } {
  const out: string[] = [];
  let title: string | null = null;
  let i = 0;
  // Once no ">" follows, none will: remembered, so "<a<a<a…" stays linear.
  let noMoreGt = false;
  const nextGt = (from: number) => { if (noMoreGt) return -1; const g = html.indexOf('>', from); if (g < 0) noMoreGt = true; return g; };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { out.push(html.slice(i)); break; }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    const gt = nextGt(lt);
    if (!m || gt < 0) {
      // A lone "<" (as in "a < b") is text; a declaration or processing instruction is not.
      if (/^<[!?]/.test(html.slice(lt, lt + 2)) && gt >= 0) { i = gt + 1; continue; }
      out.push('<');
      i = lt + 1;
      continue;
    }
    const name = m[1]!.toLowerCase();
    const closing = html[lt + 1] === '/';
    i = gt + 1;
    if (!closing && name === 'title') {
      const close = /<\/title\s*>/ig;
      close.lastIndex = i;
      const end = close.exec(html);
      title ??= decodeEntities(html.slice(i, end ? end.index : html.length)).replace(/\s+/g, ' ').trim().slice(0, 1000) || null;
      i = end ? end.index + end[0].length : html.length;
      continue;
    }
    if (!closing && HIDDEN.test(name) && !html.slice(lt, gt).endsWith('/')) {
      // Skip to this element's end tag (raw text: a "<" inside a script is not a tag).
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = i;
      const end = close.exec(html);
      i = end ? end.index + end[0].length : html.length;
      continue;
    }
    if (BLOCK.test(name)) out.push(PARAGRAPH.test(name) ? '\n\n' : '\n');
  }
  const text = decodeEntities(out.join(''))
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title };
}
