import { strings } from './strings'

/** The desk's sections; each has its own address (the first is the desk itself), so back, reload and links work. */
export const deskTabs = [
  { id: 'data', slug: '' },
  { id: 'practices', slug: 'pratiche' },
  { id: 'payments', slug: 'pagamenti' },
  { id: 'appointments', slug: 'appuntamenti' },
  { id: 'messages', slug: 'messaggi' },
  { id: 'notifications', slug: 'notifiche' },
  { id: 'documents', slug: 'documenti' },
  { id: 'reports', slug: 'segnalazioni' },
  { id: 'assistance', slug: 'assistenza' },
] as const satisfies { id: keyof typeof strings.tabs; slug: string }[]

export type DeskTabId = (typeof deskTabs)[number]['id']

/** The address of a section of the desk: `/area-personale/pagamenti/`, or `/area-personale/` for "I miei dati". */
export function deskTabPath(id: DeskTabId): string {
  const { slug } = deskTabs.find((tab) => tab.id === id)!
  return slug ? `/area-personale/${slug}/` : '/area-personale/'
}

/** The section an address of the desk shows, or undefined when the address is not one of them. */
export function deskTabAt(pathname: string): DeskTabId | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`
  return deskTabs.find((tab) => deskTabPath(tab.id) === path)?.id
}

/** The title of a section's page: the desk's own for "I miei dati", else "I miei pagamenti - Area personale". */
export const deskTabTitle = (id: DeskTabId, deskTitle: string): string => (id === 'data' ? deskTitle : `${strings.tabs[id]} - ${deskTitle}`)
