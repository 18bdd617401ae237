/**
 * The PostgreSQL server the tests, `npm test`, new migrations and the benchmarks use: an
 * administrator URL on which they create and drop databases of their own. Read straight from the
 * environment, as a test harness must: it is chosen before any settings exist and is not a setting
 * of the portal.
 */
export function testPostgresUrl(): string {
  return process.env.SPORTELLO_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
}
