'use client'
import { useState } from 'react'

import type { ReportFormProps } from './useReportAction'

/** "Unisci": this report is a duplicate of another one, which stays; asks to be confirmed (it closes this one). */
export function MergeForm({ action, disabled }: ReportFormProps) {
  const [into, setInto] = useState('')
  const [confirming, setConfirming] = useState(false)
  const merge = async () => {
    await action.run('unisci', { into }, `Segnalazione unita a ${into.trim().toUpperCase()}: chi la seguiva ora segue quella.`)
    setConfirming(false)
  }
  return (
    <fieldset>
      <legend>È un duplicato: unisci a un’altra segnalazione</legend>
      <p>
        <label htmlFor="ro-merge-into">Codice della segnalazione che resta</label><br />
        <input id="ro-merge-into" value={into} onChange={(e) => setInto(e.target.value)} placeholder="SEG-2026-000123" autoComplete="off" disabled={confirming} />
      </p>
      {!confirming ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled || !into.trim()} onClick={() => setConfirming(true)}>Unisci</button>
      ) : (
        <div role="group" aria-labelledby="ro-merge-confirm">
          <p id="ro-merge-confirm" style={{ fontWeight: 600 }}>Questa segnalazione sarà chiusa come duplicata di {into.trim().toUpperCase()}. Confermi?</p>
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={disabled} onClick={() => void merge()} style={{ marginRight: '0.5rem' }}>Sì, unisci</button>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setConfirming(false)}>No, torna indietro</button>
        </div>
      )}
    </fieldset>
  )
}
