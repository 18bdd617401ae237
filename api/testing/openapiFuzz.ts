// The API fuzzer's tools (api/fuzz.int.test.ts): fast-check arbitraries derived from the JSON Schemas
// of the OpenAPI document (valid requests), mutations of them (invalid ones), and an Ajv check of
// each response against the schema its operation declares for that status and content type.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import fc, { type Arbitrary } from 'fast-check'

/** The part of a JSON Schema the converter reads (the OpenAPI 3.1 document's dialect, as Zod writes it). */
export type JsonSchema = {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minItems?: number
  maxItems?: number
  items?: JsonSchema
  prefixItems?: JsonSchema[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
}

export type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema }
type Media = { schema?: JsonSchema }
export type Operation = {
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, Media> }
  responses: Record<string, { content?: Record<string, Media> }>
}
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, JsonSchema> } }

/** One operation of the document: method, path template and its description. */
export type FuzzedOperation = { method: string; path: string; operation: Operation }

export function operationsOf(doc: OpenApiDocument): FuzzedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })))
}

/** Values that reach past validation: ids and slugs of the fixtures, mixed into the generated ones. */
export type KnownValues = { integers: number[]; strings: string[] }

/** Strings that break naive code: traversal, encodings, controls, scripts, huge and odd unicode. */
export const hostileStrings = [
  '../../../../etc/passwd', '..%2F..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2f', '..\\..\\windows\\win.ini', '/', '//', '%00', '\u0000', '%',
  '%ZZ', ' ', '', 'null', 'undefined', 'NaN', '-1', '0', '1e309', '99999999999999999999999', '0x10', '1.5', 'true', '[]', '{}', '<script>alert(1)</script>',
  "' OR '1'='1", '${7*7}', '\ud800', '𝕊𝕡𝕠𝕣𝕥𝕖𝕝𝕝𝕠', 'Ω≈ç√∫˜µ≤≥÷', '\u202e', 'a'.repeat(70_000), 'é'.repeat(5_000),
]

const hostile = () => fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }))

/** Resolves local "#/components/schemas/X" references. */
export function resolver(doc: OpenApiDocument) {
  return (schema: JsonSchema): JsonSchema => {
    let current = schema
    for (let depth = 0; current.$ref && depth < 20; depth++) {
      const name = current.$ref.replace('#/components/schemas/', '')
      current = doc.components?.schemas?.[name] ?? {}
    }
    return current
  }
}

const typesOf = (schema: JsonSchema): string[] => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [])

/** A fast-check arbitrary of values valid against `schema` (best effort: patterns through fc.stringMatching). */
export function valueOf(doc: OpenApiDocument, known: KnownValues) {
  const resolve = resolver(doc)
  const convert = (given: JsonSchema, depth: number): Arbitrary<unknown> => {
    const schema = resolve(given)
    if (schema.const !== undefined) return fc.constant(schema.const)
    if (schema.enum) return fc.constantFrom(...schema.enum)
    const choices = schema.anyOf ?? schema.oneOf
    if (choices) return fc.oneof(...choices.map((choice) => convert(choice, depth + 1)))
    if (schema.allOf) {
      const parts = schema.allOf.map(resolve)
      return convert({ ...Object.assign({}, ...parts), properties: Object.assign({}, ...parts.map((p) => p.properties)), required: parts.flatMap((p) => p.required ?? []) }, depth)
    }
    const types = typesOf(schema)
    if (types.length > 1) return fc.oneof(...types.map((type) => convert({ ...schema, type }, depth)))
    switch (types[0]) {
      case 'null': return fc.constant(null)
      case 'boolean': return fc.boolean()
      case 'integer':
      case 'number': {
        const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : schema.minimum ?? -1_000_000
        const max = schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : schema.maximum ?? 1_000_000
        const fits = known.integers.filter((n) => n >= min && n <= max)
        const generated = types[0] === 'integer' ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) }) : fc.double({ min, max, noNaN: true })
        return fits.length ? fc.oneof(generated, fc.constantFrom(...fits)) : generated
      }
      case 'string': return stringOf(schema, known)
      case 'array': {
        if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((item) => convert(item, depth + 1)))
        const maxLength = Math.min(schema.maxItems ?? 4, depth > 3 ? schema.minItems ?? 0 : 4)
        return fc.array(schema.items ? convert(schema.items, depth + 1) : fc.jsonValue(), { minLength: schema.minItems ?? 0, maxLength: Math.max(maxLength, schema.minItems ?? 0) })
      }
      default: {
        if (!schema.properties && types[0] !== 'object') return fc.jsonValue({ maxDepth: 2 })
        const record: Record<string, Arbitrary<unknown>> = {}
        for (const [name, property] of Object.entries(schema.properties ?? {})) record[name] = convert(property, depth + 1)
        return fc.record(record, { requiredKeys: (schema.required ?? []).filter((name) => name in record) })
      }
    }
  }
  return (schema: JsonSchema) => convert(schema, 0)
}

