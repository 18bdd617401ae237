import { html } from 'hono/html'

import { htmlToString } from '../cms/htmlToString'

/** A small accessible Italian HTML page for errors met by forms that post without JavaScript. */
export function errorPageHtml(title: string, message: string, fields: readonly { message: string }[] = []): string {
  const list = fields.length ? html`<ul>${fields.map((f) => html`<li>${f.message}</li>`)}</ul>` : ''
  return htmlToString(html`<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title} · Comune di Brindisi</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}a{color:#0066cc}</style>
</head><body><main><h1>${title}</h1><p role="alert">${message}</p>${list}
<p>Torna alla pagina precedente con il pulsante «Indietro» del browser, oppure <a href="/">vai alla home page</a>.</p></main></body></html>`)
}
