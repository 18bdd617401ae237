/** One sample of the server process and of the requests answered in the window that ends with it. */
export type SoakSample = {
  /** Seconds since the load started, at the end of the window. */
  at: number
  rssMb: number
  /** Anonymous resident memory (RssAnon): the JavaScript heap and malloc's arenas, without mapped code and files. */
  anonMb: number
  /** Open file descriptors less the incoming HTTP connections: files, database, SMTP and the listening socket. */
  fds: number
  /** Incoming HTTP connections (the load generator's keep-alive sockets): follows the load, not judged. */
  incoming: number
  /** The server's CPU time over the window, as a share of one core. */
  cpuPercent: number
  /** PostgreSQL: the server's connections (pg_stat_activity); SQLite: its open descriptors on the database files. */
  dbConnections: number
  requests: number
  p50Ms: number
  p99Ms: number
  /** 5xx answers and network errors (refused, reset, timed out). */
  errors: number
  /** 4xx answers the mix does not expect (a 409 on a taken slot is expected). */
  unexpected: number
  /** Requests the generator could not start on time because too many were still waiting for an answer. */
  skipped: number
}

/** The bounds of "flat", last third against first third (after warm-up). Why these: README, "Soak". */
export const flatBounds = { rssGrowth: 0.2, fdGrowth: 10, dbConnectionGrowth: 0 }

/** Runs shorter than this are too short to tell a leak from warm-up: their flatness is printed, not judged. */
export const judgedFromSeconds = 120

export type SoakCheck = { name: string; first: number; last: number; ok: boolean; bound: string }
export type SoakVerdict = { checks: SoakCheck[]; flat: boolean; judged: boolean; errors: number; unexpected: number; skipped: number; ok: boolean }

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)
const max = (values: number[]) => Math.max(0, ...values)

/**
 * Compares the last third of the samples with the first third, leaving out the warm-up (the first
 * tenth of the run, at least one sample): RSS may grow by less than 20% of its mean, file descriptors
 * by fewer than 10 on average, and database connections must never exceed the most seen in the first
 * third. Any error or unexpected 4xx makes the run fail, flat or not. Requests not sent on time (the server fell
 * behind, on a busy machine) are reported, not failed: the figures were then measured at a lower rate than asked.
 */
export function soakVerdict(samples: SoakSample[], totalSeconds: number): SoakVerdict {
  const warmUp = Math.max(1, Math.round(samples.length / 10))
  const steady = samples.slice(warmUp)
  const third = Math.max(1, Math.floor(steady.length / 3))
  const first = steady.slice(0, third)
  const last = steady.slice(-third)
  const of = (list: SoakSample[], key: keyof SoakSample) => list.map((s) => s[key])
  const rss = { first: mean(of(first, 'rssMb')), last: mean(of(last, 'rssMb')) }
  const fds = { first: mean(of(first, 'fds')), last: mean(of(last, 'fds')) }
  const db = { first: max(of(first, 'dbConnections')), last: max(of(last, 'dbConnections')) }
  const checks: SoakCheck[] = [
    { name: 'RSS (MB, media)', ...rss, ok: rss.last < rss.first * (1 + flatBounds.rssGrowth), bound: `< +${flatBounds.rssGrowth * 100}%` },
    { name: 'file aperti, senza le connessioni HTTP (media)', ...fds, ok: fds.last - fds.first < flatBounds.fdGrowth, bound: `< +${flatBounds.fdGrowth}` },
    { name: 'connessioni al database (massimo)', ...db, ok: db.last - db.first <= flatBounds.dbConnectionGrowth, bound: 'non di più' },
  ]
  const flat = steady.length >= 3 && checks.every((c) => c.ok)
  const judged = totalSeconds >= judgedFromSeconds
  const sum = (key: keyof SoakSample) => samples.reduce((a, s) => a + s[key], 0)
  const errors = sum('errors')
  const unexpected = sum('unexpected')
  const skipped = sum('skipped')
  return { checks, flat, judged, errors, unexpected, skipped, ok: (flat || !judged) && errors === 0 && unexpected === 0 }
}
