/**
 * Bytes to text for the web-source readers, refusing what is not text before any parser sees
 * it: the caps and checks here are what keeps a hostile page or feed from costing more than
 * its size (every parser behind them is at least linear, some much worse on deep nesting).
 */

/** Any source past this many bytes is refused (a Telegram export's JSON parses fast; XML and pages have lower caps). */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/** An HTML page past this is refused: news pages are well under 2 MB (see page.ts for what a large one costs). */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;
/** A feed or sitemap past this is refused: the XML parser takes ~0.5 s and ~20 MB of memory per MB. */
export const MAX_XML_BYTES = 16 * 1024 * 1024;
/**
 * Elements nested deeper than this are refused before a DOM is built: the DOM and readability
 * are super-linear in depth (measured: 300 levels 1.3 s, 1,000 levels ~60 s); real news pages
 * nest a few dozen levels.
 */
export const MAX_NESTING = 256;

/** What a file starts with when it is a document or archive, not text. */
const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip-compressed data (decompress it first)', [0x1f, 0x8b]],
  ['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

/** Why `bytes` is not text, or null when it may be. */
export function binaryReason(bytes: Buffer): string | null {
  for (const [what, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return `binary data (${what}), not text`;
  const head = bytes.subarray(0, 8192);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'binary data (NUL bytes), not text';
  return null;
}

/** The charset a Content-Type header, a byte order mark or the document itself declares. */
export function declaredCharset(bytes: Buffer, contentType?: string): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  // HTML's <meta charset> or http-equiv, or XML's encoding: within the first 2 KB by the specs.
  const head = bytes.subarray(0, 2048).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * The text of `bytes`: in its declared charset (windows-1251, iso-8859-x … as news sites in
 * many countries still serve), else UTF-8, strictly: undeclared bytes that are not UTF-8 are
 * refused rather than stored as replacement characters.
 */
export function decodeText(bytes: Buffer, contentType?: string): string {
  const charset = declaredCharset(bytes, contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8', { fatal: !charset || charset === 'utf-8' || charset === 'utf8' });
  } catch {
    throw new Error(`declares an unknown character set "${charset}"`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new Error(charset ? `not valid ${charset} text` : 'not valid UTF-8 text and no character set declared');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) throw new Error('binary data (NUL characters), not text');
  return text;
}

/** Elements that never hold others (HTML void elements) or whose end tag is optional. */
const NO_DEPTH = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|param|keygen|p|li|dt|dd|option|optgroup|tr|td|th|thead|tbody|tfoot|colgroup|rb|rt|rp|html|head|body)$/;

/**
 * The deepest nesting of elements in a page or XML document, by one linear pass over its tags
 * (no DOM): an end tag closes up to its matching open element, as parsers recover. Stops
 * counting at `stopAt`, so a hostile document costs one scan.
 */
export function nestingDepth(text: string, stopAt = MAX_NESTING + 1): number {
  const stack: string[] = [];
  let max = 0;
  // indexOf, not one regular expression: "<a<a<a…" or "<!--<!--…" without an end would make
  // a lazy pattern rescan the rest of the text from every "<" (quadratic).
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
    const end = SKIP.find(([open]) => text.startsWith(open, lt))?.[1] ?? '>';
    const gt = text.indexOf(end, lt + 1);
    if (gt < 0) break;
    const m = end === '>' ? /^<(\/?)([A-Za-z][\w:.-]*)/.exec(text.slice(lt, lt + 64)) : null;
    const name = m?.[2]?.toLowerCase();
    const selfClosing = text[gt - 1] === '/';
    lt = gt;
    if (!name || selfClosing || NO_DEPTH.test(name)) continue;
    if (m![1] !== '/') {
      stack.push(name);
      if (stack.length > max && (max = stack.length) >= stopAt) return max;
      continue;
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0) stack.length = at;
  }
  return max;
}

/** Markup whose content holds no elements, with where it ends. */
const SKIP: [string, string][] = [['<!--', '-->'], ['<![CDATA[', ']]>']];
