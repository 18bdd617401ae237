// Appointments booked per second on SQLite and PostgreSQL: 50 clients at once compete for the slots
// of the same week of one calendar, through the real HTTP API of the public server running as a
// child process on loopback. Each client reads a day's free slots, books one of them (a guest
// booking, new request key each time), and on 409 (taken meanwhile) reads again and tries another,
// until the week is full. Every call is timed. After the run the database is checked: no slot holds
// more bookings than its places (the unique index on calendar, start and seat decides).
// Usage: npm run bench:bookings [-- C [DESKS]]   (defaults: 50 clients, 3 places per slot).
import { pathToFileURL } from 'node:url'

import type { Payload } from 'payload'

import { closedBecause } from '../cms/appointments/closedDays'
import { addDays, isoWeekday, romeDay } from '../cms/appointments/romeTime'
import { createAppointmentFixtures } from '../cms/appointments/testFixtures'
import { startDevMailServer } from '../api/standins/mail/server'
import { assignedDatabase, databaseLabels, freshDatabase, reportRows, runPerDatabase } from './lib/perDatabase'
import { percentile } from './lib/pool'
import { startServer, stopServer } from './lib/servers'
import { printTable } from './lib/table'

/** The table's headers. */
export const bookingHeaders = ['database', 'chiamata', 'chiamate', 'tempo', 'chiamate/s', 'p50', 'p99']

const ms = (value: number) => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`)
const weekdays = ['1', '2', '3', '4', '5']
/** Monday to Friday 08:00–14:00 in slots of 10 minutes: 36 slots a day, 180 in the week. */
const hours = weekdays.map((weekday) => ({ weekday, from: '08:00', to: '14:00' }))

/** The Monday to Friday of the first full week starting at least a week from today, without holidays (skipped days stay out). */
function benchWeek(now = new Date()): string[] {
  let monday = addDays(romeDay(now), 7)
  while (isoWeekday(monday) !== 1) monday = addDays(monday, 1)
  return weekdays.map((_, i) => addDays(monday, i)).filter((day) => !closedBecause(day, { patron: null, closures: [] }))
}

type Timed = { ms: number[]; started: number; ended: number }
const timed = (): Timed => ({ ms: [], started: 0, ended: 0 })

/** Runs the contest on one database and returns its rows, and whether the capacity check passed. */
export async function measureBookings(payload: Payload, env: Record<string, string>, database: string, clients = 50, desks = 3, port = 3293): Promise<{ rows: (string | number)[][]; ok: boolean }> {
  const mail = await startDevMailServer({ port: 0 })
  const { calendar } = await createAppointmentFixtures(payload, `bench-${Date.now()}`, { hours: hours as never, slotMinutes: 10, desks, horizonDays: 60, cutoffHours: 0, maxPerCitizen: 20 })
  const origin = `http://127.0.0.1:${port}`
  const server = await startServer(['api/server.ts'], {
    ...env, PORT: String(port), SPORTELLO_PUBLIC_URL: origin, SPORTELLO_SMTP_URL: `smtp://127.0.0.1:${mail.port}`, SPORTELLO_GUEST_BOOKINGS_PER_HOUR: '1000000', SPORTELLO_SITE_DIR: env.SPORTELLO_DATA_DIR ?? '.',
  }, `${origin}/api/health`)
  const days = benchWeek()
  const reads = timed()
  const books = timed()
  let booked = 0
  let conflicts = 0
  let failures = 0
  let keys = 0
  try {
    const dayFull = new Set<string>()
    const client = async (c: number) => {
      for (let round = 0; dayFull.size < days.length; round++) {
        const open = days.filter((d) => !dayFull.has(d))
        const day = open[(c + round) % open.length]!
        let t0 = performance.now()
        const res = await fetch(`${origin}/api/appuntamenti/calendari/${calendar.id}/giorni/${day}`)
        reads.ms.push(performance.now() - t0)
        if (!res.ok) { failures++; continue }
        const free = ((await res.json()) as { slots: { startsAt: string; free: number }[] }).slots.filter((s) => s.free > 0)
        if (!free.length) { dayFull.add(day); continue }
        // Everyone goes for the earliest free times: the contest the unique index decides.
        const slot = free[Math.floor(Math.random() * Math.min(3, free.length))]!
        t0 = performance.now()
        const booking = await fetch(`${origin}/api/appuntamenti/prenotazioni`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({ calendarId: calendar.id, startsAt: slot.startsAt, requestKey: `bench-${c}-${++keys}-${Date.now()}`, applicant: { givenName: 'Cliente', familyName: `Numero ${c}`, email: `cliente${c}.${round}@example.org` } }),
        })
        books.ms.push(performance.now() - t0)
        await booking.arrayBuffer()
        if (booking.status === 201) booked++
        else if (booking.status === 409) conflicts++
        else failures++
      }
    }
    reads.started = books.started = performance.now()
    await Promise.all(Array.from({ length: clients }, (_, c) => client(c)))
    reads.ended = books.ended = performance.now()
  } finally {
    await stopServer(server)
    await mail.close()
  }

  // The check: every slot of the week holds at most `desks` bookings, and every place was taken.
  const held = await payload.find({ collection: 'bookings', where: { and: [{ calendar: { equals: calendar.id } }, { seat: { exists: true } }] }, pagination: false, depth: 0, select: { startsAt: true, seat: true }, overrideAccess: true })
  const perSlot = new Map<string, number>()
  for (const b of held.docs) perSlot.set(b.startsAt, (perSlot.get(b.startsAt) ?? 0) + 1)
  const over = [...perSlot.values()].filter((n) => n > desks).length
  const places = days.length * 36 * desks
  const ok = over === 0 && held.docs.length === booked && booked === places && failures === 0
  const seconds = (books.ended - books.started) / 1000
  const row = (name: string, t: Timed) => [database, name, t.ms.length, `${seconds.toFixed(1)} s`, Math.round(t.ms.length / seconds), ms(percentile(t.ms, 50)), ms(percentile(t.ms, 99))]
  const rows = [
    row(`prenotazione (POST), ${clients} client`, books),
    [database, 'di cui riuscite (201)', booked, `${seconds.toFixed(1)} s`, Math.round(booked / seconds), '', ''],
    [database, 'di cui già prese (409)', conflicts, '', '', '', ''],
    row('orari del giorno (GET)', reads),
    [database, `verifica: ${places} posti, ${perSlot.size} fasce, oltre capienza`, over, '', '', '', ok ? 'ok' : `ERRORE (${failures} errori)`],
  ]
  return { rows, ok }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [clients = 50, desks = 3] = process.argv.slice(2).map(Number)
  const database = assignedDatabase()
  if (database) {
    const db = await freshDatabase(database)
    try {
      const { rows, ok } = await measureBookings(db.payload, db.env, databaseLabels[database], clients, desks)
      reportRows(rows, ok)
    } finally {
      await db.cleanup()
    }
  } else {
    const { rows, ok } = await runPerDatabase('bench/bookings.ts', process.argv.slice(2))
    printTable(`Appuntamenti prenotati (${clients} client insieme sugli orari della stessa settimana, ${desks} posti per fascia, server su loopback)`, bookingHeaders, rows)
    if (!ok) {
      console.error('\nMisura incompleta o capienza superata: vedi gli errori sopra.')
      process.exit(1)
    }
  }
  process.exit(0)
}
