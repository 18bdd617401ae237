import type { ReadableFile } from '../../practices/answers'
import { styles } from './readingStyles'

const fileUrl = (id: number | string) => `/api/practice-attachments/${id}/file`

/**
 * One attached file as the clerk checks it: name, size, where it came from, its SHA-256 (to
 * compare with the citizen's receipt), a download link and, for images and PDFs, a preview
 * served by the same access-checked endpoint.
 */
export function AttachmentFile({ file }: { file: ReadableFile }) {
  const preview = `${fileUrl(file.id)}?inline=1`
  return (
    <li style={styles.file}>
      <strong>{file.filename}</strong>
      <p style={styles.meta}>{file.size} · {file.source}</p>
      <p style={styles.meta}>SHA-256: <span style={styles.hash} data-sha256={file.sha256}>{file.sha256}</span></p>
      <a href={fileUrl(file.id)} download>Scarica<span className="sr-only"> {file.filename}</span></a>
      {file.mime.startsWith('image/') && <img src={preview} alt={`Anteprima di ${file.filename}`} loading="lazy" style={styles.image} />}
      {file.mime === 'application/pdf' && <iframe src={preview} title={`Anteprima di ${file.filename}`} loading="lazy" style={styles.frame} />}
    </li>
  )
}
