/** Placeholder: built in issue 12. */
export function PracticeHistory() {
  return null
}
