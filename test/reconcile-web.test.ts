/**
 * The dashboard's incident view in headless chromium: the record list grouped by incident and
 * one incident's claimants, reports over time and map, over a store `sitrep ingest` filled with
 * the example corpus, the same-night fixture and two hostile reports of one incident.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { tempDir } from './ingest-fixtures.ts';
import { ensureBuilt, ingest, ROOT, startApi, type RunningApi } from './web-server.ts';
import { findChromium, launch, type Guarded } from './web-browser.ts';

const XSS = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const HOSTILE = [
  { id: 'sumy-a', published: '2025-07-02', title: `Drone strike on Sumy kills four ${XSS}`, text: `Four people were killed and eleven injured when Russian drones hit a bus station in Sumy on Wednesday morning, regional governor Oleh Hryhorov said.\n\nThe drones struck ${IMG} the station's waiting hall during the morning rush.` },
  { id: 'sumy-b', published: '2025-07-03', title: `Sumy bus station strike: toll rises to five ${IMG}`, text: `The number of people killed in Wednesday's drone strike on the bus station in Sumy has risen to five, regional governor Oleh Hryhorov said on Thursday.\n\nEleven people were injured in the attack ${XSS} on the station.` },
];

const chromium = findChromium();
const skip = chromium ? false : 'chromium not found (apt-get install -y chromium)';
let api: RunningApi | null = null;
let browser: Guarded | null = null;

before(async () => {
  if (skip) return;
  ensureBuilt();
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const dir = tempDir();
  const hostile = join(dir, 'hostile.jsonl');
  writeFileSync(hostile, HOSTILE.map((a) => JSON.stringify(a)).join('\n'));
  const db = join(dir, 'web.db');
  ingest(db, [join(ROOT, 'examples'), join(ROOT, 'test/fixtures/incidents/same-night.jsonl'), hostile]);
  api = await startApi(db);
  browser = await launch(chromium as string);
});

after(async () => {
  await browser?.close();
  await api?.close();
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser!.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(`${api!.url}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  return { page, problems };
}

test('the record list grouped by incident: one group per incident with its articles, each counted once', { skip }, async () => {
  const { page, problems } = await open('/?tab=incidents');
  const kharkiv = page.locator('#list tbody.incident-group', { hasText: 'Kharkiv mourns victims' });
  await kharkiv.waitFor();
  assert.equal(await kharkiv.locator('tr.member').count(), 3, 'the three Kharkiv reports under one incident');
  assert.match(await kharkiv.locator('tr.incident-row').innerText(), /\b3\b[\s\S]*\b9\b/, 'killed 3, injured 9, once');
  assert.match(await page.locator('#list p.note').innerText(), /each incident counted once/);
  await page.locator('.list-panel').screenshot({ path: join(ROOT, 'test-output', 'web-incidents.png') });
  assert.deepEqual(problems, []);
  assert.deepEqual(browser!.offsite, []);
  await page.close();
});

test('the incident view: claimants side by side with their sentences, reports over time, a map; hostile titles stay text', { skip }, async () => {
  const { page, problems } = await open('/?tab=incidents');
  const sumy = page.locator('#list tbody.incident-group', { hasText: 'toll rises to five' });
  await sumy.waitFor();
  assert.ok((await sumy.innerText()).includes(XSS), 'a hostile title shows as characters');
  await sumy.locator('tr.incident-row').click();
  const view = page.locator('#incident');
  await view.locator('table.claimants tbody tr').first().waitFor();
  assert.match(page.url(), /incident=inc-[0-9a-f]{12}/, 'the open incident is in the URL');
  const rows = await view.locator('table.claimants tbody tr').allInnerTexts();
  const killed = rows.filter((r) => r.startsWith('killed'));
  assert.equal(killed.length, 2, 'two claimants of the toll');
  assert.ok(killed.some((r) => /Hryhorov/.test(r) && /\b4\b/.test(r) && /Four people were killed/.test(r)), 'who, figure and sentence');
  assert.ok(killed.some((r) => /2025-07-03/.test(r) && /\b5\b/.test(r)), 'the later report and its date');
  assert.match(await view.locator('dl.facts').innerText(), /Killed\s+5 \(4–5\)/);
  assert.ok(await view.locator('svg.over-time circle').count() >= 2, 'reports plotted over time');
  assert.equal(await view.locator('svg.minimap circle.pin').count(), 1, 'a map with the place');
  assert.equal(await page.locator('#incident img, #incident script, #list img, #list script').count(), 0, 'no element made from article text');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'nothing ran');
  await view.screenshot({ path: join(ROOT, 'test-output', 'web-incident.png') });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('incident='));
  assert.deepEqual(problems, []);
  assert.deepEqual(browser!.offsite, []);
  await page.close();
});
