/** Runs tasks one after another in order of arrival; each caller still gets its own task's result or error. */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task)
    // The chain only orders the tasks: a failure belongs to its own caller, not to the next task.
    tail = run.then(() => undefined, () => undefined)
    return run
  }
}

/** One serial queue per key (say, per application), forgotten once it has nothing left to run. */
export function keyedSerialQueue() {
  const queues = new Map<string, { run: ReturnType<typeof serialQueue>; pending: number }>()
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    let queue = queues.get(key)
    if (!queue) queues.set(key, (queue = { run: serialQueue(), pending: 0 }))
    const mine = queue
    mine.pending++
    return mine.run(task).finally(() => {
      if (--mine.pending === 0) queues.delete(key)
    })
  }
}
