import type { Endpoint } from 'payload'

import { refusal } from '../../endpoints/namedAction'
import { relationId } from '../../relationId'
import { PracticeActionError } from './actionError'
import { canBeAssigned } from './assign'
import { staffName } from './change'
import { practiceForStaff } from './practiceForStaff'

/**
 * GET /api/practices/:id/operatori: who the application can be assigned to (the operators of its
 * office and the admins), name and id only, for the "Assegna a…" list. Staff who may read the
 * application may ask; the users collection itself stays closed to operators.
 */
export const assignableOperatorsEndpoint: Endpoint = {
  path: '/:id/operatori',
  method: 'get',
  handler: async (req) => {
    try {
      const { practice } = await practiceForStaff(req, String(req.routeParams?.id ?? ''))
      const office = relationId(practice.office)
      const { docs } = await req.payload.find({
        collection: 'users', where: { or: [{ offices: { in: [office] } }, { roles: { in: ['admin'] } }] }, depth: 0, limit: 200, sort: 'name', overrideAccess: true, req,
      })
      const operators = docs.filter((u) => canBeAssigned(u, office)).map((u) => ({ id: u.id, name: staffName(u) }))
      return Response.json({ operators }, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      if (error instanceof PracticeActionError) return refusal(error.status, error.message)
      throw error
    }
  },
}
