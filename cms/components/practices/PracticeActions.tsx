'use client'
/** Placeholder: built in issue 12. */
export function PracticeActions() {
  return null
}
