import { ActionRefusedError } from '../../endpoints/namedAction'

/** A named action on an application refused, with the Italian message the clerk reads and the HTTP status. */
export class PracticeActionError extends ActionRefusedError {
  override name = 'PracticeActionError'
}
