/**
 * The evidence view: the article exactly as given, the sentence a claim or event was read
 * from marked (<mark> over evidence.start..end), who says so, the value and its qualifier,
 * the place on a mini-map, and the other records of the same article. Everything from the
 * article is set as text. Esc closes it (the <dialog>'s own cancel) and the URL follows.
 */
import { api, type Claim, type DocumentView, type SitrepEvent } from './api.js';
import { byId, fill, h, kindClass } from './dom.js';
import { miniMap } from './geo.js';
import { placeText, valueText } from './list.js';
import { setFilters, type Filters } from './state.js';

const dialog = (): HTMLDialogElement => byId<HTMLDialogElement>('evidence');
let controller: AbortController | null = null;

export function initEvidence(): void {
  // Esc or the close button closes the dialog; the URL then forgets the open record.
  dialog().addEventListener('close', () => setFilters({ open: '' }));
}

/**
 * Where the figure itself stands in its sentence: the value as digits ("1,200" or "1200")
 * between word boundaries. A figure written in words ("three") is not found and only the
 * sentence is marked.
 */
export function figureSpan(sentence: string, value: number | null): [number, number] | null {
  if (value === null || !Number.isFinite(value)) return null;
  for (const form of new Set([value.toLocaleString('en-US'), String(value)])) {
    const at = new RegExp(`(?<![\\d.,])${form.replace(/[.,]/g, (c) => `\\${c}`)}(?![\\d]|[.,]\\d)`).exec(sentence);
    if (at) return [at.index, at.index + form.length];
  }
  return null;
}

/** The article text as text nodes, the evidence in a <mark> and its figure in a <strong>; offsets are clamped, never trusted. */
function articleText(text: string, start: number, end: number, value: number | null = null): HTMLElement {
  const a = Math.max(0, Math.min(text.length, start));
  const b = Math.max(a, Math.min(text.length, end));
  const sentence = text.slice(a, b);
  const fig = figureSpan(sentence, value);
  const mark = fig
    ? h('mark', { attrs: { id: 'evidence-mark' } }, sentence.slice(0, fig[0]), h('strong', { class: 'figure', text: sentence.slice(fig[0], fig[1]) }), sentence.slice(fig[1]))
    : h('mark', { text: sentence, attrs: { id: 'evidence-mark' } });
  return h('div', { class: 'article', attrs: { tabindex: 0, 'aria-label': 'Article text' } }, text.slice(0, a), mark, text.slice(b));
}

/** A rule as its class name: the pattern source behind it is an implementation detail, shown cut off it only confused. */
export const ruleName = (rule: string): string => rule.split(':/')[0]!.trim() || rule;

function facts(rec: Claim | SitrepEvent): HTMLElement {
  const rows: [string, string][] = 'kind' in rec
    ? [['Kind', rec.kind], ['Value', valueText(rec) || '—'], ['Qualifier', rec.qualifier ?? '—'], ['Weapon', rec.weapon ?? '—'], ['Claimant', rec.claimant ?? 'not named']]
    : [['Type', rec.type], ['ACLED', [rec.acledEventType, rec.acledSubEventType].filter(Boolean).join(' / ') || '—'],
      ['Actor', rec.actor?.text ?? '—'], ['Recipient', rec.recipient?.text ?? '—'], ['Killed', rec.fatalities == null ? '—' : String(rec.fatalities)], ['Rule', ruleName(rec.rule)]];
  rows.push(['Where', rec.where ? `${placeText(rec.where)}${rec.where.precision ? ` · ${rec.where.precision}` : ''}` : 'not placed'], ['When', rec.when ? `${rec.when}${'whenPrecision' in rec && rec.whenPrecision && rec.whenPrecision !== 'day' ? ` · ${rec.whenPrecision === 'week' ? 'about (publication date)' : rec.whenPrecision}` : ''}` : '—']);
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v, class: k === 'Claimant' ? 'claimant' : '' })]));
}

function siblings(ref: string, docId: number, claims: Claim[], events: SitrepEvent[]): HTMLElement {
  const item = (r: string, tag: string, label: string, sentence: string): HTMLLIElement => h('li', {},
    h('button', { class: 'link', attrs: { type: 'button', 'aria-current': r === ref ? 'true' : null }, on: { click: () => setFilters({ open: `${docId}:${r}` }) } },
      h('span', { class: `tag ${kindClass(tag)}`, text: tag }), ` ${label} `, h('span', { class: 'sentence', text: sentence })));
  return h('section', { class: 'siblings' }, h('h3', { text: 'Other records of this article' }),
    h('ul', {}, ...claims.map((c) => item(`c${c.id}`, c.kind, [valueText(c), placeText(c.where)].filter(Boolean).join(' · '), c.evidence.text)),
      ...events.map((e) => item(`e${e.id}`, 'event', `${e.type} ${placeText(e.where)}`, e.evidence.text))));
}

export async function renderEvidence(f: Filters): Promise<void> {
  const d = dialog();
  controller?.abort();
  if (!f.open) { if (d.open) d.close(); return; }
  controller = new AbortController();
  const { signal } = controller;
  const [docPart, ref] = f.open.split(':') as [string, string];
  const docId = Number(docPart);
  const closeBtn = h('button', { class: 'close', text: 'Close', attrs: { type: 'button', 'aria-label': 'Close evidence (Esc)' }, on: { click: () => d.close() } });
  fill(d, h('header', {}, h('h2', { attrs: { id: 'evidence-h' }, text: 'Evidence' }), closeBtn), h('p', { class: 'note', text: 'Loading…' }));
  if (!d.open) d.showModal();
  try {
    const [doc, claims, events] = await Promise.all([
      api.document(docId, signal),
      api.claims({ documentId: docId, limit: 500 }, signal),
      api.events({ documentId: docId, limit: 500 }, signal),
    ]);
    const rec: Claim | SitrepEvent | undefined = ref.startsWith('c')
      ? claims.items.find((c) => `c${c.id}` === ref) : events.items.find((e) => `e${e.id}` === ref);
    if (!rec) throw new Error(`record ${ref} is not among the current records of document ${docId}`);
    show(d, closeBtn, ref, doc, rec, claims.items, events.items);
  } catch (e) {
    if (!signal.aborted) fill(d, h('header', {}, h('h2', { attrs: { id: 'evidence-h' }, text: 'Evidence' }), closeBtn), h('p', { class: 'error', text: (e as Error).message }));
  }
}

function show(d: HTMLDialogElement, closeBtn: HTMLElement, ref: string, doc: DocumentView, rec: Claim | SitrepEvent, claims: Claim[], events: SitrepEvent[]): void {
  const w = rec.where;
  fill(d,
    h('header', {}, h('h2', { attrs: { id: 'evidence-h' }, text: doc.title ?? doc.articleId }), closeBtn),
    h('p', { class: 'meta', text: [doc.articleId, doc.published, doc.source].filter(Boolean).join(' · ') }),
    h('div', { class: 'evidence-body' },
      h('aside', {}, facts(rec), w?.lat != null && w.lon != null ? miniMap(w.lat, w.lon, placeText(w)) : null),
      articleText(doc.text, rec.evidence.start, rec.evidence.end, 'kind' in rec ? rec.value : null)),
    siblings(ref, doc.id, claims, events));
  // Scroll the article box only (not the dialog), so the facts above stay in view on a phone.
  const mark = byId('evidence-mark');
  const box = mark.closest('.article');
  if (box instanceof HTMLElement) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  closeBtn.focus();
}
