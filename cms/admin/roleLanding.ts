import type { ClientUser, CollectionConfig, GlobalConfig, Plugin } from 'payload'

import { hasRole } from '../access/roles'

/**
 * The public content an operator may read but never write (canEditContent): the relationships of
 * their applications still read it, but it is no work of theirs, so it stays out of their navigation.
 */
export const contentCollections = ['services', 'news', 'events', 'pages', 'offices', 'places', 'documents', 'topics', 'media', 'feedback', 'redirects']
/** The site's home page and settings: the same, for globals. */
export const contentGlobals = ['homepage', 'settings']

/** True for a staff member who processes applications and writes no content. */
export const isOperatorOnly = (user: ClientUser | null | undefined): boolean =>
  hasRole(user as never, 'operator') && !hasRole(user as never, 'admin') && !hasRole(user as never, 'editor')

/**
 * Where each role lands in the admin: operators on their office's queue (above the dashboard) with
 * only the collections they work in (public content and the site's globals out of sight); editors on
 * their content; administrators see both.
 */
export const roleLanding: Plugin = (config) => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/components/practices/PracticeQueue#PracticeQueue'],
    },
  },
  collections: config.collections?.map((collection) => (contentCollections.includes(collection.slug) ? hiddenFromOperators(collection) : collection)),
  globals: config.globals?.map((global) => (contentGlobals.includes(global.slug) ? hiddenFromOperators(global) : global)),
})

/** A collection or global out of an operator's navigation, unless its own config already decides. */
function hiddenFromOperators<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  if (entity.admin?.hidden !== undefined) return entity
  return { ...entity, admin: { ...entity.admin, hidden: ({ user }: { user: ClientUser }) => isOperatorOnly(user) } }
}
