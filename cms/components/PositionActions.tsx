'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

import { postAction } from './postAction'

type Doc = { status?: string; registeredAt?: string | null; source?: string; reconciliation?: string }

/**
 * One action as a small group of fields (a fieldset, not a form: it sits inside the admin's own
 * document form, and a nested form is no form at all), with the reason and an announced outcome.
 */
function ActionForm({ title, url, submit, fields, reasonLabel, closed = false, onDone }: { title: string; url: string; submit: string; reasonLabel: string; fields?: { name: string; label: string; type: string; hint?: string }[]; closed?: boolean; onDone?: () => void }) {
  const router = useRouter()
  const id = useId()
  const group = useRef<HTMLFieldSetElement>(null)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  // Enabled once hydrated, so a click never lands on a button that does nothing yet.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const run = async () => {
    const inputs = [...(group.current?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? [])]
    const body = Object.fromEntries(inputs.filter((input) => input.value.trim() !== '').map((input) => [input.dataset.name!, input.value]))
    const refusal = await postAction(url, body)
    setMessage(refusal ? { error: true, text: refusal } : { error: false, text: 'Fatto: la modifica è nel registro dei pagamenti.' })
    if (refusal) return
    onDone?.()
    router.refresh()
  }
  // Enter in a field runs this action, never the surrounding document form.
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault()
      void run()
    }
  }
  return (
    <fieldset ref={group} onKeyDown={onKeyDown} style={{ marginBottom: '1.5rem', border: 0, padding: 0 }}>
      <legend style={{ fontSize: '1rem', fontWeight: 600 }}>{title}</legend>
      {/* Done, and nothing more to do: the outcome stays said where it was asked for. */}
      {!closed && <>
      {fields?.map((f) => (
        <p key={f.name}>
          <label htmlFor={`${id}-${f.name}`}>{f.label}</label><br />
          <input id={`${id}-${f.name}`} data-name={f.name} type={f.type} aria-describedby={f.hint ? `${id}-${f.name}-h` : undefined} />
          {f.hint && <><br /><small id={`${id}-${f.name}-h`}>{f.hint}</small></>}
        </p>
      ))}
      <p>
        <label htmlFor={`${id}-reason`}>{reasonLabel}</label><br />
        {/* The server checks it and answers in Italian; no native validation bubble in the browser's language. */}
        <textarea id={`${id}-reason`} data-name={url.endsWith('riconcilia') ? 'note' : 'reason'} rows={3} aria-required="true" style={{ width: '100%' }} />
      </p>
      <button type="button" onClick={() => void run()} className="btn btn--style-secondary btn--size-small" disabled={!ready}>{submit}</button>
      </>}
      <p role={message?.error ? 'alert' : 'status'}>{message?.text}</p>
    </fieldset>
  )
}

/** In a position's sidebar: the only ways staff change it — correct (while not on pagoPA) or cancel. */
export function PositionActions() {
  const { id, savedDocumentData } = useDocumentInfo()
  const doc = (savedDocumentData ?? {}) as Doc
  // Acted on here: once the refreshed page says it is cancelled, the outcome still shows.
  const [acted, setActed] = useState(false)
  const closed = doc.status === 'pagata' || doc.status === 'annullata'
  if (!id || (closed && !acted)) return null
  const base = `/api/payment-positions/${id}`
  const done = () => setActed(true)
  return (
    <div>
      {!closed && !doc.registeredAt && doc.source !== 'servizio' && (
        <ActionForm title="Correggi importo o scadenza" url={`${base}/correggi`} submit="Correggi" reasonLabel="Motivo della correzione" onDone={done}
          fields={[{ name: 'amountCents', label: 'Nuovo importo in centesimi', type: 'number', hint: 'Per esempio 1250 per 12,50 €.' }, { name: 'dueDate', label: 'Nuova scadenza', type: 'date' }]} />
      )}
      <ActionForm title="Annulla la posizione" url={`${base}/annulla`} submit="Annulla la posizione" reasonLabel="Motivo dell’annullamento" closed={closed} onDone={done} />
    </div>
  )
}

/** In a receipt's sidebar: close one that settled no position, with a note. */
export function ReceiptReconcile() {
  const { id, savedDocumentData } = useDocumentInfo()
  const [acted, setActed] = useState(false)
  const closed = (savedDocumentData as Doc | undefined)?.reconciliation !== 'da-riconciliare'
  if (!id || (closed && !acted)) return null
  return <ActionForm title="Riconcilia a mano" url={`/api/payment-receipts/${id}/riconcilia`} submit="Segna come riconciliata" reasonLabel="Come è stata risolta (nota)" closed={closed} onDone={() => setActed(true)} />
}
