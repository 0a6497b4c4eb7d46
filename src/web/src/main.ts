/**
 * The dashboard's entry: reads the filters from the URL, loads every view from the API in
 * parallel, and re-renders only the views a filter change touches.
 */
import { api, type Claim, type SitrepEvent, type Summary } from './api.js';
import { byId, fmt } from './dom.js';
import { initEvidence, renderEvidence } from './evidence.js';
import { initIncident, renderIncident } from './incident-view.js';
import { renderFilters } from './filters.js';
import { renderList } from './list.js';
import { hideTip, renderMap, renderMapError, warmMap } from './map.js';
import { apiParams, filters, onChange, recordFilterChanged, type Filters } from './state.js';
import { renderTallies, renderTalliesError } from './tallies.js';
import { renderTimeline } from './timeline.js';

/** The map fetches at most this many claims and this many events; beyond it, it says so. */
const MAP_LIMIT = 300;
/** Launch and interception claims scanned for totals with parts. */
const BREAKDOWN_LIMIT = 300;
const INTERCEPTION = 'launched,intercepted';
/** Tallies sum numeric claims only; the timeline counts every numeric kind. */
const NUMERIC_KINDS = 'launched,intercepted,hit,killed,injured,evacuated,damaged,flights_disrupted,airport_closed';

let summary: Summary | null = null;
let controller: AbortController | null = null;

const errorText = (e: unknown): string => `Could not load: ${(e as Error).message}`;

async function loadMap(f: Filters, signal: AbortSignal): Promise<void> {
  // A kind selects claims only and a type events only, unless both are chosen.
  const wantClaims = !f.type || !!f.kind;
  const wantEvents = !f.kind || !!f.type;
  const none = { items: [], nextCursor: null };
  try {
    const [claims, events] = await Promise.all([
      wantClaims ? api.claims({ ...apiParams(f, 'claims'), limit: MAP_LIMIT }, signal) : none,
      wantEvents ? api.events({ ...apiParams(f, 'events'), limit: MAP_LIMIT }, signal) : none,
    ]);
    renderMap(f, claims.items as Claim[], events.items as SitrepEvent[], !!(claims.nextCursor || events.nextCursor));
  } catch (e) { if (!signal.aborted) renderMapError(errorText(e)); }
}

async function loadTimeline(f: Filters, signal: AbortSignal): Promise<void> {
  try {
    const rows = await api.tallies('day', { ...apiParams(f, 'tallies'), since: undefined, until: undefined, kinds: f.kind || NUMERIC_KINDS }, signal);
    renderTimeline(f, rows);
  } catch (e) { if (!signal.aborted) byId('timeline').textContent = errorText(e); }
}

async function loadTallies(f: Filters, signal: AbortSignal): Promise<void> {
  const p = { ...apiParams(f, 'tallies'), kinds: INTERCEPTION };
  try {
    const [region, claimant, totals, places] = await Promise.all([
      api.tallies('region', p, signal), api.tallies('claimant', p, signal),
      api.claims({ ...apiParams(f, 'claims'), kind: INTERCEPTION, limit: BREAKDOWN_LIMIT }, signal),
      // Region-level places name the region rows (RU-48 → Moscow Oblast).
      api.places({ limit: 1000 }, signal).catch(() => ({ items: [], nextCursor: null })),
    ]);
    renderTallies(region, claimant, totals.items, places.items);
  } catch (e) { if (!signal.aborted) renderTalliesError(errorText(e)); }
}

function renderSummary(s: Summary): void {
  const claims = Object.values(s.claimsByKind).reduce((a, b) => a + b, 0);
  const events = Object.values(s.eventsByType).reduce((a, b) => a + b, 0);
  const incidents = s.incidents === undefined ? '' : ` · ${fmt.format(s.incidents)} incidents`;
  byId('summary').textContent = `${fmt.format(s.documents)} articles${incidents} · ${fmt.format(claims)} claims · ${fmt.format(events)} events`;
}

function loadRecords(f: Filters): Promise<unknown> {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  hideTip();
  return Promise.all([loadMap(f, signal), loadTimeline(f, signal), loadTallies(f, signal), renderList(f)]);
}

async function start(): Promise<void> {
  initEvidence();
  initIncident();
  const f = filters();
  renderFilters(f, null);
  if (f.open) void renderEvidence(f);
  if (f.incident) void renderIncident(f);
  const loading = loadRecords(f);
  // The requests are out; draw the base map while the server answers.
  warmMap();
  await loading;
  // The bench reads this mark: navigation start to every view drawn.
  performance.mark('sitrep:ready');
  document.body.dataset.ready = 'true';
  // The header's counts and the filter's kind lists come last: the views matter more, and
  // the API answers one request at a time.
  try {
    summary = await api.summary();
    renderSummary(summary);
    renderFilters(filters(), summary);
  } catch (e) { byId('summary').textContent = errorText(e); }
}

onChange((f, changed) => {
  if (recordFilterChanged(changed)) { renderFilters(f, summary); void loadRecords(f); }
  else if (changed.has('tab')) void renderList(f);
  if (changed.has('open')) void renderEvidence(f);
  if (changed.has('incident')) void renderIncident(f);
});

void start();
