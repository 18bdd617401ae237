import type { DefaultCellComponentProps } from 'payload'

import { bolloToText } from '../../certificateOffice/bollo'
import type { Certificate } from '../../payload-types'

/** In the list of certificates: the bollo paid (with its amount) or the exemption declared. */
export function BolloCell({ rowData }: DefaultCellComponentProps) {
  const row = rowData as Partial<Certificate> | undefined
  if (!row?.use) return <span>—</span>
  return <span>{bolloToText(row as Certificate)}</span>
}
