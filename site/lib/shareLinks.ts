/** A page's share links: plain addresses of each network's share page, so no third-party script ever loads. */
export type ShareLink = { network: string; href: string; icon: 'it-facebook' | 'it-twitter' | 'it-linkedin' | 'it-whatsapp' | 'it-telegram' }

export function pageToShareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  return [
    { network: 'Facebook', icon: 'it-facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'X', icon: 'it-twitter', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { network: 'LinkedIn', icon: 'it-linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'WhatsApp', icon: 'it-whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: 'Telegram', icon: 'it-telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
  ]
}

/** The `mailto:` link that sends the page to someone: subject the title, body the address. */
export const pageToMailto = (url: string, title: string): string =>
  `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`
