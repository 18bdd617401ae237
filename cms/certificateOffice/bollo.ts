import { centsToEuro } from '../format/italian'
import type { Certificate } from '../payload-types'

/** What the bollo column says: exempt (with the use declared), paid, still to pay, or never paid. */
export function bolloToText(c: Pick<Certificate, 'use' | 'bolloCents' | 'exemptionLabel' | 'status'>): string {
  if (c.use === 'esente') return `Esente: ${c.exemptionLabel ?? ''}`.trim()
  const amount = centsToEuro(c.bolloCents)
  if (c.status === 'da-pagare') return `Da pagare (${amount})`
  return c.status === 'annullato' ? `Non pagata (${amount})` : `Pagata (${amount})`
}
