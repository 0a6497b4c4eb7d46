/**
 * Tallies: launched against intercepted, by region and by claimant, with the interception
 * rate; and each stated total beside the regional parts the same sentence breaks it into
 * (claims whose partOf points at the total), so a reader can check that the parts add up.
 */
import type { Claim, TallyRow } from './api.js';
import { byId, fill, fmt, h } from './dom.js';
import { setFilters } from './state.js';

const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

function rateOf(r: TallyRow): string {
  const launched = r.sum.launched ?? 0;
  const intercepted = r.sum.intercepted ?? 0;
  return launched > 0 ? pct.format(intercepted / launched) : '—';
}

function table(caption: string, head: string, rows: TallyRow[], filterKey: 'place' | 'who'): HTMLTableElement {
  const sorted = [...rows].sort((a, b) => ((b.sum.launched ?? 0) + (b.sum.intercepted ?? 0)) - ((a.sum.launched ?? 0) + (a.sum.intercepted ?? 0)));
  const cell = (n: number | undefined): HTMLTableCellElement => h('td', { class: 'num', text: n === undefined ? '—' : fmt.format(n) });
  return h('table', { class: 'tally' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, h('th', { text: head, attrs: { scope: 'col' } }), h('th', { text: 'Launched', class: 'num', attrs: { scope: 'col' } }),
      h('th', { text: 'Intercepted', class: 'num', attrs: { scope: 'col' } }), h('th', { text: 'Rate', class: 'num', attrs: { scope: 'col', title: 'intercepted ÷ launched, where both are reported' } }))),
    h('tbody', {}, ...sorted.slice(0, 12).map((r) => h('tr', {},
      h('th', { attrs: { scope: 'row' } }, r.key === '—' || r.key === 'null' ? 'unplaced' : h('button', { class: 'link', text: r.key, attrs: { type: 'button', title: `Filter to ${r.key}` }, on: { click: () => setFilters({ [filterKey]: r.key }) } })),
      cell(r.sum.launched), cell(r.sum.intercepted), h('td', { class: 'num', text: rateOf(r) })))),
    sorted.length > 12 ? h('tfoot', {}, h('tr', {}, h('td', { attrs: { colspan: 4 }, text: `and ${sorted.length - 12} more` }))) : null);
}

const placeOf = (c: Claim): string => c.where?.name ?? c.where?.text ?? 'unplaced';
const open = (c: Claim) => (): void => setFilters({ open: `${c.documentId}:c${c.id}` });

/** A total and its parts, as one line: 337 intercepted over Russia = 91 Moscow Oblast + 126 Kursk Oblast + 120 elsewhere. */
function breakdowns(claims: Claim[]): HTMLElement | null {
  const parts = new Map<number, Claim[]>();
  for (const c of claims) if (c.partOf != null) parts.set(c.partOf, [...(parts.get(c.partOf) ?? []), c]);
  const totals = claims.filter((c) => parts.has(c.id));
  if (!totals.length) return null;
  return h('section', { class: 'breakdowns' }, h('h3', { text: 'Totals and their breakdowns' }),
    h('ul', {}, ...totals.slice(0, 20).map((t) => {
      const ps = parts.get(t.id)!;
      const sum = ps.reduce((a, p) => a + (p.value ?? 0), 0);
      const rest = (t.value ?? 0) - sum;
      return h('li', {},
        h('button', { class: 'link total', attrs: { type: 'button' }, on: { click: open(t) } }, `${fmt.format(t.value ?? 0)} ${t.kind} over ${placeOf(t)}`),
        t.claimant ? h('span', { class: 'who', text: ` (${t.claimant})` }) : null,
        ' = ',
        ...ps.flatMap((p, i) => [i ? ' + ' : '', h('button', { class: 'link', attrs: { type: 'button' }, on: { click: open(p) } }, `${fmt.format(p.value ?? 0)} ${placeOf(p)}`)]),
        rest > 0 ? ` + ${fmt.format(rest)} elsewhere` : rest < 0 ? h('span', { class: 'warn', text: ` (parts exceed the total by ${fmt.format(-rest)})` }) : null);
    })));
}

export function renderTallies(byRegion: TallyRow[], byClaimant: TallyRow[], claims: Claim[]): void {
  const el = byId('tallies');
  const all = byRegion.reduce((acc, r) => ({ l: acc.l + (r.sum.launched ?? 0), i: acc.i + (r.sum.intercepted ?? 0) }), { l: 0, i: 0 });
  fill(el,
    h('p', { class: 'headline' }, `${fmt.format(all.l)} launched, ${fmt.format(all.i)} intercepted`,
      all.l > 0 ? ` — ${pct.format(all.i / all.l)} interception rate` : '',
      h('small', { text: ' (sums of stated values; a total and its parts both count in their own regions)' })),
    breakdowns(claims),
    h('div', { class: 'tables' }, table('By region', 'Region', byRegion, 'place'), table('By claimant', 'Claimant', byClaimant, 'who')));
}

export function renderTalliesError(message: string): void {
  fill(byId('tallies'), h('p', { class: 'error', text: message }));
}
