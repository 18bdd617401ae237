import { randomInt } from 'node:crypto'

import { ValidationError, type Payload, type Where } from 'payload'

import type { Booking, BookingEvent, Calendar, Office, Service } from '../payload-types'
import { relationId } from '../relationId'
import { closedBecause } from './closedDays'
import type { BookingRequest, BookingView, Id } from './contract'
import { bookingLink } from './links'
import { notifyBooking } from './notify'
import { BookingRefused } from './refusal'
import { queueReminder } from './reminders'
import { romeDay } from './romeTime'
import { calendarContext, releaseExpiredHolds, slotTimesOf, type CalendarContext, type SlotTime } from './slots'
import type { BookingChange } from './contract'
import type { BookingStatus } from './vocabulary'

/*
 * How the core writes. Through Payload's Local API (overrideAccess): Bookings has no hooks, each of
 * its rows is one row (no arrays, single relationships as columns), so a create is one INSERT and
 * an update by id one UPDATE of that row. The database decides capacity: the unique indexes
 * (calendar, startsAt, seat), (quotaKey, quotaSlot), requestKey and code refuse a second row; the
 * drizzle adapter reports such a refusal as a ValidationError naming the index's columns
 * (SQLite: "calendar…"; PostgreSQL: the Key (…) of the detail), which `violated` reads. On
 * PostgreSQL Payload runs each call in its own transaction; on SQLite, where Payload opens none
 * (api/data/transactions.ts), the statement is the unit of work. A refused statement changes
 * nothing, and the next seat (or quota slot) is tried.
 */

/** Who changes a booking. */
export type Actor = { type: 'cittadino'; citizenId?: Id | null } | { type: 'operatore'; userId: Id; name: string } | { type: 'sistema' }

/** How long a guest's booking holds its place waiting for the email link. */
export const guestHoldMinutes = 30

/** The statuses a citizen or an operator can still move or cancel. */
const changeable: readonly BookingStatus[] = ['da-confermare', 'confermata']
/** Statuses whose quota slot is given back: the booking no longer counts as a future one. */
const quotaFreeing: readonly BookingStatus[] = ['annullata', 'scaduta', 'servito', 'assente']

const local = { depth: 0, overrideAccess: true } as const

// ——— the unique indexes ———

type Violated = 'seat' | 'quota' | 'request' | 'code'

/** Which unique index refused a write, or null when the error is something else. */
export function violated(error: unknown): Violated | null {
  if (!(error instanceof ValidationError)) return null
  const data = (error as ValidationError & { data?: { errors?: { path?: string; message?: string }[] } }).data
  const paths = (data?.errors ?? []).map((e) => String(e.path ?? '')).join(' ')
  if (/request/i.test(paths)) return 'request'
  if (/quota/i.test(paths)) return 'quota'
  if (/calendar|starts|seat/i.test(paths)) return 'seat'
  if (/(^|\W)code(\W|$)/i.test(paths)) return 'code'
  return null
}

// Crockford's base32 without I, L, O, U: read out on the phone without doubt.
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** A new booking code: 'BR-' and 8 random characters (40 bits); the unique index refuses a repeat, then another is drawn. */
export const newBookingCode = (): string => 'BR-' + Array.from({ length: 8 }, () => crockford[randomInt(32)]).join('')

/** A code as typed by a person: upper case, O read as 0, I and L as 1, with or without the prefix. */
export function normaliseCode(code: string): string {
  const bare = code.trim().toUpperCase().replace(/^BR-?/, '').replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  return `BR-${bare}`
}

// ——— reading ———

type Populated = Booking & { calendar: Calendar | number; office: Office | number; service?: Service | number | null }

const asDate = (value: string | null | undefined): Date | null => (value ? new Date(value) : null)

