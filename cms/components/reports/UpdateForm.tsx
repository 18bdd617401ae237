'use client'
import { useState } from 'react'

import { reportCloseReasons, reportStatuses } from '../../reports/vocabulary'
import type { ReportFormProps } from './useReportAction'

/** "Aggiorna": a new status (closing asks for its reason), a public answer, an internal note — any of them. */
export function UpdateForm({ report, action, disabled }: ReportFormProps) {
  const [status, setStatus] = useState('')
  const [closeReason, setCloseReason] = useState('')
  const [publicAnswer, setPublicAnswer] = useState('')
  const [note, setNote] = useState('')
  const send = async () => {
    const done = await action.run('aggiorna', { status: status || null, closeReason: closeReason || null, publicAnswer, note }, 'Segnalazione aggiornata: chi la segue è stato avvisato dei cambiamenti pubblici.')
    if (done) [setStatus, setCloseReason, setPublicAnswer, setNote].forEach((set) => set(''))
  }
  return (
    <fieldset>
      <legend>Stato, risposta pubblica, nota interna</legend>
      <p>
        <label htmlFor="ro-status">Nuovo stato</label><br />
        <select id="ro-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">Lascia «{reportStatuses.find((s) => s.value === report.status)?.label}»</option>
          {reportStatuses.filter((s) => s.value !== 'da-confermare' && s.value !== report.status).map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
      </p>
      {status === 'chiusa' && (
        <p>
          <label htmlFor="ro-close-reason">Motivo della chiusura</label><br />
          <select id="ro-close-reason" value={closeReason} onChange={(e) => setCloseReason(e.target.value)} aria-required="true">
            <option value="">Scegli il motivo</option>
            {reportCloseReasons.filter((r) => r.value !== 'duplicata').map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
          </select>
        </p>
      )}
      <p>
        <label htmlFor="ro-answer">Risposta pubblica</label><br />
        <textarea id="ro-answer" maxLength={2000} value={publicAnswer} onChange={(e) => setPublicAnswer(e.target.value)} aria-describedby="ro-answer-hint" />
        <small id="ro-answer-hint">Compare sulla pagina pubblica e nell’email a chi segue la segnalazione: niente dati personali.</small>
      </p>
      <p>
        <label htmlFor="ro-note">Nota interna</label><br />
        <textarea id="ro-note" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby="ro-note-hint" />
        <small id="ro-note-hint">La leggono solo gli operatori.</small>
      </p>
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={disabled} onClick={() => void send()}>Aggiorna la segnalazione</button>
    </fieldset>
  )
}
