'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState } from 'react'

import { isDecided, nextStatuses, type PracticeStatus } from '../../practices/workflow'
import { relationId } from '../../relationId'
import { postAction } from '../postAction'
import { FinalActUpload } from './FinalActUpload'

type Doc = { status?: PracticeStatus; assignee?: number | string | { id: number | string } | null }
type Operator = { id: number | string; name: string }
type Outcome = { error: boolean; text: string } | null

type ActionProps = {
  base: string
  name: string
  title: string
  submit: string
  done: string
  /** The message field: its label and whether the action requires it. */
  message?: { label: string; required: boolean; hint?: string }
  operators?: boolean
  open?: boolean
}

/** The operators the application can be assigned to, read when "Assegna a…" is opened. */
function useOperators(base: string, wanted: boolean) {
  const [operators, setOperators] = useState<Operator[] | null>(null)
  useEffect(() => {
    if (!wanted || operators) return
    void fetch(`${base}/operatori`, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<{ operators: Operator[] }>) : { operators: [] }))
      .then((json) => setOperators(json.operators))
      .catch(() => setOperators([]))
  }, [base, wanted, operators])
  return operators
}

/**
 * One action: a group of fields (a fieldset inside <details>, not a form: it sits inside the
 * admin's own document form, where a nested form is no form at all), its button and the outcome
 * announced right under it. On success the page is rendered again with the fresh application.
 */
function Action({ base, name, title, submit, done, message, operators: withOperators, open = false }: ActionProps) {
  const router = useRouter()
  const id = useId()
  const text = useRef<HTMLTextAreaElement>(null)
  const select = useRef<HTMLSelectElement>(null)
  const [expanded, setExpanded] = useState(open)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  // Enabled once hydrated, so a click never lands on a button that does nothing yet.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const operators = useOperators(base, Boolean(withOperators && expanded))

  const run = async () => {
    if (busy) return
    setBusy(true)
    const body: Record<string, unknown> = {}
    if (message) body.message = text.current?.value ?? ''
    if (withOperators) body.assignee = select.current?.value ?? ''
    const refusal = await postAction(`${base}/${name}`, body)
    setBusy(false)
    setOutcome(refusal ? { error: true, text: refusal } : { error: false, text: done })
    if (refusal) return
    if (text.current) text.current.value = ''
    router.refresh()
  }

  const fields = (
    <fieldset style={{ border: 0, padding: 0, margin: '0.5rem 0 0' }} aria-describedby={`${id}-outcome`}>
      <legend className="sr-only">{title}</legend>
      {withOperators && (
        <p>
          <label htmlFor={`${id}-assignee`}>Operatore</label><br />
          <select id={`${id}-assignee`} ref={select} defaultValue="" style={{ width: '100%' }} disabled={!operators}>
            <option value="">{operators ? 'Scegli…' : 'Caricamento…'}</option>
            {operators?.map((o) => <option key={o.id} value={String(o.id)}>{o.name}</option>)}
          </select>
        </p>
      )}
      {message && (
        <p>
          <label htmlFor={`${id}-message`}>{message.label}{message.required ? '' : ' (facoltativo)'}</label><br />
          {/* The server checks it and answers in Italian: no browser bubble in another language. */}
          <textarea id={`${id}-message`} ref={text} rows={4} maxLength={4000} aria-required={message.required} aria-describedby={message.hint ? `${id}-hint` : undefined} style={{ width: '100%' }} />
          {message.hint && <><br /><small id={`${id}-hint`}>{message.hint}</small></>}
        </p>
      )}
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void run()} disabled={!ready || busy} aria-busy={busy} style={{ margin: 0 }}>
        {submit}
      </button>
    </fieldset>
  )
  const announced = <p id={`${id}-outcome`} role={outcome?.error ? 'alert' : 'status'} style={{ margin: '0.25rem 0 0', fontWeight: outcome?.error ? 600 : undefined }}>{outcome?.text}</p>

  if (!message && !withOperators) {
    return <div style={{ marginBottom: '1rem' }}>{fields}{announced}</div>
  }
  return (
    <details open={expanded} onToggle={(e) => setExpanded(e.currentTarget.open)} style={{ marginBottom: '0.75rem' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{title}</summary>
      {fields}
      {announced}
    </details>
  )
}

/**
 * In an application's sidebar: the only ways staff change it, the named actions of
 * cms/practices/actions, offered only where the workflow and the role allow them.
 */
export function PracticeActions() {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const doc = (savedDocumentData ?? {}) as Doc
  const roles = ((user as { roles?: string[] } | null)?.roles ?? [])
  if (!id || !doc.status || doc.status === 'bozza') return null
  if (!roles.includes('operator') && !roles.includes('admin')) return <p>Solo gli operatori dell’ufficio responsabile agiscono sulle pratiche.</p>
  const base = `/api/practices/${id}`
  const next = nextStatuses(doc.status)
  const open = !['respinta', 'chiusa'].includes(doc.status)
  const mine = String(relationId(doc.assignee) ?? '') === String(user?.id ?? '')
  return (
    <section aria-labelledby="practice-actions-title" data-testid="practice-actions" style={{ marginBottom: '1.5rem' }}>
      <h3 id="practice-actions-title" style={{ marginBottom: '0.75rem' }}>Azioni</h3>
      {open && (doc.status === 'presentata' || !mine) && (
        <Action base={base} name="prendi-in-carico" title="Prendi in carico" submit="Prendi in carico" done="Presa in carico: ora è assegnata a te." />
      )}
      {open && doc.status !== 'accolta' && <Action base={base} name="assegna" title="Assegna a…" submit="Assegna" done="Pratica assegnata." operators />}
      {next.includes('in-attesa-cittadino') && (
        <Action base={base} name="chiedi-integrazioni" title="Chiedi integrazioni" submit="Chiedi integrazioni" done="Richiesta inviata al cittadino: il termine è sospeso."
          message={{ label: 'Documenti o informazioni che servono', required: true, hint: 'Il cittadino lo riceve per email e nella sua area personale; il termine resta sospeso finché non risponde.' }} />
      )}
      {next.includes('accolta') && <Action base={base} name="accogli" title="Accogli la domanda" submit="Accogli" done="Domanda accolta: il cittadino è stato avvisato." message={{ label: 'Messaggio al cittadino', required: false }} />}
      {next.includes('respinta') && (
        <Action base={base} name="respingi" title="Respingi la domanda" submit="Respingi" done="Domanda respinta: il cittadino è stato avvisato."
          message={{ label: 'Motivo del respingimento', required: true, hint: 'Ogni decisione va motivata (art. 3 della legge 241/1990).' }} />
      )}
      {next.includes('chiusa') && <Action base={base} name="chiudi" title="Chiudi la pratica" submit="Chiudi" done="Pratica chiusa." message={{ label: 'Messaggio al cittadino', required: doc.status !== 'accolta' }} />}
      {isDecided(doc.status) && <FinalActUpload base={base} />}
      <Action base={base} name="scrivi" title="Scrivi al cittadino" submit="Invia il messaggio" done="Messaggio inviato al cittadino." message={{ label: 'Messaggio al cittadino', required: true }} />
      <Action base={base} name="nota" title="Aggiungi una nota interna" submit="Salva la nota" done="Nota salvata nello storico." message={{ label: 'Nota interna', required: true, hint: 'Resta nello storico; il cittadino non la vede.' }} />
    </section>
  )
}
