// Autosave of a draft practice: PUT {version, data, step, privacyAccepted} when asked, and every 10 s after a change.
// Saves run one after the other because each needs the version the previous one returned; a 409
// means another tab or device saved first, and then nothing more is saved from this page.
import { api, call, type ApiFailure, type ApiResult } from '../../../islands/kit/api'
import type { Answers, Practice } from '../../../islands/practice/types'

/** What a save sends besides the version: the answers, the step the citizen is on, whether they accepted the privacy notice. */
export type DraftState = { data: Answers; step: number; privacyAccepted: boolean }

/** What the page shows while the draft is saved. */
export type DraftEvents = {
  saving(): void
  saved(practice: Practice): void
  failed(result: ApiFailure, explicit: boolean): void
  conflict(): void
}

const AUTOSAVE_MS = 10_000

/** Keeps one draft in step with the server. */
export class DraftSaver {
  private dirty = false
  private stopped = false
  private queue: Promise<unknown> = Promise.resolve()
  private timer: ReturnType<typeof setInterval> | undefined

  constructor(private readonly id: number, public version: number, private readonly read: () => DraftState, private readonly events: DraftEvents) {}

  /** Starts the periodic save and the warning on leaving the page with unsaved changes. */
  start(): void {
    this.timer = setInterval(() => this.saveIfChanged(), AUTOSAVE_MS)
    addEventListener('beforeunload', (event) => {
      if (this.dirty && !this.stopped) event.preventDefault()
    })
  }

  /** Notes that an answer changed. */
  changed(): void {
    this.dirty = true
  }

  /** Saves only if something changed since the last save. */
  saveIfChanged(): void {
    if (this.dirty) void this.save(false)
  }

  /** Whether saving stopped (conflict or submission). */
  get isStopped(): boolean {
    return this.stopped
  }

  /** Saves now (explicit: the citizen asked, so failures are announced more loudly); resolves when done. */
  save(explicit: boolean): Promise<ApiResult<Practice> | null> {
    const run = this.queue.then(() => this.put(explicit))
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Stops saving: the practice was submitted or is stale. */
  stop(): void {
    this.stopped = true
    clearInterval(this.timer)
  }

  private async put(explicit: boolean): Promise<ApiResult<Practice> | null> {
    if (this.stopped) return null
    this.dirty = false
    this.events.saving()
    const result = await call(api.PUT('/api/me/pratiche/{id}', { params: { path: { id: this.id } }, body: { version: this.version, ...this.read() } }))
    if (result.ok) {
      this.version = result.body.version
      this.events.saved(result.body)
    } else if (result.status === 409) {
      this.stop()
      this.events.conflict()
    } else {
      this.dirty = true
      this.events.failed(result, explicit)
    }
    return result
  }
}
