// Open311's XML, from the same values as its JSON: the spec's JSON is the Spark-convention mapping of
// the XML, so arrays become a wrapper element whose children repeat under the singular name.

/** The element each array's items are written as (GeoReport v2 and Service Discovery). */
const itemNames: Record<string, string> = {
  services: 'service', service_requests: 'request', errors: 'error', endpoints: 'endpoint', formats: 'format', attributes: 'attribute', values: 'value',
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!)
  // Characters XML 1.0 cannot carry at all are dropped rather than breaking the document.
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`
  if (Array.isArray(value)) {
    const item = itemNames[name] ?? 'item'
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`
  }
  if (typeof value === 'object') return `<${name}>${Object.entries(value).map(([k, v]) => element(k, v)).join('')}</${name}>`
  return `<${name}>${escapeXml(String(value))}</${name}>`
}

/** An Open311 document in XML, UTF-8 declared, no namespace (as the spec recommends). */
export const open311Xml = (root: string, value: unknown): string => `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}`
