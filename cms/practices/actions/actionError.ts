/** A named action on an application refused, with the Italian message the clerk reads and the HTTP status. */
export class PracticeActionError extends Error {
  override name = 'PracticeActionError'
  constructor(message: string, readonly status: 400 | 401 | 403 | 404 | 409 = 400) {
    super(message)
  }
}
