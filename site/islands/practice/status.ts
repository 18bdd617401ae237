/** The badge colour of each practice status (the label itself comes from the API). */
const badges: Record<string, string> = {
  bozza: 'bg-secondary', presentata: 'bg-primary', 'in-lavorazione': 'bg-primary', 'in-attesa-cittadino': 'bg-warning',
  accolta: 'bg-success', respinta: 'bg-danger', chiusa: 'bg-secondary',
}

/** Turns `element` into the status badge of a practice. */
export function statusToBadge(element: HTMLElement, practice: { status: string; statusLabel: string }): void {
  element.className = `badge ${badges[practice.status] ?? 'bg-secondary'}`
  element.textContent = practice.statusLabel
}
