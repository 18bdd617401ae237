import escapeHtml from 'escape-html'

import type { MailMessage } from './mailer'

/** The message that confirms a new contact email: the change applies only once the link is opened. */
export function emailConfirmationMessage(to: string, givenName: string, confirmUrl: string): MailMessage {
  const text = [
    `Gentile ${givenName},`,
    '',
    'hai chiesto di usare questo indirizzo email per le comunicazioni del Comune di Brindisi.',
    'Per confermarlo apri questo collegamento entro 24 ore:',
    '',
    confirmUrl,
    '',
    'Se non sei stato tu, ignora questo messaggio: il tuo indirizzo non cambierà.',
    '',
    'Comune di Brindisi — Sportello telematico',
  ].join('\n')
  const html = `<p>Gentile ${escapeHtml(givenName)},</p>
<p>hai chiesto di usare questo indirizzo email per le comunicazioni del Comune di Brindisi.</p>
<p><a href="${escapeHtml(confirmUrl)}">Conferma l’indirizzo email</a> (il collegamento vale 24 ore).</p>
<p>Se non sei stato tu, ignora questo messaggio: il tuo indirizzo non cambierà.</p>
<p>Comune di Brindisi — Sportello telematico</p>`
  return { to, subject: 'Conferma il tuo indirizzo email — Comune di Brindisi', text, html }
}
