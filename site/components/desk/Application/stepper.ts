// The application's steps as bootstrap-italia "steppers": the header lists every step (done, current,
// to do), one panel is shown at a time, "Indietro"/"Avanti" move between them and a progress bar and
// "Passo n di N" say where the citizen is. Moving on runs the step's check first.
import { fill } from '../../../islands/kit/format'
import { strings } from './strings'

/** One step: its title in the header and the panel that holds its content. */
export type Step = { title: string; panel: HTMLElement }

/** The elements of the steppers markup in the page. */
export type StepperParts = { header: HTMLElement; position: HTMLElement; bar: HTMLElement; back: HTMLButtonElement; next: HTMLButtonElement }

/** Shows one step at a time; `canLeave` vets "Avanti", `changed` hears every move (to autosave). */
export class Stepper {
  current = 0

  constructor(
    readonly steps: Step[], private readonly parts: StepperParts,
    private readonly hooks: { canLeave(index: number): boolean; changed(from: number, to: number): void },
  ) {
    parts.back.addEventListener('click', () => this.show(this.current - 1))
    parts.next.addEventListener('click', () => {
      if (this.hooks.canLeave(this.current)) this.show(this.current + 1)
    })
  }

  /** Shows step `index` (clamped) and moves focus to its heading unless told otherwise. */
  show(index: number, focus = true): void {
    const to = Math.max(0, Math.min(index, this.steps.length - 1))
    const from = this.current
    this.current = to
    this.steps.forEach((step, i) => (step.panel.hidden = i !== to))
    this.renderHeader()
    const position = fill(strings.stepOf, { n: to + 1, total: this.steps.length })
    this.parts.position.textContent = `${position}: ${this.steps[to]!.title}`
    const percent = Math.round(((to + 1) / this.steps.length) * 100)
    this.parts.bar.style.width = `${percent}%`
    this.parts.bar.setAttribute('aria-valuenow', String(percent))
    this.parts.bar.setAttribute('aria-label', position)
    this.parts.back.classList.toggle('invisible', to === 0)
    this.parts.next.hidden = to === this.steps.length - 1
    if (focus) this.steps[to]!.panel.querySelector<HTMLElement>('h3')?.focus()
    if (from !== to) this.hooks.changed(from, to)
  }

  /** The step whose panel holds the element with this id (to reveal a field an error points to). */
  stepOf(elementId: string): number {
    return this.steps.findIndex((step) => step.panel.querySelector(`[id="${elementId}"]`))
  }

  private renderHeader(): void {
    this.parts.header.replaceChildren(...this.steps.map((step, i) => {
      const item = document.createElement('li')
      const number = document.createElement('span')
      number.className = 'steppers-number'
      number.textContent = String(i + 1)
      const state = document.createElement('span')
      state.className = 'visually-hidden'
      item.append(number, step.title, ' ', state)
      if (i < this.current) {
        item.className = 'confirmed'
        state.textContent = strings.stepDone
      } else if (i === this.current) {
        item.className = 'active'
        item.setAttribute('aria-current', 'step')
        state.textContent = strings.stepCurrent
      }
      return item
    }))
  }
}
