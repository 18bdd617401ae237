import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type FlattenedField, type Payload, type PayloadRequest } from 'payload'

/**
 * What holds an office: for every collection with a required relationship to offices (a booking calendar, a service,
 * an application, a booking, a certificate, a report, a payment position…, read from the config so a new collection
 * is covered), its plural label and how many of its records name the office. Empty when nothing does.
 */
export async function officeHolders(payload: Payload, id: number | string, req?: PayloadRequest): Promise<string[]> {
  const holders: string[] = []
  for (const collection of payload.config.collections) {
    const fields = collection.flattenedFields.filter(
      (field: FlattenedField) => field.type === 'relationship' && field.relationTo === 'offices' && field.required === true && !field.hasMany,
    )
    for (const field of fields) {
      const { totalDocs } = await payload.count({ collection: collection.slug as CollectionSlug, where: { [field.name]: { equals: id } }, overrideAccess: true, req })
      if (totalDocs > 0) {
        const plural = collection.labels.plural
        holders.push(`${typeof plural === 'string' ? plural : collection.slug} (${totalDocs})`)
        break
      }
    }
  }
  return holders
}

/**
 * An office that records cannot live without is not deleted: the database would refuse it (PostgreSQL: NOT NULL on a
 * calendar's foreign key) or leave a published service without its responsible office, and the clerk would see a
 * server error. The hook says in Italian what holds the office and what to do instead.
 */
export const refuseDeleteInUse: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const holders = await officeHolders(req.payload, id, req)
  if (holders.length) {
    throw new APIError(
      `Questa unità organizzativa non si può eliminare: la usano ${holders.join(', ')}. Ritirala dalla pubblicazione, oppure assegna prima quei record a un’altra unità.`,
      409,
      null,
      true,
    )
  }
}
