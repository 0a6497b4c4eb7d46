/** `sitrep export`: the stored claims and events as CSV, GeoJSON or JSON Lines. */
import type { StoredClaim, StoredEvent } from '../store/store.js';
import { CLAIM_COLUMNS, EVENT_COLUMNS, toCsv } from './format.js';

export type ExportFormat = 'csv' | 'geojson' | 'jsonl';

interface GeoFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

function claimProperties(c: StoredClaim): Record<string, unknown> {
  return {
    record: 'claim', id: c.id, article: c.articleId, kind: c.kind, value: c.value, qualifier: c.qualifier,
    weapon: c.weapon, when: c.when ?? c.published, where: c.where?.text ?? null, place: c.where?.name ?? null,
    country: c.where?.country ?? null, precision: c.where?.precision ?? null, geonameid: c.where?.geonameid ?? null,
    claimant: c.claimant, evidence: c.evidence.text, evidence_start: c.evidence.start, evidence_end: c.evidence.end,
    rule: c.rule, confidence: c.confidence,
  };
}

function eventProperties(e: StoredEvent): Record<string, unknown> {
  return {
    record: 'event', id: e.id, article: e.articleId, type: e.type, mode: e.mode, acled_event_type: e.acledEventType,
    acled_sub_event_type: e.acledSubEventType, cameo: e.cameo, when: e.when ?? e.published,
    when_precision: e.when ? e.whenPrecision : e.published ? 'week' : null, where: e.where?.text ?? null,
    place: e.where?.name ?? null, country: e.where?.country ?? null, precision: e.where?.precision ?? null,
    geonameid: e.where?.geonameid ?? null, actor: e.actor?.text ?? null, actor_country: e.actor?.country ?? null,
    recipient: e.recipient?.text ?? null, recipient_country: e.recipient?.country ?? null,
    // Events have no claimant of their own; the actor is who is said to have acted.
    claimant: null, fatalities: e.fatalities, rule: e.rule,
    evidence: e.evidence.text, evidence_start: e.evidence.start, evidence_end: e.evidence.end,
  };
}

function feature(where: StoredClaim['where'], properties: Record<string, unknown>): GeoFeature | null {
  if (!where || where.lat === null || where.lon === null) return null;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [where.lon, where.lat] }, properties };
}

/** Claims and events that have coordinates, as one FeatureCollection ([lon, lat], RFC 7946). */
export function toGeoJson(claims: StoredClaim[], events: StoredEvent[]): { type: 'FeatureCollection'; features: GeoFeature[] } {
  const features = [
    ...claims.map((c) => feature(c.where, claimProperties(c))),
    ...events.map((e) => feature(e.where, eventProperties(e))),
  ].filter((f): f is GeoFeature => f !== null);
  return { type: 'FeatureCollection', features };
}

/** Renders an export; CSV holds one table, so it carries `only` (claims unless told events). */
export function renderExport(format: ExportFormat, claims: StoredClaim[], events: StoredEvent[], only: 'claims' | 'events' = 'claims'): string {
  if (format === 'geojson') return `${JSON.stringify(toGeoJson(claims, events))}\n`;
  if (format === 'csv') return only === 'events' ? toCsv(EVENT_COLUMNS, events) : toCsv(CLAIM_COLUMNS, claims);
  const lines = [...claims.map((c) => ({ record: 'claim', ...c })), ...events.map((e) => ({ record: 'event', ...e }))];
  return lines.map((l) => `${JSON.stringify(l)}\n`).join('');
}
