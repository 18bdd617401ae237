import { execFile } from 'node:child_process'
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const bin = (name: string) => path.join(process.env.SPORTELLO_TEST_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin', name)

/**
 * A PostgreSQL cluster of the test's own on `port` (the shared server must never stop), in a
 * temporary folder owned by the `postgres` OS user (initdb refuses root): `restart` is a fast
 * shutdown and start (every connection cut), `crash` a SIGKILL of the postmaster followed by a start
 * (crash recovery), `remove` stops it and deletes the folder. Its administrator URL has user postgres.
 */
export async function startOwnPostgres(port: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sportello-own-postgres-'))
  const data = path.join(dir, 'data')
  const asPostgres = process.getuid?.() === 0
  if (asPostgres) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: group } = await run('id', ['-g', 'postgres'])
    chownSync(dir, Number(stdout.trim()), Number(group.trim()))
  }
  const pg = (name: string, args: string[]) => (asPostgres ? run('runuser', ['-u', 'postgres', '--', bin(name), ...args]) : run(bin(name), args))
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'])
  const ctl = (...args: string[]) => pg('pg_ctl', ['-D', data, ...args])
  const start = () => ctl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', path.join(dir, 'log'), 'start', '-w')
  await start()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async () => {
      // Stop and start rather than `pg_ctl restart`, whose postmaster would keep our output pipe open.
      await ctl('stop', '-m', 'fast', '-w')
      await start()
    },
    crash: async () => {
      const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
      process.kill(pid, 'SIGKILL')
      // The postmaster is gone at once; its backends end when they notice. Start again once the port is free.
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(pid, 0)
        } catch {
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      rmSync(path.join(data, 'postmaster.pid'), { force: true })
      await start()
    },
    remove: async () => {
      await ctl('stop', '-m', 'immediate', '-w').catch(() => {})
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
