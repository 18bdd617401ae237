// Validates content/ against the seed schema and prints how many items each file holds.
import path from 'node:path'

import { readContent } from '../cms/seed/readContent'

const content = readContent(path.resolve('content'))
for (const [file, data] of Object.entries(content)) {
  console.log(`${file.padEnd(16)} ${Array.isArray(data) ? data.length : 1}`)
}
