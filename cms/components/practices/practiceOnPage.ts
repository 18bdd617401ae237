import type { Payload, TypedUser } from 'payload'
import { cache } from 'react'

import { readPracticeAs } from '../../practices/readPractice'

/**
 * The application as the page's reader may read it (readPracticeAs), read once per page render:
 * the answers, the history and the sidebar's term all show the same reading, fresh after an action.
 */
export const practiceOnPage = cache((payload: Payload, user: TypedUser, id: string) => readPracticeAs(payload, user, id))
