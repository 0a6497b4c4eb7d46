/**
 * The dashboard's built files at `/`. Checked per request, so a dashboard built while the
 * server runs appears without a restart; until then `/` says how to build it.
 */
import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { escapeHtml } from './docs-page.js';

const NOT_BUILT = (dir: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sitrep</title><link rel="stylesheet" href="/docs.css"></head>
<body><main>
<h1>Sitrep</h1>
<p>The API is running, but the dashboard has not been built: no <code>${escapeHtml(dir)}</code>.</p>
<p>Build it with <code>npm run build:web</code> (<code>npm install</code> also does), then reload this page.</p>
<p>Meanwhile: <a href="/docs">the API reference</a>, <a href="/api/summary">/api/summary</a>, <a href="/api/claims">/api/claims</a>.</p>
</main></body></html>`;

export function dashboard(dir: string | undefined): Hono {
  const app = new Hono();
  // Created on first use: serveStatic complains at creation when its root does not exist yet.
  let files: ReturnType<typeof serveStatic> | null = null;
  app.get('*', async (c, next) => {
    if (dir && existsSync(dir)) return (files ??= serveStatic({ root: dir }))(c, next);
    if (c.req.path === '/' || c.req.path === '/index.html') return c.html(NOT_BUILT(dir ?? 'src/web/dist'));
    return next();
  });
  return app;
}
