/**
 * Builds the dashboard into src/web/dist/, which the API server serves at `/`.
 * The server's CSP allows only same-origin scripts and styles, so nothing may be inlined:
 * the module-preload polyfill (an inline helper in some setups) is off and CSS stays a file.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // Inlined assets would become data: URLs; keep every asset a file the CSP allows.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  // `vite dev` proxies the API so the dashboard can be developed against `sitrep serve`.
  server: { proxy: { '/api': process.env.SITREP_API ?? 'http://127.0.0.1:8080' } },
});
