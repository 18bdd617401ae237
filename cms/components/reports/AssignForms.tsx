'use client'
import { useEffect, useState } from 'react'

import { getJson, type ReportFormProps } from './useReportAction'

type Option = { id: number; name: string }

/** "Assegna": to oneself in one click, or to an operator of the office chosen from the list. */
export function AssignForm({ report, action, disabled }: ReportFormProps) {
  const [operators, setOperators] = useState<Option[]>([])
  const [chosen, setChosen] = useState('')
  useEffect(() => {
    void getJson<{ operators: Option[] }>(`/api/reports/${report.id}/operatori`).then((r) => setOperators(r?.operators ?? []))
  }, [report.id])
  return (
    <fieldset>
      <legend>Assegna</legend>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled} onClick={() => void action.run('assegna', { assignee: 'me' }, 'Segnalazione assegnata a te.')}>Assegna a me</button>
      <p>
        <label htmlFor="ro-assignee">Oppure a</label><br />
        <select id="ro-assignee" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Scegli un operatore dell’ufficio</option>
          {operators.map((o) => <option key={o.id} value={String(o.id)}>{o.name}</option>)}
        </select>
      </p>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled} onClick={() => void action.run('assegna', { assignee: chosen }, 'Segnalazione assegnata.')}>Assegna</button>
    </fieldset>
  )
}

/** "Passa a un altro ufficio": the office from the list, and why (an internal note). */
export function ReassignForm({ report, action, disabled }: ReportFormProps) {
  const [offices, setOffices] = useState<{ id: number; title: string }[]>([])
  const [office, setOffice] = useState('')
  const [note, setNote] = useState('')
  useEffect(() => {
    void getJson<{ docs: { id: number; title: string }[] }>('/api/offices?depth=0&limit=200&sort=title&select[title]=true').then((r) => setOffices(r?.docs ?? []))
  }, [])
  const current = typeof report.office === 'object' ? report.office.id : report.office
  return (
    <fieldset>
      <legend>Passa a un altro ufficio</legend>
      <p>
        <label htmlFor="ro-office">Ufficio</label><br />
        <select id="ro-office" value={office} onChange={(e) => setOffice(e.target.value)}>
          <option value="">Scegli l’ufficio competente</option>
          {offices.filter((o) => o.id !== current).map((o) => <option key={o.id} value={String(o.id)}>{o.title}</option>)}
        </select>
      </p>
      <p>
        <label htmlFor="ro-reassign-note">Perché (nota interna)</label><br />
        <textarea id="ro-reassign-note" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </p>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled} onClick={() => void action.run('passa-ufficio', { office, note }, 'Segnalazione passata all’altro ufficio: chi la segue è stato avvisato.')}>Passa all’ufficio</button>
    </fieldset>
  )
}