function stringOf(schema: JsonSchema, known: KnownValues): Arbitrary<string> {
  const minLength = schema.minLength ?? 0
  const maxLength = Math.min(schema.maxLength ?? 60, 200)
  const fits = known.strings.filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity) && (!schema.pattern || new RegExp(schema.pattern).test(s)))
  let generated: Arbitrary<string>
  if (schema.format === 'email') generated = fc.emailAddress()
  else if (schema.format === 'date-time') generated = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
  else if (schema.format === 'uri') generated = fc.webUrl()
  else if (schema.format === 'binary') generated = fc.string({ maxLength: 200 })
  else if (schema.pattern) {
    generated = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity))
  } else generated = fc.string({ unit: 'grapheme', minLength, maxLength: Math.max(minLength, maxLength) })
  return fits.length ? fc.oneof(generated, fc.constantFrom(...fits)) : generated
}

/** A value of the wrong kind for `schema`, or a hostile one of the right kind. */
export function invalidValueOf(doc: OpenApiDocument, valid: (schema: JsonSchema) => Arbitrary<unknown>) {
  const resolve = resolver(doc)
  return (given: JsonSchema): Arbitrary<unknown> => {
    const schema = resolve(given)
    const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.constantFrom(0, -1, 2 ** 31, 2 ** 53 + 2, 1e308), fc.double(), hostile(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), fc.object({ maxDepth: 1 }))
    const mutations: Arbitrary<unknown>[] = [wrongType]
    if (schema.properties) {
      const names = Object.keys(schema.properties)
      mutations.push(valid(schema).chain((value) => {
        const object = { ...(value as Record<string, unknown>) }
        return fc.tuple(fc.constantFrom(...names), fc.oneof(fc.constant(undefined), wrongType, hostile())).map(([name, replacement]) => {
          if (replacement === undefined) delete object[name]
          else object[name] = replacement
          return object
        })
      }))
      mutations.push(valid(schema).map((value) => ({ ...(value as object), ['campo_sconosciuto']: 'x', ['__proto__']: { polluted: true } })))
    }
    return fc.oneof(...mutations)
  }
}

/** Bodies that are not even JSON, or JSON of the wrong shape. */
export const malformedJson = fc.oneof(
  fc.constantFrom('{', '{"a":', '[', 'nul', '{"a":1,}', "{'a':1}", '\u0000', '', '   ', '"solo una stringa"', '12', 'null', '[]', '[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]', '{"__proto__":{"admin":true}}'),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constant('[' + '1,'.repeat(50_000) + '1]'),
)

/** Ajv over the document's schemas: a validator for each (response) schema, references resolved against the components. */
export function responseValidator(doc: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false })
  ajv.addSchema({ $id: 'sportello:openapi', components: doc.components ?? {} })
  const compiled = new Map<JsonSchema, ValidateFunction>()
  const rewrite = (schema: JsonSchema): JsonSchema =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"sportello:openapi#/components/')) as JsonSchema
  return (schema: JsonSchema) => {
    let validate = compiled.get(schema)
    if (!validate) compiled.set(schema, (validate = ajv.compile(rewrite(schema))))
    return validate
  }
}
