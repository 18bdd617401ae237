import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { islandApiTypes, islandApiTypesFile, servedOpenapiDocument } from './openapiTypes'

describe('the contract between the API and the islands', () => {
  it('keeps the committed island types identical to what the routes’ schemas generate (else run npm run api:types)', async () => {
    const generated = await islandApiTypes(await servedOpenapiDocument())
    expect(readFileSync(islandApiTypesFile, 'utf8'), `${path.relative(process.cwd(), islandApiTypesFile)} is stale: run npm run api:types`).toBe(generated)
  })

  it('describes every failure of the desk’s routes with the API’s one error body', async () => {
    const document = await servedOpenapiDocument()
    const deskRoutes = Object.entries(document.paths ?? {}).filter(([route]) => /^\/api\/(me|servizi)\//.test(route) || route === '/api/me')
    const failures = deskRoutes.flatMap(([route, methods]) =>
      Object.entries(methods ?? {}).flatMap(([method, operation]) =>
        Object.entries((operation as { responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }).responses ?? {})
          .filter(([status]) => Number(status) >= 400)
          .map(([status, response]) => ({ at: `${method.toUpperCase()} ${route} ${status}`, schema: response.content?.['application/json']?.schema?.$ref }))))
    expect(failures.length).toBeGreaterThan(20)
    expect(failures.filter((f) => f.schema !== '#/components/schemas/ApiError').map((f) => f.at)).toEqual([])
  })
})
