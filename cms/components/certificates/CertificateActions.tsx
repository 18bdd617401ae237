'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState } from 'react'

import { postAction } from '../postAction'

/**
 * In a certificate's sidebar: "Revoca", the only change staff make to a certificate. The reason is
 * required and the revocation asks to be confirmed, since the public verification page says it at once.
 */
export function CertificateActions() {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const router = useRouter()
  const fieldId = useId()
  const reason = useRef<HTMLTextAreaElement>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ error: boolean; text: string } | null>(null)
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const status = (savedDocumentData as { status?: string } | undefined)?.status
  const roles = (user as { roles?: string[] } | null)?.roles ?? []
  if (!id) return null
  if (!roles.includes('operator') && !roles.includes('admin')) return null
  if (status !== 'emesso' && !outcome) return null

  const ask = () => {
    if ((reason.current?.value.trim().length ?? 0) < 5) {
      setOutcome({ error: true, text: 'Scrivi il motivo della revoca (almeno 5 caratteri): lo leggono il cittadino e chi verifica il certificato.' })
      reason.current?.focus()
      return
    }
    setOutcome(null)
    setConfirming(true)
  }
  const revoke = async () => {
    if (busy) return
    setBusy(true)
    const refusal = await postAction(`/api/certificates/${id}/revoca`, { reason: reason.current?.value ?? '' })
    setBusy(false)
    setConfirming(false)
    setOutcome(refusal ? { error: true, text: refusal } : { error: false, text: 'Certificato revocato: la pagina di verifica lo indica come revocato e il cittadino è stato avvisato.' })
    if (!refusal) router.refresh()
  }

  return (
    <section aria-labelledby={`${fieldId}-title`} data-testid="certificate-actions" style={{ marginBottom: '1.5rem' }}>
      <h3 id={`${fieldId}-title`} style={{ marginBottom: '0.75rem' }}>Revoca</h3>
      {status === 'emesso' && (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="sr-only">Revoca il certificato</legend>
          <p>
            <label htmlFor={`${fieldId}-reason`}>Motivo della revoca</label><br />
            <textarea id={`${fieldId}-reason`} ref={reason} rows={4} maxLength={1000} aria-required="true" aria-describedby={`${fieldId}-hint`} style={{ width: '100%' }} disabled={confirming} />
            <small id={`${fieldId}-hint`}>Compare sulla pagina pubblica di verifica e nel messaggio al cittadino.</small>
          </p>
          {!confirming ? (
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={ask} disabled={!ready}>Revoca il certificato</button>
          ) : (
            <div role="group" aria-labelledby={`${fieldId}-confirm`}>
              <p id={`${fieldId}-confirm`} style={{ fontWeight: 600 }}>Confermi la revoca? Non si può annullare.</p>
              <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void revoke()} disabled={busy} aria-busy={busy} style={{ marginRight: '0.5rem' }}>Sì, revoca</button>
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setConfirming(false)} disabled={busy}>No, torna indietro</button>
            </div>
          )}
        </fieldset>
      )}
      <p role={outcome?.error ? 'alert' : 'status'} style={{ margin: '0.5rem 0 0', fontWeight: outcome?.error ? 600 : undefined }}>{outcome?.text}</p>
    </section>
  )
}
