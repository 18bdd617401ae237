'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState } from 'react'

import { postAction } from '../postAction'

type Outcome = { error: boolean; text: string } | null
type FreeSlot = { startsAt: string; time: string; free: number }

/** True once hydrated: a click never lands on a button that does nothing yet. */
function useReady() {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  return ready
}

function Announce({ id, outcome }: { id: string; outcome: Outcome }) {
  return <p id={id} role={outcome?.error ? 'alert' : 'status'} className="agenda-outcome" style={{ margin: '0.25rem 0 0', fontWeight: outcome?.error ? 600 : undefined }}>{outcome?.text}</p>
}

/** "Stampa": the browser's print, with the agenda's print stylesheet (no navigation, no buttons). */
export function PrintButton() {
  const ready = useReady()
  return <button type="button" className="btn btn--style-secondary btn--size-small agenda-no-print" disabled={!ready} onClick={() => window.print()} style={{ margin: 0 }}>Stampa</button>
}

/** A day and one of its free slots, read from GET /api/bookings/posti-liberi as the day changes. */
function SlotPicker({ calendarId, day: initialDay, label, onChange }: { calendarId: string; day: string; label: string; onChange: (startsAt: string) => void }) {
  const id = useId()
  const [day, setDay] = useState(initialDay)
  const [slots, setSlots] = useState<FreeSlot[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    setSlots(null)
    setError(null)
    onChange('')
    if (!calendarId || !day) return
    void fetch(`/api/bookings/posti-liberi?calendario=${encodeURIComponent(calendarId)}&giorno=${encodeURIComponent(day)}`, { credentials: 'include' })
      .then(async (res) => {
        const json = (await res.json().catch(() => null)) as { slots?: FreeSlot[]; errors?: { message?: string }[] } | null
        if (!live) return
        if (res.ok) setSlots(json?.slots ?? [])
        else setError(json?.errors?.[0]?.message ?? 'Non è stato possibile leggere gli orari liberi.')
      })
      .catch(() => live && setError('Il server non risponde: controlla la connessione e riprova.'))
    return () => { live = false }
    // onChange is the parent's setter: stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [calendarId, day])
  return (
    <>
      <p>
        <label htmlFor={`${id}-day`}>Giorno</label><br />
        <input id={`${id}-day`} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </p>
      <p>
        <label htmlFor={`${id}-slot`}>{label}</label><br />
        <select id={`${id}-slot`} defaultValue="" key={`${calendarId}-${day}-${slots?.length ?? 'x'}`} disabled={!slots || slots.length === 0} onChange={(e) => onChange(e.target.value)} style={{ minWidth: '12rem' }}>
          <option value="">{error ? 'Orari non disponibili' : !slots ? 'Caricamento…' : slots.length === 0 ? 'Nessun orario libero' : 'Scegli l’orario…'}</option>
          {slots?.map((s) => <option key={s.startsAt} value={s.startsAt}>{s.time} ({s.free === 1 ? '1 posto' : `${s.free} posti`})</option>)}
        </select>
        {error && <><br /><small role="alert">{error}</small></>}
      </p>
    </>
  )
}

/** `canMark`: the day shown has come (arrived, served and no-show are recorded from the appointment's day on). */
type RowProps = { id: number; code: string; status: string; calendarId: number; day: string; canMark: boolean }

/**
 * The named actions of one booking in the agenda: arrived, served, no-show; move to a free slot and
 * cancel, each with a message that reaches the citizen (required to cancel). The page is read again
 * after each, so the list shows what the engine wrote.
 */
export function AgendaRowActions({ id, code, status, calendarId, day, canMark }: RowProps) {
  const router = useRouter()
  const ready = useReady()
  const uid = useId()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [moveTo, setMoveTo] = useState('')
  const moveMessage = useRef<HTMLTextAreaElement>(null)
  const cancelMessage = useRef<HTMLTextAreaElement>(null)
  const base = `/api/bookings/${id}`

  const run = async (name: string, body: Record<string, unknown>, done: string) => {
    if (busy) return
    setBusy(true)
    const refusal = await postAction(`${base}/${name}`, body)
    setBusy(false)
    setOutcome(refusal ? { error: true, text: refusal } : { error: false, text: done })
    if (!refusal) router.refresh()
  }

  const open = status === 'confermata' || status === 'da-confermare'
  const markable = open || status === 'arrivato'
  if (!markable) return <Announce id={`${uid}-outcome`} outcome={outcome} />
  const button = (name: string, label: string, done: string) => (
    <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!ready || busy} aria-busy={busy} onClick={() => void run(name, {}, done)} aria-label={`${label}: ${code}`} style={{ margin: '0 0.25rem 0.25rem 0' }}>
      {label}
    </button>
  )
  return (
    <div className="agenda-no-print" data-booking-actions={code}>
      {canMark && status !== 'arrivato' && button('arrivato', 'Arrivato', `${code}: arrivato.`)}
      {canMark && button('servito', 'Servito', `${code}: servito.`)}
      {canMark && open && button('assente', 'Non presentato', `${code}: segnato come non presentato.`)}
      {open && (
        <details>
          <summary style={{ cursor: 'pointer' }}>Sposta<span className="sr-only"> {code}</span></summary>
          <fieldset style={{ border: 0, padding: 0, margin: '0.5rem 0 0' }}>
            <legend className="sr-only">Sposta l’appuntamento {code}</legend>
            <SlotPicker calendarId={String(calendarId)} day={day} label="Nuovo orario" onChange={setMoveTo} />
            <p>
              <label htmlFor={`${uid}-move-message`}>Messaggio al cittadino (facoltativo)</label><br />
              <textarea id={`${uid}-move-message`} ref={moveMessage} rows={3} maxLength={2000} style={{ width: '100%' }} />
            </p>
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={!ready || busy || !moveTo} style={{ margin: 0 }}
              onClick={() => void run('sposta', { startsAt: moveTo, message: moveMessage.current?.value ?? '' }, `${code}: spostato; il cittadino è stato avvisato.`)}>
              Sposta l’appuntamento
            </button>
          </fieldset>
        </details>
      )}
      {open && (
        <details>
          <summary style={{ cursor: 'pointer' }}>Annulla<span className="sr-only"> {code}</span></summary>
          <fieldset style={{ border: 0, padding: 0, margin: '0.5rem 0 0' }}>
            <legend className="sr-only">Annulla l’appuntamento {code}</legend>
            <p>
              <label htmlFor={`${uid}-cancel-message`}>Messaggio al cittadino: perché è annullato</label><br />
              {/* The server checks it and answers in Italian: no browser bubble in another language. */}
              <textarea id={`${uid}-cancel-message`} ref={cancelMessage} rows={3} maxLength={2000} aria-required="true" style={{ width: '100%' }} />
            </p>
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={!ready || busy} style={{ margin: 0 }}
              onClick={() => void run('annulla', { message: cancelMessage.current?.value ?? '' }, `${code}: annullato; il cittadino ha ricevuto il messaggio.`)}>
              Annulla l’appuntamento
            </button>
          </fieldset>
        </details>
      )}
      <Announce id={`${uid}-outcome`} outcome={outcome} />
    </div>
  )
}

