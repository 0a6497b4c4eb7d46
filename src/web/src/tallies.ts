/**
 * Tallies: launched against intercepted, by region and by claimant, with the interception
 * rate; and each stated total beside the regional parts the same sentence breaks it into
 * (claims whose partOf points at the total), so a reader can check that the parts add up.
 */
import type { Claim, Place, TallyRow } from './api.js';
import { byId, fill, fmt, h } from './dom.js';
import { setFilters, type Filters } from './state.js';

const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/** A kind's stated value in a group: its totals plus parts of totals placed elsewhere. */
const valueOf = (r: TallyRow, kind: string): number | undefined =>
  r.sum[kind] === undefined && r.partSum[kind] === undefined ? undefined : (r.sum[kind] ?? 0) + (r.partSum[kind] ?? 0);
/** A claimant's parts sit inside its own totals: count them only where it states no total. */
const ownValueOf = (r: TallyRow, kind: string): number | undefined => r.sum[kind] ?? r.partSum[kind];

/**
 * The API's rate only: it pairs launches and interceptions of one report of one salvo. A
 * missing figure is not 0%, and two reports' figures do not divide (that made 123%).
 */
export function rateOf(r: Pick<TallyRow, 'rate'>): string {
  return r.rate !== null && r.rate >= 0 && r.rate <= 1 ? pct.format(r.rate) : '—';
}

/** A country's English name from the browser's own data ("RU" → "Russia"), else the code. */
const countryName = (code: string): string => {
  try { return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code; } catch { return code; }
};

/**
 * Region keys are country-admin1 codes ("RU-41"): named from the region-level places the
 * store lists and the claims in hand; a region neither names reads "a region of Russia", never
 * a bare code.
 */
export function regionLabel(key: string, names: Map<string, string>): string {
  if (names.has(key)) return names.get(key)!;
  const [country, admin1] = key.split('-');
  if (!admin1) return countryName(country!);
  return `a region of ${countryName(country!)} (${admin1})`;
}

function regionNames(claims: Claim[], places: Place[] = []): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of places) if (p.country && p.admin1 && p.precision === 'region') names.set(`${p.country}-${p.admin1}`, p.name);
  for (const c of claims) {
    const w = c.where;
    if (!w?.country) continue;
    if (w.admin1 && (w.precision === 'region' || !names.has(`${w.country}-${w.admin1}`))) names.set(`${w.country}-${w.admin1}`, w.name ?? w.text);
    if (!w.admin1 && w.precision === 'country') names.set(w.country, w.name ?? w.text);
  }
  return names;
}

interface Grouping {
  caption: string; head: string; label: (key: string) => string; filter: (key: string) => Partial<Filters>;
  value: (r: TallyRow, kind: string) => number | undefined;
}

function table(g: Grouping, rows: TallyRow[]): HTMLTableElement {
  const size = (r: TallyRow): number => (g.value(r, 'launched') ?? 0) + (g.value(r, 'intercepted') ?? 0);
  const sorted = [...rows].sort((a, b) => size(b) - size(a));
  const cell = (r: TallyRow, kind: string): HTMLTableCellElement => {
    const v = g.value(r, kind);
    const part = v === r.sum[kind] ? 0 : r.partSum[kind];
    return h('td', { class: 'num' }, v === undefined ? '—' : fmt.format(v),
      part ? h('sup', { text: '*', attrs: { title: `${fmt.format(part)} of it is a part of a larger total` } }) : null);
  };
  return h('table', { class: 'tally' },
    h('caption', { text: g.caption }),
    h('thead', {}, h('tr', {}, h('th', { text: g.head, attrs: { scope: 'col' } }), h('th', { text: 'Launched', class: 'num', attrs: { scope: 'col' } }),
      h('th', { text: 'Intercepted', class: 'num', attrs: { scope: 'col' } }), h('th', { text: 'Rate', class: 'num', attrs: { scope: 'col', title: 'intercepted ÷ launched, where one report states both for one salvo' } }))),
    h('tbody', {}, ...sorted.slice(0, 12).map((r) => h('tr', {},
      h('th', { attrs: { scope: 'row' } }, r.key ? h('button', { class: 'link', text: g.label(r.key), attrs: { type: 'button', title: `Filter to ${g.label(r.key)}` }, on: { click: () => setFilters(g.filter(r.key)) } }) : 'not stated'),
      cell(r, 'launched'), cell(r, 'intercepted'), h('td', { class: 'num', text: rateOf(r) })))),
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

export function renderTallies(byRegion: TallyRow[], byClaimant: TallyRow[], claims: Claim[], places: Place[] = []): void {
  const el = byId('tallies');
  // Totals only: parts of a total are already inside it.
  const all = byRegion.reduce((acc, r) => ({ l: acc.l + (r.sum.launched ?? 0), i: acc.i + (r.sum.intercepted ?? 0) }), { l: 0, i: 0 });
  const names = regionNames(claims, places);
  const region: Grouping = {
    caption: 'By region', head: 'Region',
    label: (k) => regionLabel(k, names),
    filter: (k) => (names.has(k) ? { place: names.get(k)! } : { country: k.slice(0, 2) }),
    value: valueOf,
  };
  // The API groups claimants case-insensitively (key lower-cased) and gives one written form.
  const written = new Map(byClaimant.map((r) => [r.key, r.label ?? r.key]));
  const claimant: Grouping = { caption: 'By claimant', head: 'Claimant', label: (k) => written.get(k) ?? k, filter: (k) => ({ who: written.get(k) ?? k }), value: ownValueOf };
  // A rate only over reports that state both for one salvo (the API pairs them).
  const both = byRegion.filter((r) => r.rateFrom !== null);
  const paired = both.reduce((acc, r) => ({ l: acc.l + r.rateFrom!.launched, i: acc.i + r.rateFrom!.intercepted, n: acc.n + r.rateFrom!.reports }), { l: 0, i: 0, n: 0 });
  fill(el,
    h('p', { class: 'headline' }, `${fmt.format(all.l)} launched, ${fmt.format(all.i)} intercepted`,
      h('small', { text: ' (stated totals, each incident counted once: a figure several articles repeat is summed once; * marks a figure that is part of a larger total)' })),
    h('p', { class: 'note', text: paired.l > 0
      ? `Interception rate ${pct.format(paired.i / paired.l)}: ${fmt.format(paired.i)} of ${fmt.format(paired.l)}, over the ${paired.n} report(s) that state both launches and interceptions of one salvo.`
      : 'No report states both the launches and the interceptions of one salvo, so no interception rate is given.' }),
    breakdowns(claims),
    h('div', { class: 'tables' }, table(region, byRegion), table(claimant, byClaimant)));
}

export function renderTalliesError(message: string): void {
  fill(byId('tallies'), h('p', { class: 'error', text: message }));
}
