import { WEAPON_INDEX, WEAPONS } from './lexicon.js';
import { FormFlags, matchesAt, type Token } from './tokens.js';
import { wordClass } from './wordclasses.js';

// Whether a spelling opens a phrase of the weapon lexicon, kept by form id: most tokens open none,
// and an array read per token costs less than a look-up of the index by the token's string.
const OPENS_WEAPON = new FormFlags((w) => WEAPON_INDEX.has(w.toLowerCase()));
// The same as a class of a sentence's words (wordclasses.ts): a sentence none of whose tokens opens one names no weapon.
const HAS_WEAPON = wordClass((w) => WEAPON_INDEX.has(w.toLowerCase()));

/** The weapon a sentence names, in the guidelines' vocabulary; mixed drone+missile salvos combine. `words`: sentenceWords of the tokens. */
export function weaponOf(tokens: readonly Token[], words = -1): string | null {
  if ((words & HAS_WEAPON) === 0) return null;
  // Indexed loops, and no set until a weapon is met: this runs on every sentence, and most name none.
  let indices: Set<number> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENS_WEAPON.has(tokens[i]!)) continue;
    const ms = matchesAt(tokens, i, WEAPON_INDEX);
    for (let j = 0; j < ms.length; j++) (indices ??= new Set()).add(ms[j]!.value);
  }
  if (!indices) return null;
  // The lexicon lists the more specific weapons first ("ballistic missile" before "missile").
  const found = [...indices].sort((a, b) => a - b).map((i) => WEAPONS[i]!.name);
  const drone = found.includes('drone');
  const missile = found.find((w) => w.endsWith('missile'));
  if (drone && missile) return 'drone and missile';
  return found[0]!;
}
