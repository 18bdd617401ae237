'use client'
import { useEffect, useState } from 'react'

import { moderationStates } from '../../reports/vocabulary'
import { getJson, type ReportFormProps } from './useReportAction'

type Photo = { position: number; moderation: string; width: number; height: number }

/** One choice among the moderation states, as radio buttons in their own group. */
function StateChoice({ name, legend, value, onChange }: { name: string; legend: string; value: string; onChange: (v: string) => void }) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0.5rem 0' }}>
      <legend>{legend}</legend>
      {moderationStates.map((s) => (
        <span key={s.value} style={{ marginRight: '1rem', display: 'inline-block' }}>
          <input type="radio" id={`${name}-${s.value}`} name={name} value={s.value} checked={value === s.value} onChange={() => onChange(s.value)} />
          <label htmlFor={`${name}-${s.value}`} style={{ fontWeight: 400 }}>{s.label}</label>
        </span>
      ))}
    </fieldset>
  )
}

/**
 * "Moderazione": whether the text is public — the citizen's, or edited here to remove personal data
 * — and each photo, seen through the office's own preview endpoint.
 */
export function ModerationForm({ report, action, disabled }: ReportFormProps) {
  const [text, setText] = useState<string>(report.moderation)
  const [publicText, setPublicText] = useState(report.publicText ?? report.description)
  const [photos, setPhotos] = useState<Photo[]>([])
  const [states, setStates] = useState<Record<number, string>>({})
  useEffect(() => {
    void getJson<{ docs: Photo[] }>(`/api/report-photos?where[report][equals]=${report.id}&sort=position&depth=0&limit=3`).then((r) => {
      setPhotos(r?.docs ?? [])
      setStates(Object.fromEntries((r?.docs ?? []).map((p) => [p.position, p.moderation])))
    })
  }, [report.id])
  const send = () => action.run('modera', { text, publicText: text === 'approvata' ? publicText : null, photos: photos.map((p) => ({ position: p.position, state: states[p.position] })) }, 'Moderazione salvata.')
  return (
    <fieldset>
      <legend>Moderazione del testo e delle foto</legend>
      <p style={{ whiteSpace: 'pre-line' }}><strong>Testo del cittadino:</strong> {report.description}</p>
      <StateChoice name="ro-text" legend="Testo" value={text} onChange={setText} />
      {text === 'approvata' && (
        <p>
          <label htmlFor="ro-public-text">Testo pubblico (togli i dati personali)</label><br />
          <textarea id="ro-public-text" maxLength={2000} rows={4} value={publicText} onChange={(e) => setPublicText(e.target.value)} />
        </p>
      )}
      {photos.length === 0 && <p>Nessuna foto.</p>}
      {photos.map((p) => (
        <div key={p.position} style={{ marginBottom: '0.75rem' }}>
          <img src={`/api/reports/${report.id}/foto/${p.position}`} alt={`Foto ${p.position} inviata dal cittadino`} width={Math.min(320, p.width)} height={Math.round(Math.min(320, p.width) * p.height / p.width)} style={{ display: 'block', height: 'auto' }} />
          <StateChoice name={`ro-photo-${p.position}`} legend={`Foto ${p.position}`} value={states[p.position] ?? 'in-attesa'} onChange={(v) => setStates((s) => ({ ...s, [p.position]: v }))} />
        </div>
      ))}
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={disabled} onClick={() => void send()}>Salva la moderazione</button>
    </fieldset>
  )
}
