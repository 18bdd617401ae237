/** At most this many rows per exported file: a bigger list is narrowed with filters first. */
export const exportRowLimit = 10_000

/** The limit as the admin states it beside the export. */
export const exportRowLimitText = `al massimo ${exportRowLimit.toLocaleString('it-IT')} righe`
