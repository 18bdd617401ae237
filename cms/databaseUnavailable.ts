/**
 * Errors that say the database cannot be reached right now (PostgreSQL restarting, down, or a
 * connection cut), as opposed to a wrong query: a request that meets one may be sent again later.
 * SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, crash,
 * starting up), and the socket errors of the driver.
 */
const unavailableCodes = /^(08\d{3}|57P0[1-4]|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND|EAI_AGAIN)$/
const unavailableMessages = /^(Connection terminated( unexpectedly| due to connection timeout)?|Client has encountered a connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable)$/

/** Whether `error`, or an error it wraps (drizzle and Payload wrap the driver's), says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && unavailableCodes.test(code)) return true
    if (typeof message === 'string' && unavailableMessages.test(message)) return true
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true
  }
  return false
}