/** What citizens and staff read of a booking (its relations at depth 1). */
export function toView(doc: Populated, now: Date = new Date()): BookingView {
  const calendar = typeof doc.calendar === 'object' ? doc.calendar : null
  const office = typeof doc.office === 'object' ? doc.office : null
  const service = doc.service && typeof doc.service === 'object' ? doc.service : null
  const startsAt = new Date(doc.startsAt)
  const until = new Date(startsAt.getTime() - (calendar?.cutoffHours ?? 0) * 3_600_000)
  return {
    id: doc.id,
    code: doc.code,
    status: doc.status,
    startsAt,
    endsAt: new Date(doc.endsAt),
    calendar: { id: relationId(doc.calendar), name: calendar?.name ?? '' },
    office: { id: relationId(doc.office), title: office?.title ?? '', slug: office?.slug ?? null, address: office?.address ?? null },
    service: service ? { id: service.id, title: service.title, slug: service.slug ?? null } : null,
    reason: doc.reason ?? null,
    applicant: { givenName: doc.givenName, familyName: doc.familyName, fiscalCode: doc.fiscalCode ?? null, email: doc.email ?? null, phone: doc.phone ?? null },
    channel: doc.channel,
    changeableUntil: changeable.includes(doc.status) && until.getTime() > now.getTime() ? until : null,
    holdUntil: asDate(doc.holdUntil),
    version: doc.version,
    citizenId: doc.citizen != null ? relationId(doc.citizen) : null,
  }
}

// What a view reads of the related documents (not their arrays nor the citizen's record).
const populate = { calendars: { name: true, cutoffHours: true }, offices: { title: true, slug: true, address: true }, services: { title: true, slug: true } } as const
const viewRead = { depth: 1, overrideAccess: true, populate } as const

async function findDoc(payload: Payload, id: Id): Promise<Populated | null> {
  return (await payload.findByID({ collection: 'bookings', id, ...viewRead, disableErrors: true })) as Populated | null
}

/** One booking as its holder and the office read it, or null. */
export async function readBooking(payload: Payload, bookingId: Id, now: Date = new Date()): Promise<BookingView | null> {
  const doc = await findDoc(payload, bookingId)
  return doc ? toView(doc, now) : null
}

/** The booking with a code (as typed on the phone or at the desk), or null. */
export async function bookingByCode(payload: Payload, code: string, now: Date = new Date()): Promise<BookingView | null> {
  if (typeof code !== 'string' || code.length > 40) return null
  const found = await payload.find({ collection: 'bookings', where: { code: { equals: normaliseCode(code) } }, limit: 1, ...viewRead })
  const doc = found.docs[0] as Populated | undefined
  return doc ? toView(doc, now) : null
}

/** A logged-in citizen's bookings, future and past, newest first. */
export async function citizenBookings(payload: Payload, citizenId: Id, now: Date = new Date()): Promise<BookingView[]> {
  const found = await payload.find({ collection: 'bookings', where: { citizen: { equals: citizenId } }, pagination: false, sort: '-startsAt', ...viewRead })
  return (found.docs as Populated[]).map((doc) => toView(doc, now))
}

async function byRequestKey(payload: Payload, requestKey: string): Promise<Populated | null> {
  const found = await payload.find({ collection: 'bookings', where: { requestKey: { equals: requestKey } }, limit: 1, select: { code: true }, ...local })
  return found.docs[0] ? findDoc(payload, found.docs[0].id) : null
}

// ——— the trail and the citizen ———

type Trail = Pick<BookingEvent, 'kind'> & { message?: string | null; from?: Date | null; to?: Date | null; onceKey?: string }

function actorOf(actor: Actor, doc: Pick<Booking, 'givenName' | 'familyName'>): Pick<BookingEvent, 'actorType' | 'actor' | 'actorLabel'> {
  if (actor.type === 'operatore') return { actorType: 'operatore', actor: Number(actor.userId) || null, actorLabel: actor.name || 'Operatore' }
  if (actor.type === 'sistema') return { actorType: 'sistema', actor: null, actorLabel: 'Sistema' }
  return { actorType: 'cittadino', actor: null, actorLabel: `${doc.givenName} ${doc.familyName} (cittadino)` }
}

