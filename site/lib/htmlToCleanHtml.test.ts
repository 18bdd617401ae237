import { describe, expect, it } from 'vitest'

import { htmlToCleanHtml } from './htmlToCleanHtml'

describe('htmlToCleanHtml', () => {
  it('removes inline styles, empty classes and list-item values', () => {
    const html = '<ul class="list-bullet"><li\n class=""\n style=""\n value="1"\n>uno</li><li style="color:red" value="2">due</li></ul>'
    expect(htmlToCleanHtml(html)).toBe('<ul class="list-bullet"><li>uno</li><li>due</li></ul>')
  })

  it('shifts headings so the highest one sits at the requested level', () => {
    expect(htmlToCleanHtml('<h3>A</h3><p>x</p><h4>B</h4>', 2)).toBe('<h2>A</h2><p>x</p><h3>B</h3>')
    expect(htmlToCleanHtml('<h2>A</h2>', 3)).toBe('<h3>A</h3>')
  })

  it('never goes below h6 and leaves heading-free text alone', () => {
    expect(htmlToCleanHtml('<h5>A</h5><h6>B</h6>', 6)).toBe('<h6>A</h6><h6>B</h6>')
    expect(htmlToCleanHtml('<p>solo testo</p>', 3)).toBe('<p>solo testo</p>')
  })
})
