/**
 * The events a citizen hears about, as the desk's "Notifiche" lists them: for each one the citizen
 * chooses the channels (email, web push, App IO); the desk's "Messaggi" always keeps the record.
 */
export const notificationEvents = [
  { value: 'domanda-ricevuta', label: 'Domanda ricevuta' },
  { value: 'cambio-stato', label: 'Cambio di stato di una pratica e messaggi dell’ufficio' },
  { value: 'integrazioni-richieste', label: 'Richiesta di documenti o integrazioni' },
  { value: 'appuntamento-confermato', label: 'Appuntamento confermato' },
  { value: 'appuntamento-promemoria', label: 'Promemoria di un appuntamento' },
  { value: 'appuntamento-spostato', label: 'Appuntamento spostato o annullato' },
  { value: 'certificato-emesso', label: 'Certificato emesso o revocato' },
  { value: 'pagamento-dovuto', label: 'Pagamento da effettuare (avviso pagoPA)' },
  { value: 'pagamento-ricevuto', label: 'Pagamento ricevuto' },
  { value: 'segnalazione-risposta', label: 'Risposte a segnalazioni e richieste di assistenza' },
] as const

/** One of the events a citizen may choose channels for, e.g. 'pagamento-dovuto'. */
export type NotificationEvent = (typeof notificationEvents)[number]['value']

/** The channels a citizen may turn on or off; the desk's "Messaggi" is not one of them: it is always written. */
export const notificationChannels = [
  { value: 'email', label: 'Email' },
  { value: 'push', label: 'Notifica push sul dispositivo' },
  { value: 'io', label: 'App IO' },
] as const

/** A channel a citizen may choose, e.g. 'io'. */
export type ChosenChannel = (typeof notificationChannels)[number]['value']

/** For each event, the channels the citizen chose; an event left out takes the default. */
export type NotificationPreferences = Partial<Record<NotificationEvent, ChosenChannel[]>>

/**
 * Until the citizen chooses, every channel: email as always, push only reaches the browsers they
 * subscribed (that click is the opt-in), IO only if they enabled the Comune's service in the app.
 */
export const defaultChannels: readonly ChosenChannel[] = ['email', 'push', 'io']

/** The channels an event travels on for a citizen, given their stored preferences. */
export const channelsFor = (preferences: NotificationPreferences | null | undefined, event: NotificationEvent): readonly ChosenChannel[] =>
  preferences?.[event] ?? defaultChannels
