// `npm run api:types`: writes the islands' types of the public API (site/islands/kit/api-types.ts)
// from the OpenAPI document the server serves, built in process. Run it after changing a route's Zod
// schema; api/openapiTypes.test.ts fails while the committed file differs.
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { islandApiTypes, islandApiTypesFile, servedOpenapiDocument } from '../api/openapiTypes'
import { rootDir } from '../cms/env'

writeFileSync(islandApiTypesFile, await islandApiTypes(await servedOpenapiDocument()))
console.log(`Tipi dell’API per le isole scritti in ${path.relative(rootDir, islandApiTypesFile)}`)
