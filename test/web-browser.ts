/**
 * Headless Debian chromium through playwright-core, shut off from the network: every request
 * that is not to localhost is aborted and remembered, so a test can assert none was made.
 * Shared by the browser tests and bench/web.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { BrowserContext } from 'playwright-core';

/** Where Debian puts chromium; CHROMIUM overrides it. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  for (const p of candidates) if (existsSync(p)) return p;
  try { return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || null; } catch { return null; }
}

export interface Guarded { context: BrowserContext; offsite: string[]; close(): Promise<void> }

const LOCAL = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

export async function launch(executablePath: string, viewport = { width: 1280, height: 800 }): Promise<Guarded> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  // The flags keep chromium from calling home (its connections would be refused here anyway).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context, offsite,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}
