'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { postAction } from '../postAction'

/** On an assistance request's page (URP): "Rispondi" by email, once, and the status by hand. */
export function AssistanceActions() {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const router = useRouter()
  const [reply, setReply] = useState('')
  const [busy, setBusy] = useState(false)
  const [ready, setReady] = useState(false)
  const [outcome, setOutcome] = useState<{ error: boolean; text: string } | null>(null)
  useEffect(() => setReady(true), [])
  const request = savedDocumentData as { status?: string; reply?: string | null } | undefined
  const roles = (user as { roles?: string[] } | null)?.roles ?? []
  if (!id || !request || (!roles.includes('operator') && !roles.includes('admin'))) return null
  const post = async (name: string, body: Record<string, unknown>, done: string) => {
    setBusy(true)
    const refusal = await postAction(`/api/assistance-requests/${id}/${name}`, body)
    setBusy(false)
    setOutcome(refusal ? { error: true, text: refusal } : { error: false, text: done })
    if (!refusal) router.refresh()
  }
  const status = request.status
  return (
    <section aria-labelledby="assistance-actions-title" className="report-office" data-testid="assistance-actions" style={{ margin: '1.5rem 0' }}>
      <h2 id="assistance-actions-title" style={{ fontSize: '1.25rem' }}>Risposta</h2>
      <p role={outcome?.error ? 'alert' : 'status'} style={{ fontWeight: 600, minHeight: '1.5rem' }}>{outcome?.text}</p>
      {!request.reply && status !== 'chiusa' && (
        <p>
          <label htmlFor="aa-reply">Risposta al cittadino</label><br />
          <textarea id="aa-reply" rows={6} maxLength={4000} value={reply} onChange={(e) => setReply(e.target.value)} aria-describedby="aa-reply-hint" style={{ width: '100%' }} />
          <small id="aa-reply-hint">Parte per email all’indirizzo della richiesta, con il messaggio del cittadino citato sotto.</small><br />
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={!ready || busy} onClick={() => void post('rispondi', { reply }, 'Risposta inviata per email.')}>Invia la risposta</button>
        </p>
      )}
      {status === 'nuova' && <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!ready || busy} onClick={() => void post('stato', { status: 'in-lavorazione' }, 'Richiesta presa in lavorazione.')}>Prendi in lavorazione</button>}
      {status !== 'chiusa' && <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!ready || busy} onClick={() => void post('stato', { status: 'chiusa' }, 'Richiesta chiusa.')}>Chiudi la richiesta</button>}
      {status === 'chiusa' && <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!ready || busy} onClick={() => void post('stato', { status: 'in-lavorazione' }, 'Richiesta riaperta.')}>Riapri</button>}
    </section>
  )
}
