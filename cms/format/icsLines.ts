// A plain function (no imports) that the site may import as a value too: the public events' calendar files and the
// bookings' ones fold their lines the same way.

/** One content line folded at 75 octets (RFC 5545 §3.1), never inside a character: the ics package counts characters, and ’ or à take more. */
function foldOctets(line: string): string {
  const parts: string[] = []
  let part = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char)
    if (octets + size > 75) {
      parts.push(part)
      // A continuation line starts with one space, which counts.
      ;[part, octets] = ['', 1]
    }
    part += char
    octets += size
  }
  parts.push(part)
  return parts.join('\r\n ')
}

/** An iCalendar text as the ics package wrote it, refolded so that no line passes 75 octets. */
export const foldIcsLines = (ics: string): string => ics.replace(/\r\n[ \t]/g, '').split('\r\n').map(foldOctets).join('\r\n')
