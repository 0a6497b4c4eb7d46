/**
 * `/docs`: the OpenAPI document as a plain HTML reference — no script at all and its style in
 * a same-origin stylesheet, so it renders under the server's Content-Security-Policy.
 */
type Json = Record<string, unknown>;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A parameter's schema in a few words: type, enum, bounds, default. */
function schemaText(s: Json): string {
  const parts: string[] = [];
  if (Array.isArray(s.enum)) parts.push(`one of ${(s.enum as unknown[]).join(', ')}`);
  else if (s.type) parts.push(String(s.type));
  if (s.minimum !== undefined) parts.push(`≥ ${String(s.minimum)}`);
  if (s.maximum !== undefined) parts.push(`≤ ${String(s.maximum)}`);
  if (s.pattern) parts.push(`pattern ${String(s.pattern)}`);
  if (s.default !== undefined) parts.push(`default ${String(s.default)}`);
  return parts.join('; ');
}

function operation(path: string, method: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const rows = params.map((p) => `<tr><td><code>${escapeHtml(String(p.name))}</code>${p.required ? ' <em>required</em>' : ''}</td>
    <td>${escapeHtml(String(p.in))}</td><td>${escapeHtml(schemaText((p.schema as Json) ?? {}))}</td><td>${escapeHtml(String(p.description ?? ''))}</td></tr>`).join('');
  const responses = Object.entries((op.responses as Json) ?? {}).map(([code, r]) => {
    const types = Object.keys(((r as Json).content as Json | undefined) ?? {}).join(', ');
    return `<li><code>${escapeHtml(code)}</code> ${escapeHtml(String((r as Json).description ?? ''))}${types ? ` — <code>${escapeHtml(types)}</code>` : ''}</li>`;
  }).join('');
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  return `<section id="${escapeHtml(id)}"><h2><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h2>
<p>${escapeHtml(String(op.summary ?? ''))}</p>
${op.description ? `<p>${escapeHtml(String(op.description))}</p>` : ''}
${rows ? `<table><thead><tr><th>parameter</th><th>in</th><th>schema</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
<ul class="responses">${responses}</ul></section>`;
}

function schemaSection(name: string, s: Json): string {
  const props = Object.entries((s.properties as Json | undefined) ?? {}).map(([k, v]) => {
    const p = v as Json;
    const type = p.$ref ? String(p.$ref).split('/').pop() : Array.isArray(p.type) ? (p.type as string[]).join(' | ') : String(p.type ?? '');
    return `<tr><td><code>${escapeHtml(k)}</code></td><td>${escapeHtml(type ?? '')}</td><td>${escapeHtml(String(p.description ?? ''))}</td></tr>`;
  }).join('');
  return `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>${s.description ? `<p>${escapeHtml(String(s.description))}</p>` : ''}
${props ? `<table><tbody>${props}</tbody></table>` : ''}</section>`;
}

export function docsPage(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const ops = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([m, op]) => ({ path, m, op })));
  const toc = ops.map(({ path, m }) => `<li><a href="#${escapeHtml(`${m}-${path}`.replace(/[^a-z0-9]+/gi, '-'))}">${escapeHtml(m.toUpperCase())} ${escapeHtml(path)}</a></li>`).join('');
  const schemas = Object.entries(((doc.components as Json).schemas as Json)).map(([n, s]) => schemaSection(n, s as Json)).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} — reference</title><link rel="stylesheet" href="/docs.css"></head>
<body><main>
<h1>${escapeHtml(String(info.title))}</h1>
<p>${escapeHtml(String(info.description))}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(String(doc.openapi))}). Dashboard: <a href="/">/</a>.</p>
<nav><ul>${toc}</ul></nav>
${ops.map(({ path, m, op }) => operation(path, m, op)).join('\n')}
<h2>Schemas</h2>
${schemas}
</main></body></html>`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d232a;background:#fbfbfa}
main{max-width:960px;margin:0 auto;padding:1.5rem}
h1{margin-top:0}h2{margin-top:2.5rem;border-top:1px solid #ddd;padding-top:1rem;font-size:1.2rem}
code{font:13px ui-monospace,monospace;background:#eef0f2;padding:0 .25em;border-radius:3px}
.method{font:bold 13px ui-monospace,monospace;background:#1f6f5c;color:#fff;padding:.1em .4em;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-bottom:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{font-weight:600;background:#f1f2f3}nav ul{columns:2}em{color:#a33;font-style:normal;font-size:12px}
code{overflow-wrap:anywhere}pre{overflow-x:auto;max-width:100%}
@media (max-width:600px){main{padding:1rem .75rem}table,thead,tbody,tr,td,th{display:block}thead{display:none}td,th{border:0;padding:.15rem 0}tr{border-bottom:1px solid #e3e3e3;padding:.4rem 0}nav ul{columns:1}}
`;
