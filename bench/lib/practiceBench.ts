import type { ChildProcess } from 'node:child_process'

import type { Payload } from 'payload'

import { startDevMailServer } from '../../api/standins/mail/server'
import { upstreamSettings } from '../../api/static/nginxFront'
import { createPracticeFixtures, samplePdf } from '../../api/testing/practiceFixtures'
import { createApplicants, type Applicant } from './applicants'
import { startBehindNginx } from './nginx'
import { inPool } from './pool'
import { practiceClient } from './practiceClient'
import { startServer, stopServer } from './servers'

/** A draft filled in and with its PDF attached, ready to submit with its own Idempotency-Key. */
export type ReadyDraft = { applicant: Applicant; id: number; version: number; idempotencyKey: string }

/**
 * One database made ready for the application benchmarks: a service with the test form, N
 * logged-in applicants, a local SMTP sink for the confirmation emails, and how to start the
 * public server on it as a child process listening on loopback at `port`.
 */
export async function preparePracticeBench(payload: Payload, env: Record<string, string>, n: number, port: number) {
  const mail = await startDevMailServer({ port: 0 })
  const { service } = await createPracticeFixtures(payload, `bench-${Date.now()}`)
  const applicants = await createApplicants(payload, n)
  const origin = `http://127.0.0.1:${port}`
  const serverEnv = {
    ...env, PORT: String(port), SPORTELLO_PUBLIC_URL: origin, SPORTELLO_SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    SPORTELLO_SITE_DIR: env.SPORTELLO_DATA_DIR ?? '.',
  }
  return {
    serviceSlug: service.slug!,
    applicants,
    pdf: await samplePdf(),
    client: practiceClient(origin),
    /** Starts the public server (`killable`: one node process, so SIGKILL reaches it). */
    startPortal: (killable = false) => startServer(['api/server.ts'], serverEnv, `${origin}/api/health`, { killable }),
    /**
     * Starts the public server as `processes` processes: one on `port`, or several behind nginx on `port` with the
     * configuration `npm start` writes (api/static/nginxConfig.ts), each trusting nginx's forwarded address. Resolves to
     * what stops them all.
     */
    startPortals: async (processes: number): Promise<() => Promise<void>> => {
      const children: ChildProcess[] = processes === 1
        ? [await startServer(['api/server.ts'], serverEnv, `http://127.0.0.1:${port}/api/health`)]
        : await startBehindNginx(serverEnv.SPORTELLO_SITE_DIR, port, processes, serverEnv.SPORTELLO_SITE_DIR, (upstream) => ({
            args: ['api/server.ts'], env: { ...serverEnv, ...upstreamSettings(upstream), SPORTELLO_TRUSTED_PROXIES: '1' },
          }))
      return async () => void (await Promise.all(children.map((child) => stopServer(child))))
    },
    close: mail.close,
  }
}

/** What preparePracticeBench returns. */
export type PracticeBench = Awaited<ReturnType<typeof preparePracticeBench>>

/** Opens, fills in and attaches a PDF to one draft per applicant, `concurrency` applicants at a time. */
export async function readyDrafts(bench: PracticeBench, concurrency: number): Promise<ReadyDraft[]> {
  const drafts: ReadyDraft[] = new Array(bench.applicants.length)
  await inPool(bench.applicants, concurrency, async (applicant, i) => {
    const draft = await bench.client.startDraft(applicant, bench.serviceSlug)
    await bench.client.attachPdf(applicant, draft.id, bench.pdf)
    const saved = await bench.client.save(applicant, draft.id, draft.version)
    drafts[i] = { applicant, id: saved.id, version: saved.version, idempotencyKey: crypto.randomUUID() }
  })
  return drafts
}
