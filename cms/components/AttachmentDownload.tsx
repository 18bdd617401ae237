type CellProps = { rowData?: { id?: number | string; filename?: string } }
type FieldProps = { data?: { id?: number | string; filename?: string }; id?: number | string }

const href = (id: number | string) => `/api/practice-attachments/${id}/file`

/** In the attachments list: a link that downloads the file (the server checks the office). */
export function AttachmentDownloadCell({ rowData }: CellProps) {
  if (!rowData?.id) return null
  return <a href={href(rowData.id)} download>Scarica<span className="sr-only"> {rowData.filename}</span></a>
}

/** On an attachment's page: the same download link. */
export function AttachmentDownloadField({ data, id }: FieldProps) {
  const docId = data?.id ?? id
  if (!docId) return null
  return <p><a className="btn btn--style-secondary" href={href(docId)} download>Scarica {data?.filename ?? 'il file'}</a></p>
}
