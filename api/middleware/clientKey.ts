import { isIP } from 'node:net'

import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/** Reads the address a request came from, for rate limits. */
export type ClientKey = (c: Context) => string

/**
 * The client address behind `trustedProxies` reverse proxies of our own. Each proxy appends the
 * address it got the request from to X-Forwarded-For, so only the entries on the right were written
 * by us: the one `trustedProxies` places from the right is the client as our outermost proxy saw it.
 * Everything to its left comes from the client and is never believed. With no proxy the header is
 * ignored; a missing or malformed entry falls back to the socket address.
 */
export function clientKey(trustedProxies: number): ClientKey {
  return (c) => {
    const socket = socketAddress(c)
    if (trustedProxies <= 0) return socket
    const entries = (c.req.header('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim())
    const entry = entries[entries.length - trustedProxies]
    return entry && isIP(entry) ? withoutIpv4Mapping(entry) : socket
  }
}

function socketAddress(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address
    return address ? withoutIpv4Mapping(address) : 'unknown'
  } catch {
    // No Node socket (requests made in process, as tests do).
    return 'unknown'
  }
}

/** One client, one key: a dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d. */
function withoutIpv4Mapping(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped ? mapped[1]! : address
}
