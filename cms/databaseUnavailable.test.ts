import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from './databaseUnavailable'

describe('isDatabaseUnavailable', () => {
  it('recognises the driver’s and the server’s errors, also wrapped', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(isDatabaseUnavailable(new Error('query failed', { cause: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) }))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
  })

  it('recognises a statement or a transaction PostgreSQL ended for running or idling past its limit', () => {
    expect(isDatabaseUnavailable(new Error('Failed query: select', { cause: Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }) }))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to idle-in-transaction timeout'), { code: '25P03' }))).toBe(true)
  })

  it('recognises a transaction Payload could not open, whose error keeps only the driver’s message', () => {
    for (const inner of ['connect ECONNREFUSED 127.0.0.1:43175', 'read ECONNRESET', 'Connection terminated unexpectedly', 'the database system is starting up', 'the database system is in recovery mode', 'Failed query: begin\nparams: ']) {
      expect(isDatabaseUnavailable(new Error(`Error: cannot begin transaction: ${inner}`)), inner).toBe(true)
    }
  })

  it('leaves other errors alone: a wrong query is not an outage', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false)
    expect(isDatabaseUnavailable(new Error('Error: cannot begin transaction: relation "x" does not exist'))).toBe(false)
    expect(isDatabaseUnavailable(new Error('read ECONNRESET'))).toBe(false)
  })
})
