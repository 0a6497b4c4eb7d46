/**
 * The dashboard in headless chromium against the real API over a store the real pipeline
 * filled (the seed corpus plus a hostile article). The browser may reach localhost only;
 * every test ends by asserting it tried nothing else. Screenshots go to test-output/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { tempDir } from './ingest-fixtures.ts';
import { ensureBuilt, ingest, ROOT, startApi, type RunningApi } from './web-server.ts';
import { findChromium, launch, type Guarded } from './web-browser.ts';

const SHOTS = join(ROOT, 'test-output');
const XSS = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
/** An article whose title and body carry markup that would run if rendered as HTML. */
const HOSTILE = {
  id: 'xss-1', published: '2025-03-12', title: `Drones downed ${XSS} ${IMG}`,
  text: `Drones downed ${XSS} over Belgorod\n\nAir defences shot down 12 drones over the Belgorod region overnight ${XSS}, the defence ministry said.\n\nA resident posted ${IMG} and said 3 people were injured in Belgorod.`,
};

const chromium = findChromium();
const skip = chromium ? false : 'chromium not found (apt-get install -y chromium; .ci/run installs it)';
let api: RunningApi | null = null;
let browser: Guarded | null = null;

before(async () => {
  if (skip) return;
  ensureBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const dir = tempDir();
  const hostile = join(dir, 'hostile.jsonl');
  writeFileSync(hostile, `${JSON.stringify(HOSTILE)}\n`);
  const db = join(dir, 'web.db');
  ingest(db, [join(ROOT, 'examples'), hostile]);
  api = await startApi(db);
  browser = await launch(chromium as string);
});

after(async () => {
  await browser?.close();
  await api?.close();
});

