import type { Field, GlobalConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'

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
  admin: { group: 'Certificati' },
  access: { read: isStaff, update: isAdmin },
  fields: [
    { name: 'office', label: 'Ufficio che rilascia i certificati', type: 'relationship', relationTo: 'offices', required: true },
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
