import type { Payload, PayloadRequest } from 'payload'

import { dateTimeToItalian } from '../../format/italian'
import { AttachmentFile } from './AttachmentFile'
import { practiceOnPage } from './practiceOnPage'
import { styles } from './readingStyles'

type Props = { payload: Payload; req?: PayloadRequest; id?: number | string; data?: { id?: number | string } }

/**
 * "Dati della domanda" on an application's page: what the citizen declared, read through the form
 * as submitted — the receipt's data, the answers by step as labelled questions, the attachments
 * under their slots' labels with fingerprint, download and preview. Read again here with the
 * signed-in user's rights, so the page never shows what they may not read.
 */
export async function PracticeAnswers({ payload, req, id, data }: Props) {
  const docId = id ?? data?.id
  if (!req?.user || !docId) return null
  const reading = await practiceOnPage(payload, req.user, String(docId))
  if (!reading) return <p role="alert">Non puoi leggere questa domanda.</p>
  const { practice, service, office, application } = reading
  return (
    <div style={styles.root} data-practice-answers>
      <div style={styles.toolbar}>
        <a href={`/api/practices/${practice.id}/fascicolo.pdf`} download style={styles.button}>Scarica il fascicolo (PDF)</a>
      </div>
      <section aria-labelledby="practice-receipt-title" style={styles.card}>
        <h2 id="practice-receipt-title" style={styles.h2}>Domanda</h2>
        <dl style={styles.list}>
          <dt style={styles.term}>Numero di protocollo</dt><dd style={styles.value}>{practice.protocolNumber ?? 'Non ancora protocollata'}</dd>
          <dt style={styles.term}>Presentata il</dt><dd style={styles.value}>{practice.submittedAt ? dateTimeToItalian(practice.submittedAt) : 'Non ancora presentata'}</dd>
          <dt style={styles.term}>Richiedente</dt><dd style={styles.value}>{practice.applicantName} — {practice.applicantFiscalCode}</dd>
          <dt style={styles.term}>Servizio</dt><dd style={styles.value}>{service?.title ?? practice.title}</dd>
          <dt style={styles.term}>Ufficio responsabile</dt><dd style={styles.value}>{office?.title ?? 'Non indicato'}</dd>
        </dl>
      </section>
      <h2 style={styles.h2}>Dati della domanda</h2>
      {!application && <p role="status">Il modulo con cui è stata presentata la domanda non è più disponibile: i dati non si possono mostrare per domanda.</p>}
      {application?.sections.map((section, index) => (
        <section key={section.title} aria-labelledby={`practice-step-${index}`} style={styles.card}>
          <h3 id={`practice-step-${index}`} style={styles.h3}>{section.title}</h3>
          <dl style={styles.list}>
            {section.answers.map((answer) => [
              <dt key={`${answer.name}-label`} style={styles.term}>{answer.label}{answer.help && <small style={styles.help}>{answer.help}</small>}</dt>,
              <dd key={`${answer.name}-value`} style={styles.value} data-answer={answer.name}>{answer.value}</dd>,
            ])}
          </dl>
        </section>
      ))}
      <section aria-labelledby="practice-attachments-title">
        <h2 id="practice-attachments-title" style={styles.h2}>Allegati</h2>
        {!application?.attachments.length && <p>Nessun allegato.</p>}
        {application?.attachments.map((group, index) => (
          <section key={group.slot} aria-labelledby={`practice-slot-${index}`} style={{ ...styles.card, marginBottom: 'var(--base)' }}>
            <h3 id={`practice-slot-${index}`} style={styles.h3}>{group.label}</h3>
            <ul style={styles.files}>{group.files.map((file) => <AttachmentFile key={file.id} file={file} />)}</ul>
          </section>
        ))}
      </section>
    </div>
  )
}
