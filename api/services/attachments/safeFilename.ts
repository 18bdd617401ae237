const maxLength = 100

// Control and format characters (including the right-to-left override that turns "gpj.exe" into
// "exe.jpg" on screen) and characters that break file systems or Content-Disposition headers.
const unsafeCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>:"/\\|?*]/gu

/**
 * A name to store and offer for download: the base name the citizen chose, cleaned, with the
 * extension of the type the content really is (never the one the name claimed).
 */
export function safeFilename(originalName: string, extension: string): string {
  const baseName = originalName.split(/[/\\]/).pop() ?? ''
  const withoutExtension = baseName.replace(/\.[^.]*$/, '')
  const cleaned = withoutExtension
    .normalize('NFC')
    .replace(unsafeCharacters, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const room = maxLength - extension.length - 1
  // Array.from counts code points, so an emoji or accented letter is never cut in half.
  const shortened = Array.from(cleaned).slice(0, room).join('').replace(/[\s.]+$/, '')
  return `${shortened || 'allegato'}.${extension}`
}
