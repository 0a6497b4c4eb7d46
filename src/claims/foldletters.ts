/**
 * Latin letters with accents folded to their ASCII base, one letter for one ("Jerónimo Ruíz" -> "Jeronimo Ruiz",
 * "Łukasz Wójcik" -> "Lukasz Wojcik"): the patterns of who-says-so read names of ASCII letters, and a folded
 * sentence keeps every offset, so a source found in it is given back as the text wrote it.
 */

// Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional letters (× and ÷ are no letters; "Nguyễn" holds the last).
export const ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/;
const ACCENTED_ALL = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/g;
// Letters whose decomposition holds no ASCII base (a stroke or a ligature is no combining mark): the nearest one letter.
const NO_BASE: Readonly<Record<string, string>> = { Ł: 'L', ł: 'l', Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Æ: 'A', æ: 'a', Œ: 'O', œ: 'o', ß: 's', Þ: 'T', þ: 't', Ð: 'D', ð: 'd' };

function fold(letter: string): string {
  const base = letter.normalize('NFD')[0]!;
  return /[A-Za-z]/.test(base) ? base : NO_BASE[letter] ?? 'x';
}

/** The text with each accented Latin letter replaced by its ASCII base (same length, same offsets). */
export function foldLetters(text: string): string {
  return text.replace(ACCENTED_ALL, fold);
}
