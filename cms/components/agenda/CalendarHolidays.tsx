import type { Payload } from 'payload'

import { nationalHolidaysToItalian, patronToItalian } from '../../agenda/calendarRules'
import { romeDayOf } from '../../agenda/days'

/**
 * Under a calendar's closures: what is already closed without listing it — the national public
 * holidays of this year and the next, and the patron saint's day from Impostazioni del sito.
 */
export async function CalendarHolidays({ payload }: { payload: Payload }) {
  const year = Number(romeDayOf(new Date()).slice(0, 4))
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0 }).catch(() => null)
  const patron = patronToItalian((settings as { patron?: Parameters<typeof patronToItalian>[0] } | null)?.patron)
  return (
    <section aria-labelledby="calendar-holidays-title" data-testid="calendar-holidays" style={{ margin: '1.5rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)' }}>
      <h3 id="calendar-holidays-title" style={{ marginTop: 0 }}>Già chiusi, senza inserirli</h3>
      <p>Nessun appuntamento si prenota la domenica, nelle festività nazionali e nella festa patronale{patron ? ` (${patron})` : ''}. Le chiusure qui sopra servono solo per gli altri giorni (ponti, inventari, lavori).</p>
      {[year, year + 1].map((y) => (
        <p key={y} style={{ marginBottom: 0 }}><strong>{y}:</strong> {nationalHolidaysToItalian(y).join(', ')}.</p>
      ))}
    </section>
  )
}