async function record(payload: Payload, doc: Booking, actor: Actor, trail: Trail): Promise<void> {
  await payload.create({
    collection: 'booking-events',
    data: {
      booking: doc.id,
      office: relationId(doc.office),
      kind: trail.kind,
      ...actorOf(actor, doc),
      message: trail.message ?? null,
      fromStartsAt: trail.from?.toISOString() ?? null,
      toStartsAt: trail.to?.toISOString() ?? null,
      onceKey: trail.onceKey ?? null,
    },
    ...local,
  })
}

/** True when the database refused a second trail entry with the same onceKey (unique index). */
export function isOnceKeyTaken(error: unknown): boolean {
  if (!(error instanceof ValidationError)) return false
  return (error.data?.errors ?? []).some((e) => /once_?key/i.test(String(e.path ?? '')))
}

/** Notifications run after the commit and never undo it: a failure is logged without personal data. */
async function tell(payload: Payload, change: BookingChange, remind: boolean): Promise<void> {
  try {
    await notifyBooking(payload, change)
    if (remind) await queueReminder(payload, change.booking)
  } catch (error) {
    payload.logger.warn({ msg: `Prenotazioni: avviso "${change.kind}" non inviato`, err: error instanceof Error ? error.message : String(error) })
  }
}

/** The signed link to manage a booking, valid until the appointment ends. */
export const manageUrlOf = (payload: Payload, booking: Pick<BookingView, 'id' | 'endsAt'>): string => bookingLink(payload, booking.id, 'gestisci', booking.endsAt)

// ——— checks ———

const text = (value: unknown, max: number): string | null => (typeof value === 'string' && value.trim() && value.trim().length <= max ? value.trim() : null)
const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[a-z]{2,}$/i
const fiscalCodePattern = /^[A-Z0-9]{16}$|^\d{11}$/

function invalid(message: string): never {
  throw new BookingRefused('invalid', message)
}

/** The slot that starts at an instant on a calendar, or a refusal saying why it cannot be booked. */
function slotAt(context: CalendarContext, startsAt: Date, now: Date): SlotTime {
  if (!(startsAt instanceof Date) || Number.isNaN(startsAt.getTime())) invalid('Indica l’orario dell’appuntamento.')
  const day = romeDay(startsAt)
  const times = slotTimesOf(context.calendar, day, context.rules, now)
  const slot = times.slots.find((s) => s.startsAt.getTime() === startsAt.getTime())
  if (slot) return slot
  if (startsAt.getTime() <= now.getTime()) throw new BookingRefused('not-bookable', 'L’orario scelto è già passato.')
  if (!times.open && times.closedBecause) throw new BookingRefused('not-bookable', `Il ${day} non si prenota: ${times.closedBecause.charAt(0).toLowerCase()}${times.closedBecause.slice(1)}.`)
  throw new BookingRefused('not-bookable', 'L’orario scelto non è tra quelli prenotabili del calendario.')
}

/** Seats or quota slots 1 … n already held, read to try the others first (the unique index still decides). */
async function heldNumbers(payload: Payload, where: Where, field: 'seat' | 'quotaSlot'): Promise<Set<number>> {
  const found = await payload.find({ collection: 'bookings', where, pagination: false, select: { [field]: true }, ...local })
  return new Set(found.docs.map((d) => (d as unknown as Record<string, unknown>)[field]).filter((n): n is number => typeof n === 'number'))
}

const candidates = (max: number, held: Set<number>): number[] => Array.from({ length: Math.max(0, max) }, (_, i) => i + 1).filter((n) => !held.has(n))

const seatsWhere = (calendarId: Id, startsAt: Date): Where => ({ and: [{ calendar: { equals: calendarId } }, { startsAt: { equals: startsAt.toISOString() } }, { seat: { exists: true } }] })

