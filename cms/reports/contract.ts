/**
 * The reports core's contract (Segnala un disservizio, Richiedi assistenza): what the public API, the
 * site's report pages, Open311, the back office and the notifications call. Every write goes through
 * these functions (cms/reports/), never through Payload's REST or a collection update.
 *
 * Coordinates are WGS84 decimal degrees. Instants are Dates. `code` is the report's public name
 * (e.g. "SEG-2026-000123"): URLs, Open311's service_request_id and emails use it, never the row id.
 */
import type { AssistanceStatus, AssistanceTopic, ModerationState, ReportCloseReason, ReportStatus } from './vocabulary'

export type Id = number | string

/** How the citizen placed the report. */
export type LocationSource = 'mappa' | 'indirizzo' | 'dispositivo' | 'foto'

/** A street of the Comune's street list (collection `streets`). */
export type Street = { name: string; area: string; latitude: number; longitude: number }

/** A category as citizens, the map and Open311 see it. */
export type ReportCategoryView = { id: Id; slug: string; name: string; description?: string | null; office: { id: Id; title: string }; targetDays: number }

/** One photo the citizen sends: the bytes as uploaded (JPEG, PNG, WebP or HEIC), at most 10 MB each, at most 3. */
export type PhotoUpload = { name: string; type: string; bytes: Uint8Array }

/** Who reports or follows: a logged-in citizen (name and email from SPID/CIE) or a person who gave name and email. */
export type Reporter = { kind: 'citizen'; citizenId: Id } | { kind: 'guest'; name: string; email: string }

export type NewReport = {
  categorySlug: string
  /** ≤ 120 characters. */
  title: string
  /** ≤ 2000 characters. */
  description: string
  /** Where: a point (map or device), or a street of the list (+ house number), or — when `usePhotoLocation` — the first photo's GPS. */
  place: { latitude?: number | null; longitude?: number | null; street?: string | null; houseNumber?: string | null; source: LocationSource }
  photos: PhotoUpload[]
  /** The citizen accepted that the GPS position inside a photo places the report (the GPS is never kept). */
  usePhotoLocation: boolean
  reporter: Reporter
  /** The client's idempotency key (a UUID in the form): the same key returns the same report. */
  requestKey: string
  channel: 'web' | 'open311'
}

/** What a report's public page, the map, the list and Open311 show: never the reporter, never internal notes. */
export type PublicReport = {
  code: string
  status: Exclude<ReportStatus, 'da-confermare'>
  closeReason?: ReportCloseReason | null
  category: { slug: string; name: string }
  office: { title: string; slug?: string | null }
  title: string
  /** The moderated text; null while moderation has not approved it (the page says "in verifica"). */
  text: string | null
  latitude: number
  longitude: number
  address?: string | null
  area?: string | null
  /** Approved photos only: the public URL of each (/api/segnalazioni/<code>/foto/<position>). */
  photos: { position: number; url: string; width: number; height: number }[]
  publicAnswer?: string | null
  /** Public trail: status changes and public answers, oldest first. */
  updates: { at: Date; status?: ReportStatus | null; text?: string | null }[]
  createdAt: Date
  updatedAt: Date
  targetDate?: Date | null
  mergedInto?: string | null
  followers: number
}

/** A marker on the public map / a row in the public list, as small as can be (10,000 of them in one response). */
export type ReportMarker = { code: string; latitude: number; longitude: number; category: string; status: ReportStatus; title: string; createdAt: Date }

/** Filters of the public map, list, exports and Open311 `requests`. */
export type ReportFilter = { categories?: string[]; statuses?: ReportStatus[]; area?: string; from?: Date; to?: Date; codes?: string[] }

/** Why something was refused: code → HTTP ('invalid' 400/422 with `field`, 'not-found' 404, 'conflict' 409, 'too-large' 413), Italian message. */
export type ReportRefusalCode = 'invalid' | 'not-found' | 'conflict' | 'too-large' | 'forbidden'

export type NewAssistanceRequest = {
  name: string
  email: string
  topic: AssistanceTopic
  /** ≤ 2000 characters. */
  message: string
  serviceSlug?: string | null
  citizenId?: Id | null
  requestKey: string
}

/** What the citizen (desk) and the URP read of an assistance request. */
export type AssistanceView = { code: string; status: AssistanceStatus; topic: AssistanceTopic; message: string; service?: { title: string; slug?: string | null } | null; reply?: string | null; repliedAt?: Date | null; createdAt: Date }

/** A change the office made, as the followers' notification tells it. */
export type ReportChange =
  | { kind: 'status'; status: ReportStatus; publicAnswer?: string | null; closeReason?: ReportCloseReason | null }
  | { kind: 'answer'; publicAnswer: string }
  | { kind: 'merged'; into: string }
  | { kind: 'reassigned'; office: string }

/** Moderation of a report: the public text (staff may remove personal data from it) and each photo. */
export type ModerationDecision = { text: ModerationState; publicText?: string | null; photos: { position: number; state: ModerationState }[] }
