import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestPayload, type TestPayload } from '../testing/testPayload'

let harness: TestPayload
let payload: Payload
beforeAll(async () => {
  harness = await startTestPayload()
  payload = harness.payload
}, 120_000)
afterAll(async () => harness?.cleanup())

type Found = { where: string; field: Field }

/** Every field a clerk can see, with where it sits ("payment-events.changes"). */
function visibleFields(fields: Field[], where: string): Found[] {
  return fields.flatMap((field): Found[] => {
    const admin = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean }
    if (admin.hidden || admin.disabled || ('hidden' in field && field.hidden)) return []
    const here = 'name' in field ? `${where}.${field.name}` : where
    const own = [{ where: here, field }]
    if ('fields' in field && Array.isArray(field.fields)) return [...own, ...visibleFields(field.fields, here)]
    if (field.type === 'tabs') return [...own, ...field.tabs.flatMap((tab) => visibleFields(tab.fields, here))]
    if (field.type === 'blocks') return [...own, ...field.blocks.flatMap((block) => visibleFields(block.fields, `${here}.${block.slug}`))]
    return own
  })
}

function everyVisibleField(): Found[] {
  const collections = payload.config.collections.filter((c) => c.admin?.hidden !== true && !c.slug.startsWith('payload-'))
  return [...collections.map((c) => visibleFields(c.fields, c.slug)), ...payload.config.globals.map((g) => visibleFields(g.fields, g.slug))].flat()
}

describe('what the admin shows, collection by collection', () => {
  test('every date is written the Italian way, 24-hour when it has a time', () => {
    for (const { where, field } of everyVisibleField()) {
      if (field.type !== 'date') continue
      expect(field.admin?.date?.displayFormat ?? `${where}: nessun formato`).toMatch(/^(d MMMM yyyy(, HH:mm)?|MMMM yyyy|HH:mm)$/)
    }
  })

  test('every amount kept in cents is shown in euro in the list', () => {
    const amounts = everyVisibleField().filter(({ field }) => 'name' in field && /Cents$/.test(field.name))
    expect(amounts.length).toBeGreaterThanOrEqual(3)
    for (const { where, field } of amounts) {
      const components = field.admin?.components as { Cell?: unknown; Field?: unknown; afterInput?: unknown[] } | undefined
      expect(Boolean(components?.Cell || components?.Field || components?.afterInput?.length), where).toBe(true)
    }
  })

  test('every choice and every repeated row has an Italian name, not its key', () => {
    for (const { where, field } of everyVisibleField()) {
      if (field.type === 'select' || field.type === 'radio') {
        for (const option of field.options) expect(typeof option === 'object' && option.label !== option.value ? 'named' : option, where).toBe('named')
      }
      if (field.type === 'array') {
        const singular = String(field.labels?.singular ?? '')
        expect(singular.toLowerCase(), `${where}: «${singular}»`).not.toBe(field.name.replace(/s$/, '').toLowerCase())
      }
    }
  })

  test('no JSON or code editor is left visible: Monaco would be fetched from another host', () => {
    const editors = everyVisibleField().filter(({ field }) => (field.type === 'json' || field.type === 'code') && !field.admin?.components?.Field)
    expect(editors.map(({ where }) => where)).toEqual([])
  })
})
