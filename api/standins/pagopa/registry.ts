// The stand-in's memory: debt positions as GPD keeps them, checkout carts and sent receipts.
import { randomUUID } from 'node:crypto'

/** A payment option of a GPD debt position (amount in euro cents, as GPD uses). */
export type StandInPaymentOption = {
  iuv: string; amount: number; dueDate: string; description: string
  transfer?: { idTransfer: string; amount: number; remittanceInformation: string; stamp?: { hashDocument: string; stampType: string; provincialResidence: string } }[]
}

/** A debt position as registered through the GPD interface. */
export type StandInPosition = {
  organizationFiscalCode: string
  iupd: string
  companyName: string
  debtorFiscalCode: string
  debtorName: string
  option: StandInPaymentOption
  status: 'DRAFT' | 'VALID' | 'PAID' | 'INVALID'
}

/** A checkout cart: one notice and where to send the citizen back. */
export type StandInCart = {
  id: string
  noticeNumber: string
  organizationFiscalCode: string
  returnUrls: { returnOkUrl: string; returnCancelUrl: string; returnErrorUrl: string }
  done: boolean
}

/** In-memory registry: the stand-in is for development and tests, never for real money. */
export class StandInRegistry {
  readonly positions = new Map<string, StandInPosition>()
  readonly carts = new Map<string, StandInCart>()
  readonly receipts = new Map<string, unknown>()

  /** Notice numbers are "3" + IUV for our creditors (aux digit 3). */
  static key = (organizationFiscalCode: string, noticeNumber: string) => `${organizationFiscalCode}|${noticeNumber}`

  byIupd(organizationFiscalCode: string, iupd: string): StandInPosition | undefined {
    return [...this.positions.values()].find((p) => p.organizationFiscalCode === organizationFiscalCode && p.iupd === iupd)
  }

  byNotice(organizationFiscalCode: string, noticeNumber: string): StandInPosition | undefined {
    return this.positions.get(StandInRegistry.key(organizationFiscalCode, noticeNumber))
  }

  addCart(cart: Omit<StandInCart, 'id' | 'done'>): StandInCart {
    const saved = { ...cart, id: randomUUID(), done: false }
    this.carts.set(saved.id, saved)
    return saved
  }
}
