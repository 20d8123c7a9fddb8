import crypto from 'node:crypto'

import { expect, test } from '@playwright/test'

import {
  anotherInstanceEnv,
  type NextServer,
  SEED_PASSWORD,
  SERVER_SECRET,
  seedDemoContent,
  startNextServer,
} from './helpers'

/**
 * With nothing in front of `next start` (TRUSTED_PROXY_HOPS=0, the default) flood control counts
 * the socket's peer, and nothing a client writes in a header changes who it is. The main e2e server
 * plays nginx's part (hops 1), so this file starts a server of its own on the same build and database.
 */
test.describe.configure({ mode: 'serial' })

const ARTICLE_SLUG = 'how-much-should-runners-drink'
let server: NextServer

/** What the server stores for a client: the keyed hash of its address, computed as the server does. */
const ipHash = (address: string) => {
  const key = crypto.createHmac('sha256', SERVER_SECRET).update('legwork:ip-hash').digest('hex')
  return crypto.createHmac('sha256', key).update(address).digest('hex')
}

test.beforeAll(async () => {
  seedDemoContent()
  server = await startNextServer((url) => anotherInstanceEnv(url, { TRUSTED_PROXY_HOPS: '0' }))
})

test.afterAll(() => server?.stop())

test('with no proxy in front, a client cannot pick a new identity per comment with X-Forwarded-For', async () => {
  const api = (path: string, init?: RequestInit) => fetch(`${server.url}/api${path}`, init)
  const articles = await (await api(`/articles?where[slug][equals]=${ARTICLE_SLUG}&depth=0`)).json()
  const article = articles.docs[0].id
  const comment = async (headers: Record<string, string>, index: number) => {
    const { formToken } = await (await api('/comments/form-token')).json()
    return api('/comments', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        article,
        authorName: `Spoofer ${index}`,
        authorEmail: `spoofer${index}@example.com`,
        body: `Spoofed address ${index}`,
        formToken,
      }),
    })
  }

  const first = await comment({ 'x-forwarded-for': '198.51.100.10', 'x-real-ip': '198.51.100.11' }, 1)
  expect(first.status).toBe(201)
  // Another address in every header, and a forged copy of the server's own stamp: the same client.
  const second = await comment(
    {
      'x-forwarded-for': '203.0.113.20, 198.51.100.21',
      'x-real-ip': '203.0.113.22',
      'x-legwork-peer-address': `${'0'.repeat(32)} 203.0.113.23`,
    },
    2,
  )
  expect(second.status).toBe(429)
  expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0)

  // Stored under the socket's address, not under any the client wrote.
  const login = await api('/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'moderator@legwork.test', password: SEED_PASSWORD }),
  })
  const { token } = await login.json()
  const stored = await (
    await api(`/comments/${(await first.json()).doc.id}?depth=0`, { headers: { Authorization: `JWT ${token}` } })
  ).json()
  expect(stored.ipHash).toBe(ipHash('127.0.0.1'))
})
