/**
 * The incident view: one incident's claimants side by side (who, when published, the figure,
 * the sentence it rests on), the reconciled figure with the rule that chose it, the reports
 * plotted over time, a small map, and every earlier revision. All article text is set as text.
 */
import { api, type Incident, type IncidentReport, type Reconciled } from './api.js';
import { byId, fill, fmt, h, svg } from './dom.js';
import { miniMap } from './geo.js';
import { kindText, rangeText } from './incidents.js';
import { setFilters, type Filters } from './state.js';

const dialog = (): HTMLDialogElement => byId<HTMLDialogElement>('incident');
let controller: AbortController | null = null;

export function initIncident(): void {
  dialog().addEventListener('close', () => setFilters({ incident: '' }));
}

type Row = IncidentReport & { kind: 'killed' | 'injured' };
const rowsOf = (i: Incident): Row[] => (['killed', 'injured'] as const).flatMap((kind) => (i[kind]?.reports ?? []).map((r) => ({ ...r, kind })));

function claimantTable(i: Incident): HTMLElement {
  const title = new Map(i.articles.map((a) => [a.id, a.title ?? a.id]));
  const figure = (r: Row) => (r.basis === 'none' ? 'none named' : `${r.qualifier && r.qualifier !== 'exact' ? `${r.qualifier.replace(/_/g, ' ')} ` : ''}${fmt.format(r.value)}${r.basis === 'cue' ? ' (from wording)' : ''}`);
  return h('table', { class: 'records claimants' },
    h('thead', {}, h('tr', {}, ...['Kind', 'Who', 'Published', 'Figure', 'Evidence', 'Article'].map((t) => h('th', { text: t, attrs: { scope: 'col' } })))),
    h('tbody', {}, ...rowsOf(i).map((r) => h('tr', {},
      h('td', { text: r.kind }), h('td', { class: 'claimant', text: r.claimant ?? 'not named' }), h('td', { text: r.published?.slice(0, 10) ?? '' }),
      h('td', { class: 'num', text: figure(r) }), h('td', {}, h('span', { class: 'sentence', text: r.evidence?.text ?? '' })),
      h('td', {}, title.get(r.article) ?? r.article, r.copies.length ? h('span', { class: 'note', text: ` +${r.copies.length} cop${r.copies.length === 1 ? 'y' : 'ies'}` }) : null)))));
}

/** Each report's figure at its publication day; the reconciled best as a dashed line. */
function overTime(i: Incident): SVGSVGElement | null {
  const rows = rowsOf(i).filter((r) => r.published && r.basis !== 'none');
  if (!rows.length) return null;
  const [w, hgt, pad] = [320, 140, 28];
  const days = rows.map((r) => Date.parse(r.published!.slice(0, 10)));
  const [d0, d1] = [Math.min(...days), Math.max(...days)];
  const top = Math.max(1, ...rows.map((r) => r.value), i.killed?.best ?? 0, i.injured?.best ?? 0);
  const x = (d: number) => pad + (d1 === d0 ? (w - 2 * pad) / 2 : ((d - d0) / (d1 - d0)) * (w - 2 * pad));
  const y = (v: number) => hgt - pad - (v / top) * (hgt - 2 * pad);
  const root = svg('svg', { viewBox: `0 0 ${w} ${hgt}`, class: 'over-time', role: 'img', 'aria-label': 'Reported figures by publication day' });
  root.appendChild(svg('line', { x1: pad, y1: hgt - pad, x2: w - pad, y2: hgt - pad, class: 'axis' }));
  for (const [kind, r] of [['killed', i.killed], ['injured', i.injured]] as [string, Reconciled | null][]) {
    if (r) root.appendChild(svg('line', { x1: pad, x2: w - pad, y1: y(r.best), y2: y(r.best), class: `best k-${kind}` }));
  }
  rows.forEach((r, n) => {
    root.appendChild(svg('circle', { cx: x(days[n]!), cy: y(r.value), r: 4, class: `dot k-${r.kind}` }, svg('title', {}, `${r.kind} ${r.value} · ${r.published!.slice(0, 10)} · ${r.claimant ?? 'not named'}`)));
  });
  root.appendChild(svg('text', { x: pad, y: hgt - 8, class: 'label' }, new Date(d0).toISOString().slice(0, 10)));
  if (d1 !== d0) root.appendChild(svg('text', { x: w - pad, y: hgt - 8, class: 'label', 'text-anchor': 'end' }, new Date(d1).toISOString().slice(0, 10)));
  root.appendChild(svg('text', { x: 4, y: y(top) + 4, class: 'label' }, fmt.format(top)));
  return root;
}

function figures(i: Incident): HTMLElement {
  const rows: [string, string][] = [['Grade', i.grade], ['Confidence', i.confidence.toFixed(2)], ['Articles', fmt.format(i.articles.length)]];
  for (const kind of ['killed', 'injured'] as const) {
    const r = i[kind];
    rows.push([kind === 'killed' ? 'Killed' : 'Injured', rangeText(r)]);
    if (r) rows.push(['Rule', r.rule]);
    for (const c of r?.contradictions ?? []) rows.push(['Contradiction', c.why]);
  }
  if (!i.current) rows.push(['Merged into', i.mergedInto ?? 'another incident']);
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]));
}

function history(i: Incident): HTMLElement {
  return h('section', { class: 'history' }, h('h3', { text: 'Revisions' }), h('ol', {}, ...i.history.map((r) => h('li', {
    text: `${r.revisedAt.slice(0, 16).replace('T', ' ')}: killed ${rangeText(r.killed)}, injured ${rangeText(r.injured)}, ${r.articles.length} article${r.articles.length === 1 ? '' : 's'}`,
  }))));
}

export async function renderIncident(f: Filters): Promise<void> {
  const d = dialog();
  controller?.abort();
  if (!f.incident) { if (d.open) d.close(); return; }
  controller = new AbortController();
  const closeBtn = h('button', { class: 'close', text: 'Close', attrs: { type: 'button', 'aria-label': 'Close incident (Esc)' }, on: { click: () => d.close() } });
  const head = (text: string) => h('header', {}, h('h2', { attrs: { id: 'incident-h' }, text }), closeBtn);
  fill(d, head('Incident'), h('p', { class: 'note', text: 'Loading…' }));
  if (!d.open) d.showModal();
  try {
    const i = await api.incident(f.incident, controller.signal);
    const chart = overTime(i);
    fill(d, head([i.place, i.date?.slice(0, 10)].filter(Boolean).join(' · ') || i.id),
      h('p', { class: 'meta', text: [kindText(i.kind), i.id].filter(Boolean).join(' · ') }),
      h('div', { class: 'evidence-body' },
        h('aside', {}, figures(i), i.where ? miniMap(i.where.lat, i.where.lon, i.place ?? '') : null),
        h('div', {}, h('h3', { text: 'Claimants' }), claimantTable(i), chart ? h('h3', { text: 'Reports over time' }) : null, chart)),
      history(i));
    closeBtn.focus();
  } catch (e) {
    if (!controller.signal.aborted) fill(d, head('Incident'), h('p', { class: 'error', text: (e as Error).message }));
  }
}
