import { centsToEuro, dateToItalian } from '../../format/italian'
import type { InboxEntry, Letter, NotificationData, RenderContext, Template } from '../notification'

type Data<K extends keyof NotificationData> = NotificationData[K]
/** A template that also has its entry in the desk's "Messaggi". */
type InboxTemplate<D> = Template<D> & { inbox: (data: D) => InboxEntry }

/** The page of the desk a certificate's or a payment's letter links to. */
export const deskPageOf = (section: 'certificati' | 'pagamenti', publicUrl: URL): URL => new URL(`/area-personale/${section}/`, publicUrl)

const lower = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`

/** The letter of a desk entry: greeting, the entry, the desk page that has the rest. */
const deskLetter = ({ subject, body }: InboxEntry, linkLabel: string, link: URL, { recipient }: RenderContext): Letter => ({
  subject,
  text: `Gentile ${recipient.givenName} ${recipient.familyName},\n\n${body}\n\n${linkLabel}: ${link}\n\nComune di Brindisi`,
})

/** A certificate was issued: which, and that it waits in the desk. */
export const certificateIssued: InboxTemplate<Data<'certificate-issued'>> = {
  inbox: ({ code, typeLabel }) => ({
    subject: `Certificato ${code} emesso`,
    body: `Il tuo ${lower(typeLabel)} è stato emesso con codice ${code}. Puoi scaricarlo dalla tua area personale; chiunque lo riceva può verificarlo con il codice.`,
  }),
  letter: (data, context) => deskLetter(certificateIssued.inbox(data), 'I tuoi certificati', deskPageOf('certificati', context.publicUrl), context),
}

/** A pagoPA position to pay: what for, how much, the notice number, the due date. */
export const paymentDue: InboxTemplate<Data<'payment-due'>> = {
  inbox: ({ description, amountCents, noticeNumber, dueDate }) => ({
    subject: `Pagamento da effettuare: ${description}`,
    body: `Il Comune di Brindisi ti chiede il pagamento di ${centsToEuro(amountCents)} per «${description}»${dueDate ? ` entro il ${dateToItalian(dueDate)}` : ''}. Codice avviso pagoPA: ${noticeNumber}. Puoi pagare dalla tua area personale, dall’app IO o presso qualsiasi prestatore aderente a pagoPA.`,
  }),
  letter: (data, context) => deskLetter(paymentDue.inbox(data), 'Paga dalla tua area personale', deskPageOf('pagamenti', context.publicUrl), context),
}

/** pagoPA confirmed a payment: the receipt is in the desk. */
export const paymentReceived: InboxTemplate<Data<'payment-received'>> = {
  inbox: ({ description, amountCents, noticeNumber, paidAt }) => ({
    subject: `Pagamento ricevuto: ${description}`,
    body: `Abbiamo ricevuto il tuo pagamento di ${centsToEuro(amountCents)} per «${description}» del ${dateToItalian(paidAt)} (codice avviso ${noticeNumber}). La ricevuta è nella tua area personale.`,
  }),
  letter: (data, context) => deskLetter(paymentReceived.inbox(data), 'Le tue ricevute', deskPageOf('pagamenti', context.publicUrl), context),
}
