import type { Field, Payload, Plugin } from 'payload'

import { hasRole, isStaffUser } from '../access/roles'

const staffOnly = ({ req: { user } }: { req: { user?: unknown } }) => Boolean(user) && isStaffUser(user as never)

const sharing: Record<string, string> = { everyone: 'Tutto il personale', onlyMe: 'Solo io', specificUsers: 'Colleghi indicati' }
const verbs: Record<string, string> = { read: 'usare', update: 'modificare', delete: 'eliminare', create: 'creare' }
const labels: Record<string, string> = { title: 'Nome del filtro', isShared: 'Condiviso', access: 'Condivisione', where: 'Filtri', columns: 'Colonne', groupBy: 'Raggruppa per', users: 'Colleghi' }

/**
 * Payload builds the presets' collection itself, after plugins run, with English labels written
 * in its code (not translation keys): they are put in Italian once the config is complete.
 */
function fieldsToItalian(fields: Field[], operation?: string): void {
  for (const field of fields) {
    const name = 'name' in field ? field.name : undefined
    if (name && labels[name]) (field as { label?: unknown }).label = labels[name]
    if (field.type === 'collapsible') {
      const op = (field.fields[0] as { name?: string } | undefined)?.name ?? ''
      field.label = `Chi può ${verbs[op] ?? op}`
      fieldsToItalian(field.fields, op)
    } else if (field.type === 'group') {
      fieldsToItalian(field.fields, name && verbs[name] ? name : operation)
    } else if (field.type === 'select' && name === 'constraint') {
      field.label = `Chi può ${verbs[operation ?? ''] ?? ''} questo filtro`
      field.options = field.options.map((o) => (typeof o === 'object' && sharing[o.value] ? { ...o, label: sharing[o.value]! } : o))
    }
  }
}

/**
 * Saved filters ("I miei filtri") of the list of applications: Payload's query presets, for staff
 * only. A filter is its author's unless shared; Payload's document-level access then shows each
 * person only their own, those shared with them by name, and those shared with everyone, which
 * only an administrator may do (a filter reveals nothing: each reader still sees only their offices).
 */
export const savedFilters: Plugin = (config) => ({
  ...config,
  queryPresets: {
    labels: { singular: 'Filtro salvato', plural: 'Filtri salvati' },
    access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
    constraints: {},
    filterConstraints: ({ options, req }) => (hasRole(req.user, 'admin') ? options : options.filter((o) => (typeof o === 'string' ? o : o.value) !== 'everyone')),
  },
  onInit: async (payload: Payload) => {
    const presets = payload.config.collections.find((c) => c.slug === 'payload-query-presets')
    if (presets) fieldsToItalian(presets.fields)
    await config.onInit?.(payload)
  },
})