/** `holder|service` (or `holder|calendar:<id>`): whose future bookings the quota counts. */
export function quotaKeyOf(request: Pick<BookingRequest, 'applicant' | 'serviceId' | 'calendarId'>): string | null {
  const { applicant } = request
  const holder = applicant.fiscalCode ? applicant.fiscalCode.trim().toUpperCase() : applicant.email ? applicant.email.trim().toLowerCase() : null
  if (!holder) return null
  return `${holder}|${request.serviceId != null ? request.serviceId : `calendar:${request.calendarId}`}`
}

/** Gives back the quota slots of a holder's bookings that no longer count (past, cancelled, expired). */
async function releaseQuota(payload: Payload, quotaKey: string, now: Date): Promise<void> {
  await payload.update({
    collection: 'bookings',
    where: { and: [{ quotaKey: { equals: quotaKey } }, { quotaSlot: { exists: true } }, { or: [{ startsAt: { less_than: now.toISOString() } }, { status: { in: [...quotaFreeing] } }] }] },
    data: { quotaSlot: null },
    ...local,
  })
}

/** A field Payload itself refused (its own email check, a length) as an 'invalid' refusal, never a 500. */
function asRefusal(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error
  const fields = ((error as ValidationError & { data?: { errors?: { path?: string }[] } }).data?.errors ?? []).map((e) => e.path).filter(Boolean)
  const names: Record<string, string> = { email: 'l’email', phone: 'il telefono', givenName: 'il nome', familyName: 'il cognome', reason: 'il motivo', fiscalCode: 'il codice fiscale' }
  const which = fields.map((f) => names[String(f)] ?? String(f)).join(', ')
  return new BookingRefused('invalid', which ? `Controlla i dati della prenotazione: ${which}.` : undefined)
}

// ——— booking ———

/**
 * Books a slot. A citizen (SPID/CIE) or an operator's booking is 'confermata'; a guest's is
 * 'da-confermare' and holds its place for 30 minutes until the email link is opened. The same
 * requestKey returns the same booking (created: false). Refused 'slot-full' when no seat is left
 * (the unique index decides), 'quota' when the holder has maxPerCitizen future bookings for the
 * service, 'not-bookable' for a closed day, a past slot, one beyond the horizon or not a slot.
 */
