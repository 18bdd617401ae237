/** A file size as Italians write it: "850 kB", "1,2 MB". */
export function bytesToSize(bytes: number): string {
  const number = (n: number) => n.toLocaleString('it-IT', { maximumFractionDigits: 1 })
  if (bytes < 1000) return `${bytes} byte`
  if (bytes < 1_000_000) return `${number(bytes / 1000)} kB`
  return `${number(bytes / 1_000_000)} MB`
}
