import { html } from 'hono/html'

import { htmlToString } from '../../htmlToString'
import type { NotificationData, Template } from '../notification'

/** The message that confirms a new contact email: the change applies only once the link is opened. */
export const emailConfirmation: Template<NotificationData['email-confirmation']> = {
  letter: ({ confirmUrl }, { recipient }) => ({
    subject: 'Conferma il tuo indirizzo email — Comune di Brindisi',
    text: [
      `Gentile ${recipient.givenName},`,
      '',
      'hai chiesto di usare questo indirizzo email per le comunicazioni del Comune di Brindisi.',
      'Per confermarlo apri questo collegamento entro 24 ore:',
      '',
      confirmUrl,
      '',
      'Se non sei stato tu, ignora questo messaggio: il tuo indirizzo non cambierà.',
      '',
      'Comune di Brindisi — Sportello telematico',
    ].join('\n'),
    html: htmlToString(html`<p>Gentile ${recipient.givenName},</p>
<p>hai chiesto di usare questo indirizzo email per le comunicazioni del Comune di Brindisi.</p>
<p><a href="${confirmUrl}">Conferma l’indirizzo email</a> (il collegamento vale 24 ore).</p>
<p>Se non sei stato tu, ignora questo messaggio: il tuo indirizzo non cambierà.</p>
<p>Comune di Brindisi — Sportello telematico</p>`),
  }),
}
