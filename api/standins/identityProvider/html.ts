// The page frame shared by every page of the test identity provider: plain HTML, no scripts.
import escapeHtml from 'escape-html'

import { messages } from './messages'

export { escapeHtml }

// Focus must stay visible (WCAG 2.4.7): a thick outline, never removed. The banner's colours
// are loud on purpose so nobody mistakes this page for a real SPID or CIE login.
const styles = `
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;line-height:1.5;background:#fff}
.banner{margin:0;padding:.75rem 1rem;background:#a61b1b;color:#fff;font-weight:700;text-align:center}
main{max-width:42rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.75rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
ul.identities{list-style:none;padding:0;margin:0}ul.identities li{margin:0 0 .5rem}
button{font:inherit;cursor:pointer;border:2px solid #0066cc;border-radius:4px;padding:.5rem 1rem;background:#0066cc;color:#fff}
button.secondary{background:#fff;color:#0066cc}
ul.identities button{width:100%;text-align:left;background:#fff;color:#1a1a1a;border-color:#5c6f82}
.cf{font-family:ui-monospace,monospace;display:block;color:#455a64}
label{display:block;font-weight:700}.hint{margin:.25rem 0;color:#455a64}
input{font:inherit;font-family:ui-monospace,monospace;padding:.4rem;border:2px solid #5c6f82;border-radius:4px;text-transform:uppercase;width:18ch}
input[aria-invalid=true]{border-color:#a61b1b}.field-error{color:#a61b1b;font-weight:700;margin:.25rem 0}
.error-summary{border:4px solid #a61b1b;padding:1rem;margin:1rem 0}.error-summary h2{margin-top:0}
a{color:#0066cc}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1a1a1a}
`

/** A complete Italian HTML page with the TEST banner above the given main content. */
export function pageHtml(title: string, main: string): string {
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${escapeHtml(title)} · ${escapeHtml(messages.siteName)}</title>
<style>${styles}</style>
</head><body>
<header><p class="banner" role="note">${escapeHtml(messages.banner)}</p></header>
<main id="contenuto">
${main}
</main></body></html>`
}
