import type { Claim, Extraction, PlaceMention, ResolvedPlace, SitrepEvent } from '../types.js';

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
    where: c.where ? { text: c.where.text, ...resolved(c.where.place) } : null,
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
  return {
    id: x.article.id,
    // Every mention, each with its role: a metonym ("Moscow said") or demonym ("Ukrainian")
    // still names a place, and readers filter by role for locations proper.
    places: x.places.map(placeOut),
    claims: x.claims.map(claimOut),
    events: x.events.map(eventOut),
  };
}