export async function bookSlot(payload: Payload, request: BookingRequest, now: Date = new Date()): Promise<{ booking: BookingView; created: boolean }> {
  const requestKey = text(request.requestKey, 100) ?? invalid('Manca la chiave della richiesta.')
  const already = await byRequestKey(payload, requestKey)
  if (already) return sameRequest(payload, already, request, now)

  const { applicant } = request
  const givenName = text(applicant.givenName, 100) ?? invalid('Indica il nome.')
  const familyName = text(applicant.familyName, 100) ?? invalid('Indica il cognome.')
  const email = applicant.email ? text(applicant.email, 200)?.toLowerCase() ?? null : null
  if (applicant.kind === 'guest' && request.staffUserId == null && (!email || !emailPattern.test(email))) invalid('Indica un indirizzo email valido.')
  if (email && !emailPattern.test(email)) invalid('Indica un indirizzo email valido.')
  const phone = applicant.phone ? text(applicant.phone, 30) ?? invalid('Indica un numero di telefono valido.') : null
  if (phone && !/^\+?[\d\s./-]{6,30}$/.test(phone)) invalid('Indica un numero di telefono valido.')
  const fiscalCode = applicant.fiscalCode ? applicant.fiscalCode.trim().toUpperCase() : null
  if (fiscalCode && !fiscalCodePattern.test(fiscalCode)) invalid('Il codice fiscale non è valido.')
  if (request.reason != null && typeof request.reason === 'string' && request.reason.trim().length > 200) invalid('Il motivo può essere lungo al massimo 200 caratteri.')
  const reason = typeof request.reason === 'string' && request.reason.trim() ? request.reason.trim() : null

  const context = await calendarContext(payload, request.calendarId)
  const { calendar } = context
  const staff = request.staffUserId != null
  if (!staff && !calendar.active) throw new BookingRefused('not-bookable', 'Questo calendario non accetta prenotazioni online.')
  const serviceIds = (calendar.services ?? []).map((s) => String(relationId(s)))
  if (request.serviceId != null && !serviceIds.includes(String(request.serviceId))) invalid('Il servizio scelto non si prenota con questo calendario.')
  const slot = slotAt(context, request.startsAt, now)

  await releaseExpiredHolds(payload, calendar.id, now)
  const quotaKey = quotaKeyOf({ ...request, applicant: { ...applicant, email, fiscalCode } as BookingRequest['applicant'] })
  if (quotaKey) await releaseQuota(payload, quotaKey, now)

  const guest = applicant.kind === 'guest' && !staff
  const [seatsHeld, quotaHeld] = await Promise.all([
    heldNumbers(payload, seatsWhere(calendar.id, slot.startsAt), 'seat'),
    quotaKey ? heldNumbers(payload, { and: [{ quotaKey: { equals: quotaKey } }, { quotaSlot: { exists: true } }] }, 'quotaSlot') : null,
  ])
  const seats = candidates(calendar.desks, seatsHeld)
  const quotas = quotaHeld ? candidates(calendar.maxPerCitizen, quotaHeld) : [null]
  let seatIndex = 0
  let quotaIndex = 0
  const base = {
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    status: (guest ? 'da-confermare' : 'confermata') as BookingStatus,
    calendar: calendar.id,
    office: relationId(calendar.office),
    service: request.serviceId != null ? Number(request.serviceId) : null,
    reason,
    applicantName: `${givenName} ${familyName}`,
    givenName,
    familyName,
    fiscalCode,
    email,
    phone,
    citizen: applicant.kind === 'citizen' ? Number(applicant.citizenId) : null,
    channel: request.channel,
    createdBy: staff ? Number(request.staffUserId) : null,
    quotaKey,
    requestKey,
    holdUntil: guest ? new Date(now.getTime() + guestHoldMinutes * 60_000).toISOString() : null,
    version: 1,
  }
  let created: Booking | null = null
  for (let attempt = 0; !created; attempt++) {
    const seat = seats[seatIndex]
    const quotaSlot = quotas[quotaIndex]
    if (seat === undefined || attempt > 100) {
      const winner = await byRequestKey(payload, requestKey)
      if (winner) return sameRequest(payload, winner, request, now)
      throw new BookingRefused('slot-full')
    }
    if (quotaSlot === undefined) throw new BookingRefused('quota', `Hai già ${calendar.maxPerCitizen} ${calendar.maxPerCitizen === 1 ? 'appuntamento futuro' : 'appuntamenti futuri'} per questo servizio: annullane uno o attendi che sia passato.`)
    try {
      created = await payload.create({ collection: 'bookings', data: { ...base, code: newBookingCode(), seat, quotaSlot }, ...local })
    } catch (error) {
      const which = violated(error)
      if (which === 'seat') seatIndex++
      else if (which === 'quota') quotaIndex++
      else if (which === 'request') {
        const winner = await byRequestKey(payload, requestKey)
        if (winner) return sameRequest(payload, winner, request, now)
      } else if (which !== 'code') throw asRefusal(error)
    }
  }

  return { booking: await announceBooked(payload, created, await bookingActor(payload, request), now, false), created: true }
}

/**
 * The answer to a request whose booking exists already (sent again, or two at once): that booking, completed first. A
 * request sent again after a failure between the INSERT and its history (the database away), or one that lost the race
 * to a first attempt which then failed there, gets the history entry and the applicant's email written now, once
 * (announceBooked looks first).
 */
async function sameRequest(payload: Payload, existing: Booking, request: BookingRequest, now: Date): Promise<{ booking: BookingView; created: boolean }> {
  if (changeable.includes(existing.status)) await announceBooked(payload, existing, await bookingActor(payload, request), now, true)
  return { booking: toView(existing, now), created: false }
}

