'use client'
import { FieldLabel, useFormFields } from '@payloadcms/ui'
import type { NumberFieldClientProps } from 'payload'

import { centsToEuro } from '../../format/italian'

const euroOf = (value: unknown): string | null => (typeof value === 'number' && Number.isFinite(value) ? centsToEuro(value) : null)

/** Beside an amount typed in cents: the same amount in euro, as the clerk will read it everywhere else. */
export function EuroPreview({ path }: { path: string }) {
  const value = useFormFields(([fields]) => fields[path]?.value)
  const euro = euroOf(value)
  return <p className="euro-preview" aria-live="polite">{euro && <>Pari a <strong>{euro}</strong></>}</p>
}

/** A read-only amount stored in cents, shown as "25,00 €" instead of a box of digits. */
export function EuroField({ field, path }: NumberFieldClientProps) {
  const value = useFormFields(([fields]) => fields[path]?.value)
  return (
    <div className="field-type euro-field">
      <FieldLabel label={field.label} path={path} />
      <p className="euro-field__value">{euroOf(value) ?? 'Nessun importo'}</p>
    </div>
  )
}
