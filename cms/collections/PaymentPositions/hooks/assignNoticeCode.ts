import type { CollectionBeforeValidateHook } from 'payload'

import { creditorFromEnv } from '../../../payments/creditor'
import { iuvFromBase, iuvToNoticeCode, newIuvBase } from '../../../payments/noticeCode'

/** A new position gets its IUV and notice number here, whoever creates it; they never change after. */
export const assignNoticeCode: CollectionBeforeValidateHook = ({ data, operation, originalDoc }) => {
  if (!data) return data
  if (operation === 'update') {
    return { ...data, iuv: originalDoc?.iuv, noticeCode: originalDoc?.noticeCode, creditorFiscalCode: originalDoc?.creditorFiscalCode }
  }
  const creditor = creditorFromEnv()
  const iuv = iuvFromBase(creditor.segregationCode, newIuvBase())
  return { ...data, iuv, noticeCode: iuvToNoticeCode(iuv), creditorFiscalCode: creditor.fiscalCode }
}
