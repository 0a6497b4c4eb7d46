/**
 * The one reader of JSON Lines input, for every command that takes it (`ingest` files and
 * stdin, `extract --jsonl`, `geocode --jsonl`): the same bytes are accepted or refused the same
 * way everywhere.
 *
 * - Lines split at "\n" on bytes ("\r\n" too); 0x0A never occurs inside a UTF-8 sequence, so
 *   each line decodes on its own and a bad line is that line's problem, not the stream's.
 * - A leading UTF-8 byte order mark is dropped (editors on Windows write one).
 * - Each line must be valid UTF-8 without NUL bytes: latin-1 is refused, never turned into
 *   replacement characters that would then be stored as evidence.
 * - A line over `maxLineBytes` is answered as too long and skipped to its end WITHOUT being
 *   held: memory stays bounded by the cap whatever the input, and the lines after it go on.
 */

/** One JSONL record is held whole while it is parsed; past this it is refused. */
export const MAX_JSONL_LINE_BYTES = 16 * 1024 * 1024;

export type Line =
  | { n: number; ok: true; text: string; bytes: number }
  | { n: number; ok: false; error: string; bytes: number };

const BOM = [0xef, 0xbb, 0xbf];

/** Decodes one line's bytes as UTF-8, refusing binary (NUL bytes) and invalid sequences. */
export function decodeLine(bytes: Uint8Array, decoder = new TextDecoder('utf-8', { fatal: true })): string {
  if (bytes.includes(0)) throw new Error('binary data (NUL bytes), not text');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text (latin-1 or another encoding?); convert it to UTF-8 first');
  }
}

/**
 * Lines of a byte stream, numbered from 1, each decoded or refused with a reason. Blank lines
 * are yielded too (callers skip them) so numbers match an editor's.
 */
export async function* readLines(input: AsyncIterable<Buffer | Uint8Array | string>, maxLineBytes = MAX_JSONL_LINE_BYTES): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  let pendingLength = 0;
  /** The current line passed the cap: its bytes are being skipped to the next newline. */
  let skipping = false;
  let n = 0;
  const finish = (bytes: Buffer): Line => {
    n++;
    const line = n === 1 && bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
    const crlf = line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
    try {
      return { n, ok: true, text: decodeLine(crlf, decoder), bytes: bytes.length + 1 };
    } catch (err) {
      return { n, ok: false, error: (err as Error).message, bytes: bytes.length + 1 };
    }
  };
  const tooLong = (length: number): Line => ({ n: ++n, ok: false, error: `line longer than ${maxLineBytes / 1048576 >= 1 ? `${maxLineBytes / 1048576} MB` : `${maxLineBytes} bytes`}; skipped (split the record or shorten its text)`, bytes: length });
  let skipped = 0;
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      if (skipping) {
        yield tooLong(skipped + nl + 1);
        skipping = false;
        skipped = 0;
      } else if (pendingLength + nl - from > maxLineBytes) {
        yield tooLong(pendingLength + nl - from + 1);
      } else {
        const piece = chunk.subarray(from, nl);
        yield finish(pending.length ? Buffer.concat([...pending, piece]) : piece);
      }
      pending = [];
      pendingLength = 0;
      from = nl + 1;
    }
    if (from < chunk.length) {
      if (skipping) skipped += chunk.length - from;
      else if (pendingLength + chunk.length - from > maxLineBytes) {
        // Past the cap: what is held is dropped, the rest of the line is counted, not kept.
        skipping = true;
        skipped = pendingLength + chunk.length - from;
        pending = [];
        pendingLength = 0;
      } else {
        // A copy: the stream may reuse its chunk's memory.
        pending.push(Buffer.from(chunk.subarray(from)));
        pendingLength += chunk.length - from;
      }
    }
  }
  if (skipping) yield tooLong(skipped);
  else if (pendingLength) yield finish(Buffer.concat(pending));
}

/** The reason a line is not a JSON value, in words (JSON.parse's own message names a position). */
export function parseJsonLine(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, error: `not JSON (${(err as Error).message.slice(0, 120)})` };
  }
}
