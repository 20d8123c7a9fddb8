import crypto from 'node:crypto'
import diagnosticsChannel from 'node:diagnostics_channel'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

/**
 * The address of the TCP peer a request came from, for a server with no proxy in front.
 *
 * Next's App Router gives route handlers and server actions the request's headers but not its
 * socket, and `next start` only fills in X-Forwarded-For when the client sent none, so a client
 * that writes its own header decides what the app sees. This module is the way round: as Node
 * starts each request (before Next reads it) the peer address is written into a header of ours,
 * replacing whatever the client put there, together with a random token of this process. A header
 * without the token (a client forging it, or a request that arrived while the server was still
 * starting, before the listener was installed) tells nothing: the caller gets null.
 */
export const PEER_ADDRESS_HEADER = 'x-legwork-peer-address'

type PeerState = { token: string; listening?: boolean }
// On globalThis: the instrumentation bundle installs the listener, the route bundles read the header.
const state = ((globalThis as { legworkPeerAddress?: PeerState }).legworkPeerAddress ??= {
  token: crypto.randomBytes(16).toString('hex'),
})

/** Writes the peer address into the request's headers, replacing any value the client sent. */
export function stampPeerAddress(headers: IncomingHttpHeaders | Headers, address: string): void {
  const value = `${state.token} ${address}`
  if (headers instanceof Headers) headers.set(PEER_ADDRESS_HEADER, value)
  else headers[PEER_ADDRESS_HEADER] = value
}

/** The peer address this process stamped on the request, or null when it did not stamp it. */
export function peerAddress(headers: Headers): string | null {
  const [token, address] = (headers.get(PEER_ADDRESS_HEADER) ?? '').split(' ')
  if (!token || !address || token.length !== state.token.length) return null
  if (!crypto.timingSafeEqual(Buffer.from(token), Buffer.from(state.token))) return null
  return address
}

/**
 * Stamps every request this process's HTTP servers receive from now on. Node publishes
 * `http.server.request.start` synchronously before the server's `request` event, so Next never
 * sees a request without the stamp. Installing it twice is harmless.
 */
export function stampPeerAddresses(): void {
  if (state.listening) return
  state.listening = true
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    stampPeerAddress(request.headers, socket.remoteAddress ?? 'unknown')
  })
}