/** Who made a booking request: the operator at the desk, or the citizen (logged in or a guest). */
async function bookingActor(payload: Payload, request: BookingRequest): Promise<Actor> {
  if (request.staffUserId != null) return { type: 'operatore', userId: request.staffUserId, name: await staffName(payload, request.staffUserId) }
  return { type: 'cittadino', citizenId: request.applicant.kind === 'citizen' ? request.applicant.citizenId : null }
}

/**
 * What follows a booking's INSERT, once: its 'prenotata' in the history (onceKey
 * `prenotata:<id>`, unique), then the email check or the confirmation and reminder. The request
 * sent again after a failure in between (the database away) does it (`replay`: looks first), and of
 * two at once (a doubled Conferma) only the one whose entry the database took tells the applicant.
 */
async function announceBooked(payload: Payload, doc: Booking, actor: Actor, now: Date, replay: boolean): Promise<BookingView> {
  const guest = doc.status === 'da-confermare'
  const onceKey = `prenotata:${doc.id}`
  const booking = (await readBooking(payload, doc.id, now))!
  if (replay && (await payload.find({ collection: 'booking-events', where: { onceKey: { equals: onceKey } }, limit: 1, select: { kind: true }, ...local })).docs.length) return booking
  try {
    await record(payload, doc, actor, { kind: 'prenotata', to: new Date(doc.startsAt), message: guest ? 'In attesa della conferma dell’indirizzo email.' : null, onceKey })
  } catch (error) {
    if (isOnceKeyTaken(error)) return booking
    throw error
  }
  if (guest) await tell(payload, { kind: 'email-check', booking, confirmUrl: bookingLink(payload, booking.id, 'conferma-email', booking.holdUntil) }, false)
  else await tell(payload, { kind: 'confirmed', booking, manageUrl: manageUrlOf(payload, booking) }, true)
  return booking
}

async function staffName(payload: Payload, userId: Id): Promise<string> {
  const user = (await payload.findByID({ collection: 'users', id: userId, ...local, disableErrors: true })) as { name?: string | null; email?: string | null } | null
  return user?.name || user?.email || 'Operatore'
}

/** Loads a booking for a change by an actor: a citizen sees only their own (another's is 'not-found'). */
async function forChange(payload: Payload, bookingId: Id, actor: Actor): Promise<Populated> {
  const doc = await findDoc(payload, bookingId)
  if (!doc) throw new BookingRefused('not-found')
  if (actor.type === 'cittadino' && actor.citizenId != null && String(relationId(doc.citizen ?? null)) !== String(actor.citizenId)) throw new BookingRefused('not-found')
  return doc
}

/** Citizens change until the cut-off before the start; operators and the system until the end. */
function checkTimeFor(actor: Actor, doc: Populated, now: Date): void {
  const calendar = typeof doc.calendar === 'object' ? doc.calendar : null
  if (actor.type === 'cittadino') {
    const until = new Date(doc.startsAt).getTime() - (calendar?.cutoffHours ?? 0) * 3_600_000
    if (now.getTime() >= until) {
      const hours = calendar?.cutoffHours ?? 0
      throw new BookingRefused('cutoff', hours > 0 ? `Online si può modificare o annullare fino a ${hours} ${hours === 1 ? 'ora' : 'ore'} prima dell’appuntamento: contatta l’ufficio.` : undefined)
    }
  } else if (now.getTime() >= new Date(doc.endsAt).getTime()) {
    throw new BookingRefused('bad-status', 'L’appuntamento è già concluso.')
  }
}

function checkChangeable(doc: Populated, now: Date): void {
  if (!changeable.includes(doc.status)) throw new BookingRefused('bad-status', `La prenotazione è ${statusWords[doc.status]}: non si può più modificare.`)
  if (doc.status === 'da-confermare' && doc.holdUntil && new Date(doc.holdUntil).getTime() < now.getTime()) throw new BookingRefused('bad-status', 'La prenotazione è scaduta perché l’email non è stata confermata in tempo.')
}

