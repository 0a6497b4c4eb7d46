import { WEAPON_INDEX, WEAPONS } from './lexicon.js';
import { matchesAt, type Token } from './tokens.js';

/** The weapon a sentence names, in the guidelines' vocabulary; mixed drone+missile salvos combine. */
export function weaponOf(tokens: readonly Token[]): string | null {
  // Indexed loops, and no set until a weapon is met: this runs on every sentence, and most name none.
  let indices: Set<number> | null = null;
  for (let i = 0; i < tokens.length; i++) {
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
