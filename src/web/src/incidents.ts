/**
 * The record list grouped by incident: one group per incident (date, place, the reconciled
 * killed and injured with their range, grade), its member articles beneath, copies named.
 * Incidents follow the date filters; a row opens the incident view.
 */
import { api, type Incident, type IncidentBrief, type Range } from './api.js';
import { fmt, h } from './dom.js';
import { setFilters, type Filters } from './state.js';

const PAGE = 100;

export const rangeText = (r: Range | null): string => {
  if (!r) return '—';
  return r.low === r.high ? fmt.format(r.best) : `${fmt.format(r.best)} (${fmt.format(r.low)}–${fmt.format(r.high)})`;
};

export const kindText = (kind: string | null): string => (kind ? kind.replace(/:$/, '').replace(':', ' · ').toLowerCase() : '');

function headRow(i: IncidentBrief): HTMLTableRowElement {
  const open = (): void => setFilters({ incident: i.id });
  return h('tr', { class: 'row incident-row', attrs: { tabindex: 0, 'data-incident': i.id, 'aria-label': `Incident ${i.place ?? ''} ${i.date ?? ''}: open` },
    on: { click: open, keydown: (e) => { if (e.key === 'Enter') { e.preventDefault(); open(); } } } },
  h('td', { text: i.date?.slice(0, 10) ?? '' }), h('td', { text: i.place ?? '' }), h('td', { text: kindText(i.kind) }),
  h('td', { class: 'num', text: rangeText(i.killed) }), h('td', { class: 'num', text: rangeText(i.injured) }),
  h('td', {}, h('span', { class: 'tag grade', text: i.grade })), h('td', { class: 'num', text: fmt.format(i.articles) }));
}

function memberRows(inc: Incident): HTMLTableRowElement[] {
  const titleOf = new Map(inc.articles.map((a) => [a.id, a.title ?? a.id]));
  return inc.articles.map((a) => h('tr', { class: 'member' },
    h('td', { text: a.published?.slice(0, 10) ?? '' }),
    h('td', { attrs: { colspan: 6 } }, h('span', { class: 'sentence', text: a.title ?? a.id }),
      a.copyOf ? h('span', { class: 'note', text: ` · copy of ${titleOf.get(a.copyOf) ?? a.copyOf}` }) : null)));
}

export async function renderIncidentList(table: HTMLTableElement, status: HTMLElement, f: Filters, signal: AbortSignal): Promise<void> {
  const list = await api.incidents({ since: f.since, until: f.until, limit: PAGE }, signal);
  table.appendChild(h('thead', {}, h('tr', {}, ...['Date', 'Place', 'Kind', 'Killed', 'Injured', 'Grade', 'Articles'].map((t) => h('th', { text: t, attrs: { scope: 'col' } })))));
  // Members are fetched per incident with several articles, in parallel; a lone article is its own group.
  const details = await Promise.all(list.items.map((i) => (i.articles > 1 ? api.incident(i.id, signal).catch(() => null) : null)));
  list.items.forEach((i, n) => {
    const group = h('tbody', { class: 'incident-group' }, headRow(i));
    for (const r of details[n] ? memberRows(details[n]!) : []) group.appendChild(r);
    table.appendChild(group);
  });
  const { incidents, killed, injured } = list.totals;
  status.textContent = incidents
    ? `${fmt.format(incidents)} incidents${list.count > list.items.length ? ` (newest ${fmt.format(list.items.length)} shown)` : ''} · ${fmt.format(killed)} killed, ${fmt.format(injured)} injured, each incident counted once`
    : 'No incidents in these dates.';
}
