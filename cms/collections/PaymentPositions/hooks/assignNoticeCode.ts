import type { CollectionBeforeValidateHook } from 'payload'

import { iuvFromBase, iuvToNoticeCode, newIuvBase } from '../../../payments/noticeCode'
import { settingsOf } from '../../../settings/cmsSettings'

/** A new position gets its IUV and notice number here, whoever creates it; they never change after. */
export const assignNoticeCode: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  if (operation === 'update') {
    return { ...data, iuv: originalDoc?.iuv, noticeCode: originalDoc?.noticeCode, creditorFiscalCode: originalDoc?.creditorFiscalCode }
  }
  const { creditor } = settingsOf(req.payload)
  const iuv = iuvFromBase(creditor.segregationCode, newIuvBase())
  return { ...data, iuv, noticeCode: iuvToNoticeCode(iuv), creditorFiscalCode: creditor.fiscalCode }
}
