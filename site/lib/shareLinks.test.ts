import { describe, expect, it } from 'vitest'

import { pageToMailto, pageToShareLinks } from './shareLinks'

describe('share links', () => {
  const url = 'https://sportello.comune.brindisi.it/notizie/mensa-scolastica/'
  const title = 'Mensa scolastica: iscrizioni aperte & novità'

  it('point to each network’s share page with the page’s address, encoded', () => {
    const links = pageToShareLinks(url, title)
    expect(links.map((l) => l.network)).toEqual(['Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Telegram'])
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//)
      expect(link.href).toContain(encodeURIComponent(url))
      expect(link.href).not.toContain(' ')
    }
    expect(links.find((l) => l.network === 'X')!.href).toContain(`text=${encodeURIComponent(title)}`)
  })

  it('mail the page with its title as the subject', () => {
    expect(pageToMailto(url, title)).toBe(`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`)
  })
})
