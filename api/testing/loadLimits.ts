/**
 * The overload guard's event-loop bound for servers that tests and benchmarks load: they measure what the server does
 * with every request, and the guard (tested on its own in api/middleware/overload.int.test.ts) must not shed them
 * because a busy machine made its timers late (it did once in CI, the backup test's uploads refused with 503).
 * Spread first, so a caller may still set its own limit.
 */
export const unshedLoad = { SPORTELLO_MAX_EVENT_LOOP_DELAY_MS: '60000' } as const
