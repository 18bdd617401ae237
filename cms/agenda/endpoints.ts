import type { Endpoint } from 'payload'

import { bookingActionEndpoints } from './actions'
import { exportBookingsCsv } from './exportCsv'
import { agendaEndpoint, freeSlotsEndpoint, weekEndpoint } from './readEndpoints'

/**
 * The back office's endpoints on bookings (/api/bookings/...): the day's agenda, the free slots,
 * the week's counts, the CSV export and the named actions. Nobody writes a booking through REST.
 */
export const bookingEndpoints: Endpoint[] = [exportBookingsCsv, agendaEndpoint, freeSlotsEndpoint, weekEndpoint, ...bookingActionEndpoints]
