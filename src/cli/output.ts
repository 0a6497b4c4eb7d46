import type { Claim, Extraction, PlaceMention, ResolvedPlace, SitrepEvent } from '../types.js';
import { FORMAT_KINDS } from '../claims/index.js';

/** The machine-readable record of one article, as ../shared/eval/OUTPUT.md defines it. */
export interface OutputRecord {
  id: string;
  places: ReturnType<typeof placeOut>[];
  claims: ReturnType<typeof claimOut>[];
  events: ReturnType<typeof eventOut>[];
}

function resolved(place: ResolvedPlace | null) {
  return {
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    geonameid: place?.geonameid ?? null,
    country: place?.country ?? null,
    admin1: place?.admin1 ?? null,
    precision: place?.precision ?? null,
  };
}

export function placeOut(m: PlaceMention) {
  return { start: m.start, end: m.end, text: m.text, role: m.role, name: m.place?.name ?? null, ...resolved(m.place), confidence: m.place?.confidence ?? null };
}

export function claimOut(c: Claim) {
  return {
    kind: c.kind,
    value: c.value,
    qualifier: c.qualifier,
    weapon: c.weapon,
    when: c.when,
    where: c.where ? { text: c.where.text, ...resolved(c.where.place), ...('confidence' in c.where && c.where.confidence !== undefined ? { confidence: c.where.confidence } : {}) } : null,
    claimant: c.claimant,
    evidence: c.evidence,
    part_of: c.partOf,
    rule: c.rule,
    confidence: c.confidence ?? null,
  };
}

export function eventOut(e: SitrepEvent) {
  return {
    type: e.type,
    mode: e.mode,
    acled_event_type: e.acledEventType,
    acled_sub_event_type: e.acledSubEventType,
    when_precision: e.whenPrecision,
    cameo: e.cameo,
    when: e.when,
    where: e.where ? { text: e.where.text, ...resolved(e.where.place) } : null,
    actor: e.actor,
    recipient: e.recipient,
    fatalities: e.fatalities,
    rule: e.rule,
    confidence: e.confidence ?? null,
    evidence: e.evidence,
  };
}

export function toOutputRecord(x: Extraction): OutputRecord {
  // Kinds beyond FORMAT.md (data/claims/kinds.json `format: false`) stay in the store and API; this record holds FORMAT's kinds, parts renumbered.
  const kept = x.claims.map((c, i) => [c, i] as const).filter(([c]) => FORMAT_KINDS.has(c.kind));
  const at = new Map(kept.map(([, i], j) => [i, j]));
  return {
    id: x.article.id,
    // Every mention, each with its role: a metonym ("Moscow said") or demonym ("Ukrainian")
    // still names a place, and readers filter by role for locations proper.
    places: x.places.map(placeOut),
    claims: kept.map(([c]) => ({ ...claimOut(c), part_of: c.partOf === null ? null : at.get(c.partOf) ?? null })),
    events: x.events.map(eventOut),
  };
}