const statusWords: Record<BookingStatus, string> = {
  'da-confermare': 'in attesa di conferma',
  confermata: 'confermata',
  arrivato: 'già registrata come arrivata',
  servito: 'già conclusa',
  assente: 'registrata come non presentata',
  annullata: 'annullata',
  scaduta: 'scaduta',
}

/** The guest opened the email link: the booking counts. Idempotent; refused 'bad-status' once expired or cancelled. */
export async function confirmGuestEmail(payload: Payload, bookingId: Id, now: Date = new Date()): Promise<BookingView> {
  const doc = await findDoc(payload, bookingId)
  if (!doc) throw new BookingRefused('not-found')
  if (doc.status !== 'da-confermare') {
    if (doc.emailConfirmedAt || ['confermata', 'arrivato', 'servito', 'assente'].includes(doc.status)) return toView(doc, now)
    throw new BookingRefused('bad-status', doc.status === 'scaduta' ? 'Il tempo per confermare l’email è scaduto e l’orario è stato liberato: prenota di nuovo.' : 'La prenotazione è stata annullata.')
  }
  if (doc.holdUntil && new Date(doc.holdUntil).getTime() < now.getTime()) {
    await releaseExpiredHolds(payload, relationId(doc.calendar), now)
    throw new BookingRefused('bad-status', 'Il tempo per confermare l’email è scaduto e l’orario è stato liberato: prenota di nuovo.')
  }
  // Guarded by the status: an expiry that won the race is not undone.
  const result = await payload.update({
    collection: 'bookings',
    where: { and: [{ id: { equals: doc.id } }, { status: { equals: 'da-confermare' } }] },
    data: { status: 'confermata', emailConfirmedAt: now.toISOString(), holdUntil: null, version: doc.version + 1 },
    ...local,
  })
  if (!result.docs.length) return confirmGuestEmail(payload, bookingId, now)
  await record(payload, doc, { type: 'cittadino' }, { kind: 'email-confermata' })
  const booking = (await readBooking(payload, doc.id, now))!
  await tell(payload, { kind: 'confirmed', booking, manageUrl: manageUrlOf(payload, booking) }, true)
  return booking
}

/**
 * Moves a booking to another slot of its calendar: one UPDATE of its row sets the new start, end
 * and a free seat of the new slot, which frees the old seat in the same statement. Refused
 * 'slot-full' when the new slot has no seat left, 'cutoff' for a citizen past the cut-off.
 */
export async function moveBooking(payload: Payload, bookingId: Id, startsAt: Date, actor: Actor, message?: string | null, now: Date = new Date()): Promise<BookingView> {
  const doc = await forChange(payload, bookingId, actor)
  checkChangeable(doc, now)
  checkTimeFor(actor, doc, now)
  const calendarId = relationId(doc.calendar)
  const context = await calendarContext(payload, calendarId)
  const slot = slotAt(context, startsAt, now)
  const from = new Date(doc.startsAt)
  if (slot.startsAt.getTime() === from.getTime()) return toView(doc, now)
  await releaseExpiredHolds(payload, calendarId, now)
  const seats = candidates(context.calendar.desks, await heldNumbers(payload, seatsWhere(calendarId, slot.startsAt), 'seat'))
  let moved = false
  for (const seat of seats) {
    try {
      await payload.update({ collection: 'bookings', id: doc.id, data: { startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), seat, version: doc.version + 1 }, ...local })
      moved = true
      break
    } catch (error) {
      if (violated(error) !== 'seat') throw error
    }
  }
  if (!moved) throw new BookingRefused('slot-full')
  const note = message?.trim() ? message.trim().slice(0, 1000) : null
  await record(payload, doc, actor, { kind: 'spostata', from, to: slot.startsAt, message: note })
  const booking = (await readBooking(payload, doc.id, now))!
  const remind = booking.status === 'confermata'
  await tell(payload, { kind: 'moved', booking, from, manageUrl: manageUrlOf(payload, booking), message: note }, remind)
  return booking
}

