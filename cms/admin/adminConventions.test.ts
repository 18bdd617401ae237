import type { Field } from 'payload'
import { describe, expect, test } from 'vitest'

import { adminConventions, italianDateField, mapFields } from './adminConventions'

const dateOf = (field: Field) => (field.type === 'date' ? field.admin?.date : undefined)

describe('the admin\'s conventions', () => {
  test('a date field that says nothing is an instant shown as "2 dicembre 2026, 07:09", with a 24-hour picker', () => {
    expect(dateOf(italianDateField({ name: 'paidAt', type: 'date' }))).toEqual({ pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm', timeFormat: 'HH:mm' })
  })

  test('a day-only date reads "2 dicembre 2026", and a field keeps what it sets itself', () => {
    expect(dateOf(italianDateField({ name: 'dueDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }))?.displayFormat).toBe('d MMMM yyyy')
    expect(dateOf(italianDateField({ name: 'x', type: 'date', admin: { date: { displayFormat: 'yyyy' } } }))?.displayFormat).toBe('yyyy')
  })

  test('dates inside groups, rows, tabs, arrays and blocks are reached too', () => {
    const nested: Field[] = [
      { type: 'tabs', tabs: [{ label: 'A', fields: [{ type: 'row', fields: [{ name: 'a', type: 'date' }] }] }] },
      { name: 'list', type: 'array', fields: [{ name: 'b', type: 'date' }] },
      { name: 'parts', type: 'blocks', blocks: [{ slug: 'p', fields: [{ name: 'c', type: 'group', fields: [{ name: 'd', type: 'date' }] }] }] },
    ]
    const found: string[] = []
    mapFields(mapFields(nested, italianDateField), (field) => {
      if (field.type === 'date') found.push(`${field.name}:${field.admin?.date?.displayFormat}`)
      return field
    })
    expect(found).toEqual(['a:d MMMM yyyy, HH:mm', 'b:d MMMM yyyy, HH:mm', 'd:d MMMM yyyy, HH:mm'])
  })

  test('no collection or global shows the raw "API" tab unless it asks for it', async () => {
    const config = await adminConventions({ collections: [{ slug: 'news', fields: [] }], globals: [{ slug: 'settings', fields: [] }] } as never)
    expect(config.collections?.[0]?.admin?.hideAPIURL).toBe(true)
    expect(config.globals?.[0]?.admin?.hideAPIURL).toBe(true)
  })
})
