/**
 * Errors that say the database cannot be reached right now (PostgreSQL restarting, down, or a
 * connection cut), as opposed to a wrong query: a request that meets one may be sent again later.
 * SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, crash,
 * starting up), a statement ended by statement_timeout (57014) or a transaction by
 * idle_in_transaction_session_timeout (25P03) (cms/database.ts: the database overloaded or a lock
 * held too long), and the socket errors of the driver.
 */
const unavailableCodes = /^(08\d{3}|57P0[1-4]|57014|25P03|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND|EAI_AGAIN)$/
const unavailableMessages = /^(Connection terminated( unexpectedly| due to connection timeout)?|Client has encountered a connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable)$/
/**
 * Payload's drizzle adapter throws a failure to open a transaction again as a new Error that keeps
 * only the driver's message (no code, no cause): "Error: cannot begin transaction: connect
 * ECONNREFUSED 127.0.0.1:5432". What follows the prefix is read as the driver's or the server's words;
 * drizzle's own "Failed query: begin" (its cause dropped) too, since a bare BEGIN fails only when the
 * connection does (a pooled connection the server ended while idle).
 */
const beginFailure = /^Error: cannot begin transaction: (.*)$/s
const driverWords = /^(Failed query: begin\b|(connect|read|write|getaddrinfo) (ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND|EAI_AGAIN)\b|the database system is (shutting down|starting up|in recovery mode|not yet accepting connections)|terminating connection due to (administrator command|unexpected postmaster exit|crash of another server process))/

const unavailableMessage = (message: string) => {
  const inner = beginFailure.exec(message)?.[1]
  return unavailableMessages.test(message) || (inner !== undefined && (unavailableMessages.test(inner) || driverWords.test(inner)))
}

/** Whether `error`, or an error it wraps (drizzle and Payload wrap the driver's), says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && unavailableCodes.test(code)) return true
    if (typeof message === 'string' && unavailableMessage(message)) return true
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true
  }
  return false
}
