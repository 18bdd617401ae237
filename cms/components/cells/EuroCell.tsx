import type { DefaultCellComponentProps } from 'payload'

import { centsToEuro } from '../../format/italian'

/** A list column of an amount stored in cents: "25,00 €". */
export function EuroCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'number' ? centsToEuro(cellData) : '—'}</span>
}
