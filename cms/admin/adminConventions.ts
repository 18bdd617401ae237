import type { Field, Plugin } from 'payload'

/** How the admin writes an instant: "2 dicembre 2026, 07:09" (date-fns pattern, Italian locale). */
export const italianDateTimeFormat = 'd MMMM yyyy, HH:mm'

type PickerAppearance = 'dayAndTime' | 'dayOnly' | 'default' | 'monthOnly' | 'timeOnly'

// One pattern per picker, so a date reads the same in a list cell, in the picker's box and in the
// document's header; the picker's time list is 24-hour. Payload's own defaults are American
// ("MM/dd/yyyy", "h:mm aa").
const formats: Record<PickerAppearance, { displayFormat: string; timeFormat?: string }> = {
  dayAndTime: { displayFormat: italianDateTimeFormat, timeFormat: 'HH:mm' },
  dayOnly: { displayFormat: 'd MMMM yyyy' },
  default: { displayFormat: 'd MMMM yyyy' },
  monthOnly: { displayFormat: 'MMMM yyyy' },
  timeOnly: { displayFormat: 'HH:mm', timeFormat: 'HH:mm' },
}

/**
 * A date field in Italian: a field that does not say otherwise is an instant (paid at, read at,
 * registered at), shown with its time; any field keeps what it sets itself.
 */
export function italianDateField<T extends Field>(field: T): T {
  if (field.type !== 'date') return field
  const date = field.admin?.date ?? {}
  const appearance: PickerAppearance = date.pickerAppearance ?? 'dayAndTime'
  return { ...field, admin: { ...field.admin, date: { ...formats[appearance], ...date, pickerAppearance: appearance } } }
}

/** Every field of a tree, nested ones included, passed through `change`. */
export function mapFields(fields: Field[], change: (field: Field) => Field): Field[] {
  return fields.map((field) => {
    const changed = change(field)
    if ('fields' in changed && Array.isArray(changed.fields)) return { ...changed, fields: mapFields(changed.fields, change) } as Field
    if (changed.type === 'tabs') return { ...changed, tabs: changed.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    if (changed.type === 'blocks') return { ...changed, blocks: changed.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })) }
    return changed
  })
}

/**
 * The back office's conventions on every collection and global: dates in Italian (24-hour) and no
 * "API" tab, which shows a document as raw JSON with internal keys — nothing a clerk reads.
 */
export const adminConventions: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    admin: { hideAPIURL: true, ...collection.admin },
    fields: mapFields(collection.fields, italianDateField),
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    admin: { hideAPIURL: true, ...global.admin },
    fields: mapFields(global.fields, italianDateField),
  })),
})
