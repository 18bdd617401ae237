/** Placeholder: built in issue 12. */
export function DueDateCell() {
  return null
}
