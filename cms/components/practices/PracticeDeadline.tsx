/** Placeholder: built in issue 12. */
export function PracticeDeadline() {
  return null
}
