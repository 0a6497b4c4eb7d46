/**
 * The record list: claims or events for the current filters, a page at a time (the API's
 * cursor). Every row is focusable; click or Enter opens its evidence.
 */
import { api, type Claim, type Page, type SitrepEvent } from './api.js';
import { byId, fill, fmt, h, kindClass } from './dom.js';
import { renderIncidentList } from './incidents.js';
import { apiParams, setFilters, type Filters } from './state.js';

const PAGE = 50;

export const valueText = (c: Claim): string => {
  if (c.value == null) return '';
  const q: Record<string, string> = { at_least: 'at least ', at_most: 'at most ', about: 'about ', more_than: 'more than ', less_than: 'fewer than ' };
  return `${q[c.qualifier ?? ''] ?? ''}${fmt.format(c.value)}`;
};
export const placeText = (w: Claim['where']): string => (w ? (w.name && w.name !== w.text ? `${w.text} (${w.name})` : w.text) : '');
const dateOf = (r: { when: string | null; published: string | null }): string => r.when ?? r.published ?? '';

function row(ref: string, label: string, cells: (string | Node)[]): HTMLTableRowElement {
  const open = (): void => setFilters({ open: ref });
  return h('tr', { class: 'row', attrs: { tabindex: 0, 'data-ref': ref, 'aria-label': label },
    on: { click: open, keydown: (e) => { if (e.key === 'Enter') { e.preventDefault(); open(); } } } },
  ...cells.map((c) => h('td', {}, c)));
}

const claimRow = (c: Claim): HTMLTableRowElement => row(`${c.documentId}:c${c.id}`, `${c.kind} ${valueText(c)} ${placeText(c.where)}: open evidence`, [
  dateOf(c), h('span', { class: `tag ${kindClass(c.kind)}`, text: c.kind }), h('span', { class: 'num', text: valueText(c) }),
  c.weapon ?? '', placeText(c.where), c.claimant ?? '', h('span', { class: 'sentence', text: c.evidence.text })]);

const actorText = (e: SitrepEvent): string => [e.actor?.text, e.recipient?.text].filter(Boolean).join(' → ');
const eventRow = (e: SitrepEvent): HTMLTableRowElement => row(`${e.documentId}:e${e.id}`, `${e.type} ${placeText(e.where)}: open evidence`, [
  dateOf(e), h('span', { class: 'tag k-event', text: e.type }), actorText(e), placeText(e.where),
  e.fatalities ? fmt.format(e.fatalities) : '', h('span', { class: 'sentence', text: e.evidence.text })]);

const HEAD = {
  claims: ['Date', 'Kind', 'Value', 'Weapon', 'Place', 'Claimant', 'Sentence'],
  events: ['Date', 'Type', 'Actor → recipient', 'Place', 'Killed', 'Sentence'],
};

let controller: AbortController | null = null;

export async function renderList(f: Filters): Promise<void> {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const el = byId('list');
  const names = { claims: 'Claims', events: 'Events', incidents: 'By incident' };
  const tabs = h('div', { class: 'tabs', attrs: { role: 'tablist' } }, ...(['claims', 'events', 'incidents'] as const).map((t) =>
    h('button', { text: names[t], class: f.tab === t ? 'tab on' : 'tab',
      attrs: { type: 'button', role: 'tab', 'aria-selected': String(f.tab === t) }, on: { click: () => setFilters({ tab: t }) } })));
  if (f.tab === 'incidents') {
    const table = h('table', { class: 'records incidents' });
    const note = h('p', { class: 'note', attrs: { 'aria-live': 'polite' }, text: 'Loading…' });
    fill(el, tabs, h('div', { class: 'scroll' }, table), note);
    try { await renderIncidentList(table, note, f, signal); } catch (e) {
      if (!signal.aborted) { note.textContent = `Could not load incidents: ${(e as Error).message}`; note.className = 'error'; }
    }
    return;
  }
  const tab = f.tab;
  const body = h('tbody');
  const status = h('p', { class: 'note', attrs: { 'aria-live': 'polite' }, text: 'Loading…' });
  const more = h('button', { text: 'More', attrs: { type: 'button', hidden: true } });
  fill(el, tabs, h('div', { class: 'scroll' }, h('table', { class: 'records' },
    h('thead', {}, h('tr', {}, ...HEAD[tab].map((t) => h('th', { text: t, attrs: { scope: 'col' } })))), body)), status, more);

  let cursor: string | undefined;
  let shown = 0;
  const load = async (): Promise<void> => {
    more.hidden = true;
    try {
      const params = { ...apiParams(f, tab), limit: PAGE, cursor };
      const page: Page<Claim> | Page<SitrepEvent> = tab === 'claims' ? await api.claims(params, signal) : await api.events(params, signal);
      for (const r of page.items) body.appendChild(tab === 'claims' ? claimRow(r as Claim) : eventRow(r as SitrepEvent));
      shown += page.items.length;
      cursor = page.nextCursor ?? undefined;
      status.textContent = shown ? `${fmt.format(shown)} ${tab}${cursor ? ' so far' : ''}` : `No ${tab} match these filters.`;
      more.hidden = !cursor;
    } catch (e) {
      if (!signal.aborted) { status.textContent = `Could not load ${tab}: ${(e as Error).message}`; status.className = 'error'; }
    }
  };
  more.addEventListener('click', () => void load());
  await load();
}
