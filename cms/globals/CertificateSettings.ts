import type { Access, Field, GlobalConfig } from 'payload'

import { isAdminField } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { userToOfficeIds } from '../access/officeScoped'
import { hasRole } from '../access/roles'
import { relationId } from '../relationId'

/**
 * Who keeps the settings: admins, and the operators of the office that issues the certificates (they
 * maintain the amounts and the list of exempt uses); which office that is, only admins decide.
 */
const adminOrCertificateOffice: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'operator')) return false
  const settings = await req.payload.findGlobal({ slug: 'certificate-settings', depth: 0, overrideAccess: true, req })
  const office = relationId(settings.office as number | { id: number } | null | undefined)
  return office !== null && userToOfficeIds(req.user).map(String).includes(String(office))
}

/** An amount in cents set by staff, shown back in euro under the input. */
const euroCents = (name: string, label: string, description: string, defaultValue: number): Field => ({
  name, label, type: 'number', required: true, min: 0, max: 100_000, defaultValue,
  admin: { description, step: 1, components: { afterInput: ['/components/money/EuroAmount#EuroPreview'] } },
})

/**
 * "Certificati anagrafici": what the office decides, never the code — the issuing office, the marca da
 * bollo and the diritti di segreteria, and the list of uses exempt from bollo with their legal reference.
 */
export const CertificateSettings: GlobalConfig = {
  slug: 'certificate-settings',
  label: 'Certificati anagrafici',
  admin: {
    group: 'Certificati',
    description: 'Importi e usi esenti dei certificati anagrafici online. Li aggiornano gli amministratori e gli operatori dell’ufficio che rilascia i certificati; valgono dalle richieste successive al salvataggio.',
  },
  access: { read: isStaff, update: adminOrCertificateOffice },
  fields: [
    {
      name: 'office', label: 'Ufficio che rilascia i certificati', type: 'relationship', relationTo: 'offices', required: true, access: { update: isAdminField },
      admin: { description: 'Lo decide un amministratore. I suoi operatori vedono i certificati, li revocano e aggiornano queste impostazioni.' },
    },
    euroCents('bolloCents', 'Marca da bollo digitale (centesimi)', 'Importo dell’imposta di bollo, per esempio 1600 per 16,00 €.', 1600),
    euroCents('dirittiBolloCents', 'Diritti di segreteria con bollo (centesimi)', 'Per esempio 52 per 0,52 €.', 52),
    euroCents('dirittiEsenteCents', 'Diritti di segreteria in esenzione (centesimi)', '0 se non dovuti (di norma online); se maggiori di zero anche il certificato esente si paga con pagoPA prima dell’emissione.', 0),
    {
      name: 'exemptions', label: 'Usi esenti dall’imposta di bollo', type: 'array', labels: { singular: 'Esenzione', plural: 'Esenzioni' },
      admin: { description: 'Il cittadino sceglie l’uso da questo elenco; un’esenzione disattivata non è più proposta.' },
      fields: [
        { name: 'label', label: 'Uso', type: 'text', required: true, maxLength: 200 },
        { name: 'legalReference', label: 'Riferimento normativo', type: 'text', required: true, maxLength: 200 },
        { name: 'active', label: 'Attiva', type: 'checkbox', defaultValue: true },
      ],
    },
  ],
}
