// Open311 GeoReport v2, as its specification defines the fields: https://wiki.open311.org/GeoReport_v2/
// (source: github.com/open311/open311.github.io, GeoReport_v2/index.md — "GET Service List", "GET Service
// Definition", "POST Service Request", "GET Service Requests", "Errors") and Service Discovery
// (Service_Discovery.md). Dates are w3 ISO 8601 with a time zone; JSON follows the Spark convention (arrays
// of the XML's repeated elements). The schemas describe the responses in the OpenAPI document and the tests
// validate every response against them.
import { z } from '@hono/zod-openapi'

/** "1994-11-05T13:15:30Z" or with an offset: the spec's w3 date/time, time zone required. */
const w3 = z.iso.datetime({ offset: true })

const service = z.strictObject({
  service_code: z.string(), service_name: z.string(), description: z.string().nullable(), metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']), keywords: z.string().nullable(), group: z.string().nullable(),
}).openapi('Open311Service')

const serviceDefinition = z.strictObject({
  service_code: z.string(),
  attributes: z.array(z.strictObject({
    variable: z.boolean(), code: z.string(), datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']), required: z.boolean(),
    datatype_description: z.string().nullable(), order: z.number().int().positive(), description: z.string(), values: z.array(z.strictObject({ key: z.string(), name: z.string() })).optional(),
  })),
}).openapi('Open311ServiceDefinition')

const serviceRequest = z.strictObject({
  service_request_id: z.string(), status: z.enum(['open', 'closed']), status_notes: z.string().nullable(), service_name: z.string(), service_code: z.string(),
  description: z.string().max(4000).nullable(), agency_responsible: z.string().nullable(), service_notice: z.string().nullable(),
  requested_datetime: w3, updated_datetime: w3, expected_datetime: w3.nullable(), address: z.string().nullable(), address_id: z.string().nullable(),
  zipcode: z.string().nullable(), lat: z.number().min(-90).max(90), long: z.number().min(-180).max(180), media_url: z.url().nullable(),
}).openapi('Open311ServiceRequest')

const created = z.strictObject({ service_request_id: z.string(), service_notice: z.string().nullable(), account_id: z.string().nullable() }).openapi('Open311CreatedRequest')

const errors = z.array(z.strictObject({ code: z.number().int(), description: z.string() })).min(1).openapi('Open311Errors')

const discovery = z.strictObject({
  changeset: z.string(), contact: z.string(), key_service: z.string(),
  endpoints: z.array(z.strictObject({ specification: z.string(), url: z.url(), changeset: z.string(), type: z.enum(['production', 'test']), formats: z.array(z.string()) })),
}).openapi('Open311Discovery')

/** The optional arguments of GET Service Requests (comma lists where the spec allows several values). */
const requestsQuery = z.object({
  jurisdiction_id: z.string().optional(),
  service_request_id: z.string().max(2000).optional().openapi({ description: 'Codici separati da virgole; se presente, gli altri filtri non contano' }),
  service_code: z.string().max(600).optional().openapi({ description: 'Codici delle categorie, separati da virgole' }),
  start_date: w3.optional().openapi({ description: 'Dalla data e ora (w3, con fuso); senza date, gli ultimi 90 giorni' }),
  end_date: w3.optional(),
  status: z.string().max(20).optional().openapi({ description: 'open, closed o entrambi separati da virgola' }),
})

/** The arguments of POST Service Request (application/x-www-form-urlencoded). */
const postRequest = z.object({
  jurisdiction_id: z.string().optional(), api_key: z.string().optional(),
  service_code: z.string().max(60), lat: z.coerce.number().optional(), long: z.coerce.number().optional(), address_string: z.string().max(200).optional(),
  email: z.string().max(200), first_name: z.string().max(100).optional(), last_name: z.string().max(100).optional(), phone: z.string().max(40).optional(),
  description: z.string().max(4000).optional(), media_url: z.string().max(500).optional(), device_id: z.string().optional(), account_id: z.string().optional(),
})

/** Response and request shapes of Open311 GeoReport v2 (api/routes/open311.ts). */
export const open311Schemas = {
  services: z.array(service), serviceDefinition, requests: z.array(serviceRequest), created: z.array(created), errors, discovery, requestsQuery, postRequest,
}

export type Open311ServiceRequest = z.output<typeof serviceRequest>
export type Open311Service = z.output<typeof service>
export type Open311Discovery = z.output<typeof discovery>
