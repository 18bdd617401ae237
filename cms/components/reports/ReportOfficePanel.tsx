'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { Report } from '../../payload-types'
import { AssignForm, ReassignForm } from './AssignForms'
import { MergeForm } from './MergeForm'
import { ModerationForm } from './ModerationForm'
import { UpdateForm } from './UpdateForm'
import { useReportAction } from './useReportAction'

/**
 * On a report's page: the office's named actions — assign, update (status, public answer, internal
 * note), moderate, merge a duplicate, pass to another office. One live region says what happened.
 */
export function ReportOfficePanel() {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const report = savedDocumentData as Report | undefined
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const action = useReportAction(id ?? '', report?.version ?? 0)
  const roles = (user as { roles?: string[] } | null)?.roles ?? []
  if (!id || !report || (!roles.includes('operator') && !roles.includes('admin'))) return null
  const open = report.status !== 'da-confermare' && report.status !== 'chiusa'
  const props = { report, action, disabled: !ready || action.busy }
  return (
    <section aria-labelledby="report-office-title" data-testid="report-office" className="report-office" style={{ margin: '1.5rem 0' }}>
      <h2 id="report-office-title" style={{ fontSize: '1.25rem' }}>Lavorazione</h2>
      <p role={action.outcome?.error ? 'alert' : 'status'} data-testid="report-outcome" style={{ fontWeight: 600, minHeight: '1.5rem' }}>{action.outcome?.text}</p>
      {!open && <p>{report.status === 'chiusa' ? 'La segnalazione è chiusa: resta solo la moderazione.' : 'La segnalazione aspetta la conferma dell’email di chi l’ha inviata.'}</p>}
      {open && <AssignForm {...props} />}
      {open && <UpdateForm {...props} />}
      <ModerationForm {...props} />
      {open && <MergeForm {...props} />}
      {open && <ReassignForm {...props} />}
    </section>
  )
}
