import { createHash } from 'node:crypto';

/**
 * The identity of an article's text: sha256 of the text normalised so that re-wrapping,
 * line endings, Unicode composition or trailing spaces do not make the same article new.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}
