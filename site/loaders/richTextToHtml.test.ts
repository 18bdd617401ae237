import { describe, expect, it } from 'vitest'

import { richTextToHtml } from './richTextToHtml'

const paragraphWithLink = (url: string, type: 'link' | 'autolink' = 'link') => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{
      type, version: 3, direction: null, format: '', indent: 0, fields: { linkType: 'custom', url, newTab: false },
      children: [{ type: 'text', version: 1, text: 'il modulo', format: 0, mode: 'normal', style: '', detail: 0 }],
    }],
  }] },
})

describe('links inside rich text', () => {
  it.each(['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example/', 'vbscript:msgbox(1)'])('drop %j from old data, keeping the text', (url) => {
    for (const type of ['link', 'autolink'] as const) expect(richTextToHtml(paragraphWithLink(url, type))).toBe('<p>il modulo</p>')
  })

  it('keep web, email, phone links and paths of the site', () => {
    for (const url of ['https://www.comune.brindisi.it/', 'mailto:urp@comune.brindisi.it', 'tel:+390831229111', '/servizi/'])
      expect(richTextToHtml(paragraphWithLink(url))).toContain(`<a href="${url}">il modulo</a>`)
  })
})
