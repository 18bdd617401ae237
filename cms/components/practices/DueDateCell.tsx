import { dateToItalian } from '../../format/italian'
import { dueStatus } from '../../practices/deadline'
import { isDecided } from '../../practices/workflow'
import { badgeStyle, dueBadge } from './deadlineWords'

type Props = { cellData?: string | null; rowData?: { status?: string; suspendedSince?: string | null } }

/** In the list of applications: the due date and, when it matters, "Scaduta", "In scadenza" or "Sospesa" in words. */
export function DueDateCell({ cellData, rowData }: Props) {
  if (!cellData) return <span>—</span>
  const status = isDecided(rowData?.status) ? null : dueStatus(cellData, new Date(), { suspended: Boolean(rowData?.suspendedSince) })
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {dateToItalian(cellData)}
      {status && status !== 'nei-termini' && <> <span style={badgeStyle(status)}>{dueBadge[status]}</span></>}
    </span>
  )
}
