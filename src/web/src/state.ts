/**
 * Filters live in the URL's query string, so a view can be shared and back/forward walk
 * through earlier filters. `set` pushes a history entry; `popstate` re-renders from the URL.
 */
import type { Params } from './api.js';

export interface Filters {
  /** Claim kind, e.g. intercepted. */
  kind: string;
  /** PLOVER event type, e.g. ASSAULT. */
  type: string;
  since: string;
  until: string;
  place: string;
  country: string;
  /** Who: the claimant of claims, the actor of events. */
  who: string;
  q: string;
  /** minLon,minLat,maxLon,maxLat, set by clicking a map cluster. */
  bbox: string;
  /** Which record list is shown; incidents groups the articles by incident. */
  tab: 'claims' | 'events' | 'incidents';
  /** The incident whose view is open (inc- and 12 hex digits). */
  incident: string;
  /** The record whose evidence is open, with its document: 4:c12 (claim 12 of document 4), 4:e3. */
  open: string;
}

const KEYS = ['kind', 'type', 'since', 'until', 'place', 'country', 'who', 'q', 'bbox', 'tab', 'open', 'incident'] as const;

export function readFilters(search = location.search): Filters {
  const p = new URLSearchParams(search);
  const g = (k: string): string => p.get(k)?.trim() ?? '';
  return {
    kind: g('kind'), type: g('type'), since: date(g('since')), until: date(g('until')),
    place: g('place'), country: g('country'), who: g('who'), q: g('q'),
    bbox: /^-?[\d.]+(,-?[\d.]+){3}$/.test(g('bbox')) ? g('bbox') : '',
    tab: g('tab') === 'events' || g('tab') === 'incidents' ? g('tab') as 'events' | 'incidents' : 'claims',
    open: /^\d+:[ce]\d+$/.test(g('open')) ? g('open') : '',
    incident: /^inc-[0-9a-f]{12}$/.test(g('incident')) ? g('incident') : '',
  };
}

const date = (v: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');

export function toSearch(f: Filters): string {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    const v = f[k];
    if (v && !(k === 'tab' && v === 'claims')) p.set(k, v);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

type Listener = (f: Filters, changed: Set<keyof Filters>) => void;
const listeners: Listener[] = [];
let current = readFilters();

export const filters = (): Filters => current;

export function onChange(fn: Listener): void { listeners.push(fn); }

function emit(next: Filters): void {
  const changed = new Set(KEYS.filter((k) => next[k] !== current[k]));
  current = next;
  for (const fn of listeners) fn(current, changed);
}

/** Applies a change; `replace` keeps one history entry (typing in a text field). */
export function setFilters(patch: Partial<Filters>, replace = false): void {
  const next = { ...current, ...patch };
  const search = toSearch(next);
  if (search === location.search) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', `${location.pathname}${search}`);
  emit(next);
}

window.addEventListener('popstate', () => emit(readFilters()));

/** Query parameters of the API for the current filters, for claims or for events. */
export function apiParams(f: Filters, of: 'claims' | 'events' | 'tallies'): Params {
  const shared: Params = { since: f.since, until: f.until, place: f.place, country: f.country, q: f.q, bbox: f.bbox };
  if (of === 'events') return { ...shared, type: f.type, actor: f.who };
  return { ...shared, kind: of === 'claims' ? f.kind : undefined, claimant: f.who };
}

/** True when a filter that selects records (not the tab, the open record or incident) changed. */
export const recordFilterChanged = (changed: Set<keyof Filters>): boolean =>
  [...changed].some((k) => k !== 'tab' && k !== 'open' && k !== 'incident');
