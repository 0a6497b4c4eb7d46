/** `sitrep export`: the stored claims and events as CSV, GeoJSON or JSON Lines. */
import type { StoredClaim, StoredEvent } from '../store/index.js';
import { CLAIM_COLUMNS, EVENT_COLUMNS, csvCell, toCsv, Writer, type Column } from './format.js';

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

type Exported = { record: 'claim'; c: StoredClaim } | { record: 'event'; e: StoredEvent };

/**
 * Claims and events as one CSV table: a `record` column, then every claim column, then the
 * event columns claims lack (a column both have, such as `when` or `evidence`, is shared).
 */
export function bothColumns(): Column<Exported>[] {
  const names = new Set(CLAIM_COLUMNS.map((c) => c.name));
  const cols: Column<Exported>[] = [{ name: 'record', get: (x) => x.record }];
  const claim = new Map(CLAIM_COLUMNS.map((c) => [c.name, c]));
  const event = new Map(EVENT_COLUMNS.map((c) => [c.name, c]));
  for (const name of [...names, ...EVENT_COLUMNS.map((c) => c.name).filter((n) => !names.has(n))]) {
    cols.push({ name, get: (x) => (x.record === 'claim' ? claim.get(name)?.get(x.c) ?? null : event.get(name)?.get(x.e) ?? null) });
  }
  return cols;
}

/**
 * `sitrep export`, streamed: rows are written as the store yields them, so a store of any size
 * exports in bounded memory. `claims`/`events` null means that kind was not asked for.
 */
export async function writeExport(format: ExportFormat, claims: AsyncIterable<StoredClaim> | null, events: AsyncIterable<StoredEvent> | null, out: NodeJS.WritableStream): Promise<void> {
  const w = new Writer(out);
  if (format === 'csv') {
    const only = !claims ? EVENT_COLUMNS : !events ? CLAIM_COLUMNS : null;
    const cols = bothColumns();
    await w.write(`${(only ?? cols).map((c) => csvCell(c.name)).join(',')}\r\n`);
    const line = (x: Exported) => (only === CLAIM_COLUMNS && x.record === 'claim' ? CLAIM_COLUMNS.map((c) => csvCell(c.get(x.c)))
      : only === EVENT_COLUMNS && x.record === 'event' ? EVENT_COLUMNS.map((c) => csvCell(c.get(x.e)))
        : cols.map((c) => csvCell(c.get(x)))).join(',');
    for await (const c of claims ?? []) await w.write(`${line({ record: 'claim', c })}\r\n`);
    for await (const e of events ?? []) await w.write(`${line({ record: 'event', e })}\r\n`);
  } else if (format === 'geojson') {
    let n = 0;
    await w.write('{"type":"FeatureCollection","features":[');
    for await (const c of claims ?? []) { const f = feature(c.where, claimProperties(c)); if (f) await w.write(`${n++ ? ',' : ''}${JSON.stringify(f)}`); }
    for await (const e of events ?? []) { const f = feature(e.where, eventProperties(e)); if (f) await w.write(`${n++ ? ',' : ''}${JSON.stringify(f)}`); }
    await w.write(']}\n');
  } else {
    for await (const c of claims ?? []) await w.write(`${JSON.stringify({ record: 'claim', ...c })}\n`);
    for await (const e of events ?? []) await w.write(`${JSON.stringify({ record: 'event', ...e })}\n`);
  }
  await w.flush();
}
