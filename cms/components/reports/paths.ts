/** The office's queue of reports, under the admin route (/admin). */
export const reportQueuePath = '/coda-segnalazioni'