/** Cancels a booking: one UPDATE sets it 'annullata' and gives its seat and quota slot back, so the slot is free at once. Cancelling twice returns it as it is. */
export async function cancelBooking(payload: Payload, bookingId: Id, actor: Actor, message?: string | null, now: Date = new Date()): Promise<BookingView> {
  const doc = await forChange(payload, bookingId, actor)
  if (doc.status === 'annullata') return toView(doc, now)
  checkChangeable(doc, now)
  checkTimeFor(actor, doc, now)
  const note = message?.trim() ? message.trim().slice(0, 1000) : null
  await payload.update({ collection: 'bookings', id: doc.id, data: { status: 'annullata', seat: null, quotaSlot: null, holdUntil: null, cancelReason: note, version: doc.version + 1 }, ...local })
  await record(payload, doc, actor, { kind: 'annullata', from: new Date(doc.startsAt), message: note })
  const booking = (await readBooking(payload, doc.id, now))!
  await tell(payload, { kind: 'cancelled', booking, message: note, by: actor.type }, false)
  return booking
}

const marks: Record<'arrivato' | 'servito' | 'assente', readonly BookingStatus[]> = {
  arrivato: ['confermata', 'assente'],
  servito: ['confermata', 'arrivato'],
  assente: ['confermata', 'arrivato'],
}

/** The office marks the day: arrived, served, no-show (from the appointment's day on). The seat stays held; the quota slot is given back. */
export async function markBooking(payload: Payload, bookingId: Id, status: 'arrivato' | 'servito' | 'assente', actor: Actor, now: Date = new Date()): Promise<BookingView> {
  const doc = await forChange(payload, bookingId, actor)
  if (!marks[status]) invalid('Stato non valido.')
  if (doc.status === status) return toView(doc, now)
  if (!marks[status].includes(doc.status)) throw new BookingRefused('bad-status', `La prenotazione è ${statusWords[doc.status]}.`)
  if (romeDay(now) < romeDay(new Date(doc.startsAt))) throw new BookingRefused('bad-status', 'Si può registrare solo dal giorno dell’appuntamento.')
  await payload.update({ collection: 'bookings', id: doc.id, data: { status, quotaSlot: null, version: doc.version + 1 }, ...local })
  await record(payload, doc, actor, { kind: status })
  return (await readBooking(payload, doc.id, now))!
}

/**
 * After a closure is added (or the patron's day changed): the future bookings of the calendar on
 * a day that is now closed are cancelled by the system, each with a message saying why. Returns
 * how many.
 */
export async function cancelForClosures(payload: Payload, calendarId: Id, now: Date = new Date()): Promise<number> {
  const { rules } = await calendarContext(payload, calendarId)
  const future = await payload.find({
    collection: 'bookings',
    where: { and: [{ calendar: { equals: calendarId } }, { status: { in: [...changeable] } }, { startsAt: { greater_than: now.toISOString() } }] },
    pagination: false,
    sort: 'startsAt',
    select: { startsAt: true },
    ...local,
  })
  let cancelled = 0
  for (const booking of future.docs as Pick<Booking, 'id' | 'startsAt'>[]) {
    const day = romeDay(new Date(booking.startsAt))
    const why = closedBecause(day, rules)
    if (!why) continue
    const [y, m, d] = day.split('-')
    try {
      await cancelBooking(payload, booking.id, { type: 'sistema' }, `L’ufficio è chiuso il ${d}/${m}/${y} (${why.charAt(0).toLowerCase()}${why.slice(1)}): l’appuntamento è annullato. Ci scusiamo per il disagio: puoi prenotare un altro orario.`, now)
      cancelled++
    } catch (error) {
      if (!(error instanceof BookingRefused)) throw error
    }
  }
  return cancelled
}
