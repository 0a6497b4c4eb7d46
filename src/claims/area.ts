import type { ClaimPlace } from './where.js';

// "the Kherson region", "southern Lebanon": a place named as an area that holds the towns told after it.
const AREA_WORDS = /\b(?:region|oblast|province|governorate|state|prefecture|krai)\b|^(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s/i;

export function isArea(p: ClaimPlace): boolean {
  const precision = p.place?.precision;
  if (/\b(?:city|town|village|camp|airport)\b/i.test(p.text)) return false;
  // "Darfur state": a gazetteer region of geography (RGN), not of administration, named with an area word is an area too.
  return precision === 'region' || (AREA_WORDS.test(p.text) && (precision === 'country' || !p.place || p.place.featureCode === 'RGN'));
}

/** A place inside the area: same country, same first-level region when both are known; a name the gazetteer lacks counts as inside. */
function inside(p: ClaimPlace, area: ClaimPlace): boolean {
  const a = area.place;
  const q = p.place;
  if (!q || !a) return true;
  if (q.country !== a.country || q.precision === 'country') return false;
  return a.precision === 'country' || !q.admin1 || !a.admin1 || q.admin1 === a.admin1;
}

const samePlace = (a: ClaimPlace, b: ClaimPlace): boolean => a.text === b.text || (!!a.place && a.place.name === b.place?.name && a.place.precision === b.place.precision);

/**
 * The area a report is about and the towns told inside it since it was named ("shelled the Kherson region
 * … In Bilozerka one man died; in Kherson a woman was hurt"): once two of its towns have been told, a
 * summary that names no place ("Twenty houses were damaged") is the area's, not the last town's.
 */
export class AreaMemory {
  private area: ClaimPlace | null = null;
  private readonly parts = new Set<string>();

  /** A topic heading starts another story. */
  reset(): void {
    this.area = null;
    this.parts.clear();
  }

  /** The places one sentence was placed at, in text order. */
  add(places: readonly (ClaimPlace | null)[]): void {
    for (const p of places) {
      if (!p) continue;
      if (isArea(p)) {
        if (!this.area || !samePlace(this.area, p)) { this.area = p; this.parts.clear(); }
      } else if (this.area && inside(p, this.area)) {
        this.parts.add(p.text.toLowerCase());
      } else if (this.area) {
        this.reset();
      }
    }
  }

  /** The area last named, whatever was told in it since. */
  get named(): ClaimPlace | null {
    return this.area;
  }

  /** The area, when a breakdown over two or more of its places has been told since it was named. */
  get summary(): ClaimPlace | null {
    return this.area && this.parts.size >= 2 ? this.area : null;
  }
}
