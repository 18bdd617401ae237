const running = new Map<string, Promise<unknown>>()

/**
 * Runs the actions on one application one after the other in this process: a double click reads
 * the application after the first click's change, not beside it. (SQLite gives Payload no
 * transactions; on PostgreSQL the status-guarded update in change.ts also holds across processes.)
 */
export function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const before = running.get(key) ?? Promise.resolve()
  const mine = before.catch(() => undefined).then(run)
  const settled = mine.catch(() => undefined)
  running.set(key, settled)
  void settled.then(() => {
    if (running.get(key) === settled) running.delete(key)
  })
  return mine
}