/** A fresh page with pwn and CSP watchers; returns the page and what it saw. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  if (!api) throw new Error('the API did not start');
  const page = await browser!.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(`${api.url}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  return { page, problems };
}

const noOffsite = (): void => assert.deepEqual(browser!.offsite, [], 'the dashboard tried to reach beyond localhost');
const shot = (page: Page, name: string, selector?: string) =>
  selector ? page.locator(selector).screenshot({ path: join(SHOTS, name) }) : page.screenshot({ path: join(SHOTS, name), fullPage: true });

test('the map draws offline: country outlines and markers as SVG, no request leaves localhost', { skip }, async () => {
  const { page, problems } = await open('/');
  assert.ok(await page.locator('#map svg path.country').count() > 100, 'country outlines drawn');
  assert.ok(await page.locator('#map .marker').count() > 0, 'markers drawn');
  await page.locator('#map .marker').first().hover();
  assert.equal(await page.locator('#tooltip').isVisible(), true, 'hover shows a tooltip');
  await shot(page, 'web-dashboard.png');
  await shot(page, 'web-map.png', '.map-panel');
  await shot(page, 'web-timeline.png', '.timeline-panel');
  await shot(page, 'web-tallies.png', '.tallies-panel');
  await shot(page, 'web-list.png', '.list-panel');
  assert.deepEqual(problems, []);
  noOffsite();
  await page.close();
});

test('brushing the timeline and clicking a map cluster filter every view through the URL', { skip }, async () => {
  const { page, problems } = await open('/');
  const box = (await page.locator('#timeline .overlay').boundingBox())!;
  // Drag across the first day's bar only (the chart shows at least two weeks around the data).
  const bar = (await page.locator('#timeline .bar').first().boundingBox())!;
  assert.ok(bar.width < box.width / 5, 'a day is a bar, not the whole chart');
  await page.mouse.move(bar.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width - 1, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await page.waitForURL(/since=\d{4}-\d{2}-\d{2}&until=/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('since'), url.searchParams.get('until'), 'one day chosen');
  await page.waitForFunction(() => document.querySelectorAll('#list tr.row').length > 0);
  const dates = await page.locator('#list tr.row td:first-child').allInnerTexts();
  assert.ok(dates.every((d) => d === url.searchParams.get('since')), `list narrowed to the day: ${dates.join(', ')}`);
  await page.goBack();
  await page.waitForURL((u) => !u.searchParams.has('since'));
  // The biggest cluster holds several places: clicking it lists them (overlapping markers stay
  // reachable), and the list zooms every view to its box.
  await page.locator('#map .marker').first().click();
  await page.locator('#map .cluster-list li button').first().waitFor();
  assert.ok(await page.locator('#map .cluster-list li').count() > 1, 'each place of the cluster is listed');
  assert.match(await page.locator('#map .not-drawn').innerText(), /records drawn; \d+ not drawn/);
  await page.locator('#map .cluster-list button', { hasText: 'Zoom to these' }).click();
  await page.waitForURL(/bbox=/);
  await page.locator('#map .marker').first().waitFor();
  assert.ok(await page.locator('.chip', { hasText: 'Map box' }).count() === 1, 'the box shows in the filter bar');
  await shot(page, 'web-map-zoomed.png', '.map-panel');
  assert.deepEqual(problems, []);
  noOffsite();
  await page.close();
});

test('filter to interceptions, open the 126 over the Kursk region: its sentence marked, the defense ministry as claimant', { skip }, async () => {
  const { page, problems } = await open('/');
  await page.selectOption('select[name=kind]', 'intercepted');
  await page.waitForURL(/kind=intercepted/);
  // The sentence names Moscow and Kursk alike: pick the row by its value and place cells.
  const row = page.locator('#list tr.row')
    .filter({ has: page.locator('td:nth-child(3)', { hasText: /^126$/ }) })
    .filter({ has: page.locator('td:nth-child(5)', { hasText: 'Kursk' }) });
  await row.waitFor();
  assert.equal(await page.locator('#list tr.row', { hasText: 'airport' }).count(), 0, 'only interceptions listed');
  // Keyboard: focus the row, Enter opens the evidence.
  await row.focus();
  await page.keyboard.press('Enter');
  const mark = page.locator('#evidence mark');
  await mark.waitFor();
  assert.match(await mark.innerText(), /126 over the Kursk region/);
  assert.equal(await page.locator('#evidence dd.claimant').innerText(), 'the defense ministry');
  assert.ok(await page.locator('#evidence .minimap path.country').count() > 0, 'mini-map drawn');
  assert.ok(await page.locator('#evidence .siblings li').count() >= 2, 'other claims of the article listed');
  assert.match(page.url(), /open=\d+%3Ac\d+|open=\d+:c\d+/);
  await shot(page, 'web-evidence.png');
  // Esc closes it and the URL forgets it; Back opens it again; Forward closes it.
  await page.keyboard.press('Escape');
  await page.waitForURL((u) => !u.searchParams.has('open'));
  assert.equal(await page.locator('#evidence').isVisible(), false);
  await page.goBack();
  await mark.waitFor();
  assert.match(await mark.innerText(), /126 over the Kursk region/);
  await page.goForward();
  await page.locator('#evidence').waitFor({ state: 'hidden' });
  // History: /, ?kind, ?kind&open, ?kind (Esc); three steps back reach the unfiltered page.
  for (let i = 0; i < 3; i++) await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL((u) => !u.searchParams.has('kind'));
  assert.equal(await page.locator('select[name=kind]').inputValue(), '', 'back before the filter clears it');
  assert.deepEqual(problems, []);
  noOffsite();
  await page.close();
});

test('a hostile article shows its markup as text and runs nothing', { skip }, async () => {
  const { page, problems } = await open('/?q=Belgorod');
  const row = page.locator('#list tr.row', { hasText: 'defence ministry' });
  await row.waitFor();
  assert.ok((await row.innerText()).includes(XSS), 'the sentence shows the script tag as characters');
  await row.click();
  await page.locator('#evidence mark').waitFor();
  assert.ok((await page.locator('#evidence h2').innerText()).includes(XSS), 'title shown as text');
  const body = await page.locator('#evidence .article').innerText();
  assert.ok(body.includes(XSS) && body.includes(IMG), 'body shown as text');
  assert.equal(await page.locator('#evidence img, #evidence script, #list img, #list script').count(), 0, 'no element made from article text');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'nothing ran');
  await shot(page, 'web-hostile.png');
  assert.deepEqual(problems, []);
  noOffsite();
  await page.close();
});

test('a phone-width screen stacks the views and the record stays usable', { skip }, async () => {
  const { page, problems } = await open('/?kind=intercepted');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#list tr.row').first().waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 400, `no sideways scrolling (page is ${width}px wide)`);
  await shot(page, 'web-phone.png');
  await page.locator('#list tr.row').first().click();
  await page.locator('#evidence mark').waitFor();
  assert.ok(await page.locator('#evidence dd.claimant').isVisible(), 'the claimant is in view beside the marked sentence');
  await page.locator('#evidence').screenshot({ path: join(SHOTS, 'web-phone-evidence.png') });
  await page.keyboard.press('Escape');
  // The events list: a row opens the event's evidence with its type and rule.
  await page.getByRole('tab', { name: 'Events' }).click();
  await page.waitForURL(/tab=events/);
  await page.locator('#list tr.row').first().click();
  await page.locator('#evidence mark').waitFor();
  assert.ok((await page.locator('#evidence .facts').innerText()).includes('Rule'), 'event facts shown');
  assert.deepEqual(problems, []);
  noOffsite();
  await page.close();
});

test('numbers the dashboard must never show, areas not drawn as points, a skip link, legible phone labels, /docs at 390 px', { skip }, async () => {
  const { page, problems } = await open('/');
  // Rates: only the API's paired ones, never over 100%, never 0% standing for "missing".
  await page.locator('#tallies table.tally').first().waitFor();
  for (const cell of await page.locator('#tallies table.tally tbody tr td:last-child').allInnerTexts()) {
    assert.ok(cell === '—' || (/^\d+%$/.test(cell) && Number(cell.slice(0, -1)) <= 100 && cell !== '0%'), `rate cell ${cell}`);
  }
  // Region rows are named, never a bare code such as RU-48.
  for (const row of await page.locator('#tallies table.tally').first().locator('tbody th').allInnerTexts()) {
    assert.ok(!/^[A-Z]{2}-\w+$/.test(row.trim()), `region row ${row}`);
  }
  // Russia's 337 is a nationwide figure: listed beside the map, not a dot in Siberia.
  const areal = await page.locator('#map .areal').innerText();
  assert.match(areal, /Russia/);
  const markers = await page.locator('#map .marker').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
  assert.ok(!markers.some((m) => /^Russia:/.test(m)), `no marker for the country as a whole: ${markers.join(' | ')}`);
  // The first Tab reaches a skip link; following it puts focus on the records.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'list-panel');
  // Labels drawn in SVG stay legible on a phone: at least 9 px on screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#timeline .axis').first().waitFor();
  const px = await page.evaluate(() => [...document.querySelectorAll('#timeline .axis, #map .marker text')].map((t) => (t as SVGTextElement).getBoundingClientRect().height));
  assert.ok(px.length && px.every((h) => h >= 9), `label heights on a phone: ${px.map((h) => h.toFixed(1)).join(', ')}`);
  await page.goto(`${api!.url}/docs`);
  const docsWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(docsWidth <= 400, `/docs is ${docsWidth}px wide at 390`);
  assert.deepEqual(problems, []);
  noOffsite();
  await page.close();
});
