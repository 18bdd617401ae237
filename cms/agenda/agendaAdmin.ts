import type { Plugin } from 'payload'

import { agendaPath } from '../components/agenda/paths'

/**
 * The appointments' back office in the admin: the day's agenda as its own view (/admin/agenda),
 * its link in the navigation's "Appuntamenti" group, and today's appointments on the operator's
 * home, above the queue of applications.
 */
export const agendaAdmin: Plugin = (config) => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/components/agenda/AgendaNavLink#AgendaNavLink'],
      beforeDashboard: ['/components/agenda/AgendaLinks#AgendaLanding', ...(config.admin?.components?.beforeDashboard ?? [])],
      views: {
        ...config.admin?.components?.views,
        agenda: { Component: '/components/agenda/AgendaView#AgendaView', path: agendaPath, exact: true, meta: { title: 'Agenda del giorno' } },
      },
    },
  },
})