type CalendarOption = { id: number; label: string; services: { id: number; title: string }[] }

const newKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`)

/**
 * "Prenota per un cittadino": a walk-in or a phone call booked by the office in a free slot. The
 * codice fiscale, email and phone are optional (checked when given); the service or a reason is
 * needed. One key per form: a double click makes one booking.
 */
export function BookForCitizen({ calendars, calendarId: initialCalendar, day }: { calendars: CalendarOption[]; calendarId: number | null; day: string }) {
  const router = useRouter()
  const ready = useReady()
  const uid = useId()
  const form = useRef<HTMLFormElement>(null)
  const [calendarId, setCalendarId] = useState(String(initialCalendar ?? calendars[0]?.id ?? ''))
  const [startsAt, setStartsAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [requestKey, setRequestKey] = useState(newKey)
  // A new round after each booking: the free slots are read again.
  const [round, setRound] = useState(0)
  const services = calendars.find((c) => String(c.id) === calendarId)?.services ?? []

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    const data = Object.fromEntries(new FormData(event.currentTarget).entries())
    setBusy(true)
    const res = await fetch('/api/bookings/prenota-per-cittadino', {
      method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...data, calendarId, startsAt, requestKey }),
    }).catch(() => null)
    const json = (await res?.json().catch(() => null)) as { doc?: { code?: string }; errors?: { message?: string }[] } | null
    setBusy(false)
    if (!res || !res.ok) {
      setOutcome({ error: true, text: json?.errors?.[0]?.message ?? 'Il server non risponde: controlla la connessione e riprova.' })
      return
    }
    setOutcome({ error: false, text: `Prenotato: codice ${json?.doc?.code ?? ''}. Comunicalo al cittadino.` })
    form.current?.reset()
    setRequestKey(newKey())
    setRound((r) => r + 1)
    router.refresh()
  }

  if (calendars.length === 0) return <p>Nessun calendario del tuo ufficio: chiedi a un amministratore di crearne uno.</p>
  return (
    <form ref={form} onSubmit={(e) => void submit(e)} noValidate aria-describedby={`${uid}-outcome`} className="agenda-book">
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="sr-only">Prenota per un cittadino</legend>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))', gap: '0 1rem' }}>
          <p>
            <label htmlFor={`${uid}-channel`}>Come si è rivolto</label><br />
            <select id={`${uid}-channel`} name="channel" defaultValue="sportello">
              <option value="sportello">Allo sportello</option>
              <option value="telefono">Al telefono</option>
            </select>
          </p>
          <p>
            <label htmlFor={`${uid}-calendar`}>Calendario</label><br />
            <select id={`${uid}-calendar`} value={calendarId} onChange={(e) => setCalendarId(e.target.value)}>
              {calendars.map((c) => <option key={c.id} value={String(c.id)}>{c.label}</option>)}
            </select>
          </p>
          <p><label htmlFor={`${uid}-given`}>Nome</label><br /><input id={`${uid}-given`} name="givenName" autoComplete="off" aria-required="true" /></p>
          <p><label htmlFor={`${uid}-family`}>Cognome</label><br /><input id={`${uid}-family`} name="familyName" autoComplete="off" aria-required="true" /></p>
          <p><label htmlFor={`${uid}-cf`}>Codice fiscale (facoltativo)</label><br /><input id={`${uid}-cf`} name="fiscalCode" autoComplete="off" maxLength={16} style={{ textTransform: 'uppercase' }} /></p>
          <p><label htmlFor={`${uid}-email`}>Email (facoltativa)</label><br /><input id={`${uid}-email`} name="email" type="email" autoComplete="off" /></p>
          <p><label htmlFor={`${uid}-phone`}>Telefono (facoltativo)</label><br /><input id={`${uid}-phone`} name="phone" type="tel" autoComplete="off" /></p>
          <p>
            <label htmlFor={`${uid}-service`}>Servizio</label><br />
            <select id={`${uid}-service`} name="serviceId" defaultValue="" key={calendarId}>
              <option value="">Nessuno: scrivo il motivo</option>
              {services.map((s) => <option key={s.id} value={String(s.id)}>{s.title}</option>)}
            </select>
          </p>
          <p><label htmlFor={`${uid}-reason`}>Motivo (se non c’è il servizio)</label><br /><input id={`${uid}-reason`} name="reason" maxLength={200} autoComplete="off" /></p>
        </div>
        <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
          <SlotPicker key={`${calendarId}-${round}`} calendarId={calendarId} day={day} label="Orario libero" onChange={setStartsAt} />
        </div>
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={!ready || busy || !startsAt} aria-busy={busy} style={{ margin: 0 }}>Prenota</button>
        <Announce id={`${uid}-outcome`} outcome={outcome} />
      </fieldset>
    </form>
  )
}
