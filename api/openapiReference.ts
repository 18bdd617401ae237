import { html } from 'hono/html'

import { htmlToString } from '../cms/htmlToString'

type Operation = { summary?: string; tags?: string[]; parameters?: { name: string; in: string; required?: boolean }[]; requestBody?: { content?: Record<string, unknown> }; responses?: Record<string, { description?: string }> }
type Document = { info: { title: string; version: string }; paths: Record<string, Record<string, Operation>> }

/**
 * A readable, accessible reference page of the public API, rendered on the server from the OpenAPI
 * document: no script, no CDN (the usual viewers load their code from third-party hosts).
 */
export function openapiToHtml(doc: Document): string {
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  )
  const byTag = new Map<string, typeof operations>()
  for (const o of operations) {
    const tag = o.op.tags?.[0] ?? 'Altro'
    byTag.set(tag, [...(byTag.get(tag) ?? []), o])
  }
  const sections = [...byTag].map(([tag, ops]) => html`<section><h2>${tag}</h2>${ops.map(operationHtml)}</section>`)
  return htmlToString(html`<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} — riferimento</title>
<style>body{font-family:system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
code{font-family:ui-monospace,monospace}.op{border-left:4px solid #0066cc;padding:.25rem 1rem;margin:1rem 0}
.method{font-weight:700;margin-right:.5rem}dt{font-weight:700}a{color:#0066cc}</style></head>
<body><main><h1>${doc.info.title}</h1><p>Versione ${doc.info.version}. Documento OpenAPI completo:
<a href="/api/openapi.json"><code>/api/openapi.json</code></a>. Le risposte di errore hanno sempre la forma
<code>{"error":{"code","message","fields"}}</code> con messaggi in italiano.</p>${sections}</main></body></html>`)
}

/** Items joined by a separator, each already rendered. */
const joined = (items: ReturnType<typeof html>[], separator: string) => items.flatMap((item, i) => (i ? [separator, item] : [item]))

function operationHtml({ path, method, op }: { path: string; method: string; op: Operation }) {
  const params = (op.parameters ?? []).map((p) => html`<code>${p.name}</code> (${p.in}${p.required ? ', obbligatorio' : ''})`)
  const body = Object.keys(op.requestBody?.content ?? {}).map((t) => html`<code>${t}</code>`)
  const responses = Object.entries(op.responses ?? {}).map(([code, r]) => html`<code>${code}</code> ${r.description ?? ''}`)
  return html`<div class="op"><h3><span class="method">${method}</span><code>${path}</code></h3>
<p>${op.summary ?? ''}</p><dl>${params.length ? html`<dt>Parametri</dt><dd>${joined(params, ', ')}</dd>` : ''}${body.length ? html`<dt>Corpo</dt><dd>${joined(body, ', ')}</dd>` : ''}<dt>Risposte</dt><dd>${joined(responses, '; ')}</dd></dl></div>`
}
