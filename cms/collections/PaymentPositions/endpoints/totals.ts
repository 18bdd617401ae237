import type { Endpoint, Where } from 'payload'

/** GET /api/payment-positions/totali: count and amount per status of the positions the staff member may see. */
export const positionTotals: Endpoint = {
  path: '/totali',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Accesso riservato al personale.' }] }, { status: 401 })
    const where = (req.query?.where ?? {}) as Where
    const { docs } = await req.payload.find({ collection: 'payment-positions', where, overrideAccess: false, user: req.user, pagination: false, depth: 0, select: { status: true, amountCents: true } })
    const totals: Record<string, { count: number; amountCents: number }> = {}
    for (const p of docs) {
      const t = (totals[p.status] ??= { count: 0, amountCents: 0 })
      t.count += 1
      t.amountCents += p.amountCents
    }
    return Response.json({ totals }, { headers: { 'cache-control': 'private, no-store' } })
  },
}
