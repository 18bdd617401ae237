// STUB written by helper D so the back office compiles before helper A's core lands: on merge take A's file.
import type { Payload } from 'payload'

import type { Id, ReportChange } from './contract'

/** Tells every confirmed follower of the report about an office's change (A's: email + desk message); never throws. */
export async function notifyReportChange(_payload: Payload, _reportId: Id, _change: ReportChange): Promise<void> {}
