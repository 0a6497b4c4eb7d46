/**
 * The filter bar. Each field mirrors one URL parameter; a change pushes a history entry so
 * back/forward step through filters. Text fields apply on Enter or when focus leaves them.
 */
import type { Summary } from './api.js';
import { byId, fill, h } from './dom.js';
import { setFilters, type Filters } from './state.js';

type Key = 'kind' | 'type' | 'since' | 'until' | 'place' | 'country' | 'who' | 'q';

function field(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLLabelElement {
  return h('label', {}, h('span', { text: label }), control);
}

function input(key: Key, f: Filters, type: string, placeholder = ''): HTMLInputElement {
  const el = h('input', { attrs: { name: key, type, placeholder, value: f[key], autocomplete: 'off' } });
  el.addEventListener('change', () => setFilters({ [key]: el.value.trim() }));
  return el;
}

function select(key: 'kind' | 'type', f: Filters, options: string[], any: string): HTMLSelectElement {
  const values = [...new Set([...options, ...(f[key] ? [f[key]] : [])])].sort();
  const el = h('select', { attrs: { name: key } }, h('option', { text: any, attrs: { value: '' } }),
    ...values.map((v) => h('option', { text: v, attrs: { value: v, selected: v === f[key] } })));
  el.addEventListener('change', () => setFilters({ [key]: el.value }));
  return el;
}

export function renderFilters(f: Filters, summary: Summary | null): void {
  const form = byId<HTMLFormElement>('filters');
  // Enter in a text field applies it through `change`; the form itself never submits.
  form.onsubmit = (e) => e.preventDefault();
  const clear = h('button', { text: 'Clear filters', attrs: { type: 'button' },
    on: { click: () => setFilters({ kind: '', type: '', since: '', until: '', place: '', country: '', who: '', q: '', bbox: '' }) } });
  fill(form,
    field('Claim kind', select('kind', f, Object.keys(summary?.claimsByKind ?? {}), 'any kind')),
    field('Event type', select('type', f, Object.keys(summary?.eventsByType ?? {}), 'any type')),
    field('Since', input('since', f, 'date')),
    field('Until', input('until', f, 'date')),
    field('Place', input('place', f, 'search', 'e.g. Kursk')),
    field('Country', input('country', f, 'search', 'UA, RU…')),
    field('Claimant / actor', input('who', f, 'search', 'e.g. defense ministry')),
    field('Text', input('q', f, 'search', 'words in the sentence')),
    f.bbox ? h('span', { class: 'chip' }, `Map box ${f.bbox}`) : null,
    clear);
}
