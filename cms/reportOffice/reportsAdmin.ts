import type { Plugin } from 'payload'

import { reportQueuePath } from '../components/reports/paths'

/** The reports' back office in the admin: the triage queue as its own view (/admin/coda-segnalazioni) and its link in the navigation. */
export const reportsAdmin: Plugin = (config) => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/components/reports/ReportQueueLink#ReportQueueLink'],
      views: {
        ...config.admin?.components?.views,
        reportQueue: { Component: '/components/reports/ReportQueueView#ReportQueueView', path: reportQueuePath, exact: true, meta: { title: 'Coda delle segnalazioni' } },
      },
    },
  },
})
