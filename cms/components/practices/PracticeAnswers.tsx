/** Placeholder: built in issue 12. */
export function PracticeAnswers() {
  return null
}
