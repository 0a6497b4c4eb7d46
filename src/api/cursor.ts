/**
 * Opaque page cursors. A cursor is the last id of a page (keyset pagination: the next page is
 * "id > last"), so rows inserted while a client pages never shift it onto duplicates or gaps.
 * Encoded so clients treat it as a token, and versioned so the encoding can change.
 */
import { Problem } from './problem.js';

export function encodeCursor(lastId: number): string {
  return Buffer.from(`v1:${lastId}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const m = /^v1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new Problem(400, 'cursor: not a cursor this server issued (pass nextCursor back unchanged)');
  return Number(m[1]);
}
