// Addresses the portal may send a browser to, as text: one rule for return paths after login, staff
// redirects and every Location header, because browsers are lenient readers of URLs.

/** C0 controls, DEL and C1 controls: never part of an address the portal sends. */
export const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/

const controlWhitespaceOrBackslash = /[\u0000-\u001f\u007f-\u009f\\\s]/u

/**
 * Whether a browser might read this address text as another site's: browsers strip tabs and
 * newlines, trim spaces and read "\" as "/", so "/\t/evil.example" or "/\evil.example" become
 * "//evil.example", a scheme-relative address. No address of the portal needs any of these.
 */
export function isUnsafeUrlText(value: string): boolean {
  return controlWhitespaceOrBackslash.test(value) || value.startsWith('//')
}

/**
 * The normalised path, query and hash of `value` when it is a path of the portal, else null. It must
 * start with a single "/", pass isUnsafeUrlText, not turn scheme-relative or grow control characters
 * once percent-decoded ("/%2F%2Fevil", "/%5Cevil": whatever decodes it next must not be fooled), and
 * still be a path of the same origin after resolution ("/.//evil" normalises to "//evil").
 */
export function toSameOriginPath(value: string, base: URL): string | null {
  if (!value.startsWith('/') || isUnsafeUrlText(value)) return null
  if (percentDecodings(value).some((layer) => controlCharacter.test(layer) || /^\/[/\\]/.test(layer))) return null
  const resolved = new URL(value, base)
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`
  return resolved.origin === base.origin && !isUnsafeUrlText(path) ? path : null
}

/** The successive percent-decodings of a text (at most four), stopping when nothing changes or decoding fails. */
function percentDecodings(value: string): string[] {
  const layers: string[] = []
  let layer = value
  for (let depth = 0; depth < 4; depth++) {
    try {
      const decoded = decodeURIComponent(layer)
      if (decoded === layer) break
      layers.push((layer = decoded))
    } catch {
      break
    }
  }
  return layers
}
