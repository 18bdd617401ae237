'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState } from 'react'

/**
 * On a decided application: "Allega l’atto finale" — one PDF (≤ 10 MB) and an optional note, sent to
 * POST /api/practices/:id/atto-finale. A fieldset, not a form: it sits inside the admin's document form.
 */
export function FinalActUpload({ base }: { base: string }) {
  const router = useRouter()
  const id = useId()
  const file = useRef<HTMLInputElement>(null)
  const note = useRef<HTMLTextAreaElement>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ error: boolean; text: string } | null>(null)
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  const send = async () => {
    const chosen = file.current?.files?.[0]
    if (!chosen) {
      setOutcome({ error: true, text: 'Scegli il file PDF dell’atto finale.' })
      file.current?.focus()
      return
    }
    setBusy(true)
    const body = new FormData()
    body.set('file', chosen)
    body.set('messaggio', note.current?.value ?? '')
    let text: string | null = null
    try {
      const res = await fetch(`${base}/atto-finale`, { method: 'POST', credentials: 'include', body })
      if (!res.ok) text = ((await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? 'Operazione non riuscita: riprova.'
    } catch {
      text = 'Il server non risponde: controlla la connessione e riprova.'
    }
    setBusy(false)
    setOutcome(text ? { error: true, text } : { error: false, text: 'Atto finale allegato: il cittadino è stato avvisato e lo trova nella sua area personale.' })
    if (!text) router.refresh()
  }

  return (
    <details style={{ marginBottom: '0.75rem' }} data-testid="final-act">
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>Allega l’atto finale</summary>
      <fieldset style={{ border: 0, padding: 0, margin: '0.5rem 0 0' }} aria-describedby={`${id}-outcome`}>
        <legend className="sr-only">Allega l’atto finale</legend>
        <p>
          <label htmlFor={`${id}-file`}>File PDF dell’atto (massimo 10 MB)</label><br />
          <input id={`${id}-file`} ref={file} type="file" accept="application/pdf,.pdf" />
        </p>
        <p>
          <label htmlFor={`${id}-note`}>Messaggio al cittadino (facoltativo)</label><br />
          <textarea id={`${id}-note`} ref={note} rows={3} maxLength={4000} style={{ width: '100%' }} />
        </p>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void send()} disabled={!ready || busy} aria-busy={busy} style={{ margin: 0 }}>
          Allega e avvisa il cittadino
        </button>
      </fieldset>
      <p id={`${id}-outcome`} role={outcome?.error ? 'alert' : 'status'} style={{ margin: '0.25rem 0 0', fontWeight: outcome?.error ? 600 : undefined }}>{outcome?.text}</p>
    </details>
  )
}
