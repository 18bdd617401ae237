import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { roleLanding } from './roleLanding'

const collection = (slug: string, admin: CollectionConfig['admin'] = {}): CollectionConfig => ({ slug, admin, fields: [] })
const landed = roleLanding({ collections: [collection('news'), collection('services'), collection('practices'), collection('payment-positions'), collection('citizen-sessions', { hidden: true })], globals: [{ slug: 'homepage', fields: [] }] } as unknown as Config) as Config
const hiddenFor = (roles: string[]) =>
  (landed.collections ?? []).filter((c) => {
    const hidden = c.admin?.hidden
    return typeof hidden === 'function' ? hidden({ user: { roles, collection: 'users' } as never }) : Boolean(hidden)
  }).map((c) => c.slug)

describe('where each role lands', () => {
  it('keeps public content out of an operator’s navigation, and their applications and payments in it', () => {
    expect(hiddenFor(['operator'])).toEqual(['news', 'services', 'citizen-sessions'])
  })

  it('keeps the site’s home page out of an operator’s navigation too', () => {
    const hidden = landed.globals?.[0]?.admin?.hidden
    expect(typeof hidden === 'function' && hidden({ user: { roles: ['operator'], collection: 'users' } as never })).toBe(true)
    expect(typeof hidden === 'function' && hidden({ user: { roles: ['editor'], collection: 'users' } as never })).toBe(false)
  })

  it('leaves editors and administrators every collection they had', () => {
    expect(hiddenFor(['editor'])).toEqual(['citizen-sessions'])
    expect(hiddenFor(['admin', 'operator'])).toEqual(['citizen-sessions'])
    expect(hiddenFor(['operator', 'editor'])).toEqual(['citizen-sessions'])
  })

  it('puts the office’s queue above the dashboard', () => {
    expect(landed.admin?.components?.beforeDashboard).toEqual(['/components/practices/PracticeQueue#PracticeQueue'])
  })
})
