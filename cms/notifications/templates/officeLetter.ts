import type { InboxEntry, Letter, PracticeRef, RenderContext } from '../notification'
import { practiceToUrl } from './practiceLink'

/** The email of what an office did on an application: its desk message, framed by greeting, application and link. */
export function officeLetter({ subject, body }: InboxEntry, { practiceId, title }: PracticeRef, { recipient, publicUrl }: RenderContext): Letter {
  const link = practiceToUrl(practiceId, publicUrl)
  return { subject, text: `Gentile ${recipient.givenName} ${recipient.familyName},\n\n${body}\n\nPratica: ${title}\nPuoi vedere la pratica e rispondere nella tua area personale: ${link}\n\nComune di Brindisi` }
}
