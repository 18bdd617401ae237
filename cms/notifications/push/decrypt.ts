// What a browser does with a web push message it receives (RFC 8291 over RFC 8188 aes128gcm), for the
// tests and the bench to prove the portal's messages can be read with the subscription's keys alone.
import { createDecipheriv, hkdfSync, type ECDH } from 'node:crypto'

const info = (label: string) => Buffer.from(`Content-Encoding: ${label}\0`)

/** Decrypts an aes128gcm body for the browser holding `browser`'s private key and `authSecret`. */
export function decryptWebPush(body: Buffer, browser: ECDH, authSecret: Buffer): Buffer {
  // Header (RFC 8188 §2.1): salt(16) | record size(4) | key id length(1) | key id = the sender's public key.
  const salt = body.subarray(0, 16)
  const recordSize = body.readUInt32BE(16)
  const idLength = body.readUInt8(20)
  const senderPublicKey = body.subarray(21, 21 + idLength)
  const record = body.subarray(21 + idLength)
  if (record.length > recordSize) throw new Error('more than one record')
  // RFC 8291 §3.3–3.4: the input keying material from the ECDH secret and the auth secret.
  const ecdhSecret = browser.computeSecret(senderPublicKey)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browser.getPublicKey(), senderPublicKey])
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, authSecret, keyInfo, 32))
  // RFC 8188 §2.2–2.3: content encryption key and nonce (one record: sequence number 0).
  const key = Buffer.from(hkdfSync('sha256', ikm, salt, info('aes128gcm'), 16))
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, info('nonce'), 12))
  const decipher = createDecipheriv('aes-128-gcm', key, nonce)
  decipher.setAuthTag(record.subarray(record.length - 16))
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()])
  // The last record ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1
  while (end >= 0 && padded[end] === 0) end--
  if (padded[end] !== 2) throw new Error('missing last-record delimiter')
  return padded.subarray(0, end)
}
