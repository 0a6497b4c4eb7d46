/**
 * A word's number, looked up by the characters of a text where the word stands, not by a string
 * made of them: the events model numbers every word of every sentence it reads, and cutting each
 * word out of its sentence to ask a Map was a new string per word per sentence (most of the
 * stage's garbage). The word is cut once, the first time it is met.
 */
const INITIAL = 1 << 14;
// Bounded: a long run over new text does not grow it without end.
const MAX_WORDS = 200_000;

export class WordIds {
  // '' marks a free slot (no word is empty).
  private keys: string[] = new Array<string>(INITIAL).fill('');
  private hashes = new Int32Array(INITIAL);
  private ids = new Int32Array(INITIAL);
  private mask = INITIAL - 1;
  private size = 0;

  /** `make` numbers a word the first time it is met. */
  constructor(private readonly make: (word: string) => number) {}

  /** The number of the word text[start, end) (not empty). */
  idOf(text: string, start: number, end: number): number {
    // FNV-1a over the UTF-16 code units.
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = end - start;
    const { keys, hashes } = this;
    let slot = h & this.mask;
    for (let key = keys[slot]!; key !== ''; key = keys[slot]!) {
      if (hashes[slot] === h && key.length === len && sameChars(key, text, start)) return this.ids[slot]!;
      slot = (slot + 1) & this.mask;
    }
    const word = text.slice(start, end);
    const id = this.make(word);
    if (this.size >= MAX_WORDS) this.reset(INITIAL);
    else if (2 * (this.size + 1) > keys.length) this.reset(2 * keys.length);
    else {
      this.put(slot, word, h, id);
      return id;
    }
    this.insert(word, h, id);
    return id;
  }

  private put(slot: number, word: string, h: number, id: number): void {
    this.keys[slot] = word;
    this.hashes[slot] = h;
    this.ids[slot] = id;
    this.size++;
  }

  private insert(word: string, h: number, id: number): void {
    let slot = h & this.mask;
    while (this.keys[slot] !== '') slot = (slot + 1) & this.mask;
    this.put(slot, word, h, id);
  }

  /** A table of `capacity` slots holding the words kept (none when the bound was reached). */
  private reset(capacity: number): void {
    const old = capacity > this.keys.length ? { keys: this.keys, hashes: this.hashes, ids: this.ids } : null;
    this.keys = new Array<string>(capacity).fill('');
    this.hashes = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    if (old) for (let k = 0; k < old.keys.length; k++) if (old.keys[k] !== '') this.insert(old.keys[k]!, old.hashes[k]!, old.ids[k]!);
  }
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
