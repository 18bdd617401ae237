// The pages the stand-ins show people (pagoPA's checkout, IO's messages): plain Italian HTML, no
// scripts, loudly marked as a test environment so nobody mistakes them for the real service.
import escapeHtml from 'escape-html'

const styles = `
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;line-height:1.5;background:#fff}
.banner{margin:0;padding:.75rem 1rem;background:#a61b1b;color:#fff;font-weight:700;text-align:center}
main{max-width:42rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.75rem;margin:0 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:700}dd{margin:0}
.actions{display:flex;flex-wrap:wrap;gap:1rem;margin-top:2rem}
button{font:inherit;cursor:pointer;border:2px solid #0066cc;border-radius:4px;padding:.5rem 1rem;background:#0066cc;color:#fff}
button.secondary{background:#fff;color:#0066cc}button.danger{background:#fff;color:#a61b1b;border-color:#a61b1b}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1a1a1a}
article{border:1px solid #767676;border-radius:4px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap;font:inherit}
`

/** A complete Italian page of a stand-in with the TEST banner (`banner` says what is simulated). */
export function standInPage({ service, banner, title, main }: { service: string; banner: string; title: string; main: string }): string {
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${escapeHtml(title)} · ${escapeHtml(service)} (ambiente di prova)</title><style>${styles}</style></head>
<body><header><p class="banner" role="note">AMBIENTE DI PROVA — ${escapeHtml(banner)}</p></header>
<main>${main}</main></body></html>`
}
