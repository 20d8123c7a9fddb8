import crypto from 'node:crypto'
import http from 'node:http'
import zlib from 'node:zlib'

import { percentile, timed } from './stats.mjs'

/** The server derives internal secrets from PAYLOAD_SECRET the same way (src/security/derivedSecret.ts). */
export const derivedSecret = (payloadSecret, purpose) =>
  crypto.createHmac('sha256', payloadSecret).update(`legwork:${purpose}`).digest('hex')

export async function login(origin, email, password) {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

export async function revalidate(origin, payloadSecret, paths) {
  const response = await fetch(`${origin}/next/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': derivedSecret(payloadSecret, 'revalidate') },
    body: JSON.stringify({ paths }),
  })
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`)
  await response.arrayBuffer()
}

/**
 * A GET as a browser would make it (gzip accepted), on a fresh connection so a keep-alive socket the
 * server is closing can never fail it; time to the last byte. The body is decoded for the caller.
 */
export function timedGet(url, headers = {}) {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { 'accept-encoding': 'gzip', ...headers } }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          const ms = performance.now() - started
          const text = (response.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8')
          resolve({ ms, status: response.statusCode, text, headers: new Headers(flatHeaders(response.headers)) })
        })
        response.on('error', reject)
      })
      .on('error', reject)
  })
}

const flatHeaders = (headers) =>
  Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)])

/** Polls `url` until its HTML contains `needle`; the time from `since` until it did. */
export async function msUntilVisible(url, needle, since, { timeoutMs = 30_000 } = {}) {
  while (performance.now() - since < timeoutMs) {
    const { text } = await timedGet(url)
    if (text.includes(needle)) return performance.now() - since
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return Infinity
}

/** A distinct client address per number, so flood control treats each post as a different reader. */
const clientAddress = (n) => `10.${200 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`

/**
 * `total` comments posted through REST by `concurrency` clients at once, each from its own address
 * (flood control counts per client), with form tokens fetched beforehand and aged past the minimum.
 */
export async function commentLoad(origin, { articleId, total, concurrency, marker, minSeconds, firstClient = 0 }) {
  const tokens = await Promise.all(
    Array.from(
      { length: total },
      async () => (await (await fetch(`${origin}/api/comments/form-token`)).json()).formToken,
    ),
  )
  await new Promise((resolve) => setTimeout(resolve, (minSeconds + 0.5) * 1000))
  const latencies = []
  const statuses = {}
  const created = []
  let next = 0
  const started = performance.now()
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const post = (index) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({
        article: articleId,
        authorName: `Bench reader ${index}`,
        authorEmail: `bench${index}@example.com`,
        body: `Load test comment ${marker} number ${index}: thanks for explaining the training load part.`,
        formToken: tokens[index],
      })
      const url = new URL('/api/comments', origin)
      const request = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-forwarded-for': clientAddress(firstClient + index),
          },
        },
        (response) => {
          let text = ''
          response.on('data', (chunk) => (text += chunk))
          response.on('end', () => resolve({ status: response.statusCode, text }))
        },
      )
      request.on('error', reject)
      request.end(body)
    })
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++
        const { ms, result } = await timed(() => post(index).catch((error) => ({ status: 0, text: String(error) })))
        latencies.push(ms)
        statuses[result.status] = (statuses[result.status] ?? 0) + 1
        if (result.status === 201) created.push(JSON.parse(result.text).doc.id)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    throughput: total / seconds,
    statuses,
    created,
  }
}

/** Ids of stored comments whose body carries `marker`, read as a moderator. */
export async function storedCommentIds(origin, token, marker) {
  const query = new URLSearchParams({
    'where[body][contains]': marker,
    limit: '10000',
    depth: '0',
    'select[id]': 'true',
  })
  const response = await fetch(`${origin}/api/comments?${query}`, { headers: { authorization: `JWT ${token}` } })
  const body = await response.json()
  if (!response.ok) throw new Error(`listing comments: ${response.status} ${JSON.stringify(body)}`)
  return body.docs.map((doc) => doc.id)
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * What a reader's browser really downloads for the page, measured in Chromium (so the page's
 * Content-Security-Policy applies): bytes as sent (compressed) and requests, by kind. Scripts the
 * page names but the policy blocks are counted separately: they cost HTML bytes, not downloads.
 */
export async function pageWeight(url) {
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const finished = []
    page.on('requestfinished', (request) => finished.push(request))
    const blockedScripts = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()) && /script/i.test(message.text())) blockedScripts.push(1)
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    // Scroll so lazy images load as they would for someone reading to the end.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForLoadState('networkidle')
    const totals = { document: 0, stylesheet: 0, script: 0, image: 0, font: 0, other: 0 }
    const counts = { document: 0, stylesheet: 0, script: 0, image: 0, font: 0, other: 0 }
    for (const request of finished) {
      if (request.resourceType() === 'document') continue
      const kind = request.resourceType() in totals ? request.resourceType() : 'other'
      const sizes = await request.sizes()
      totals[kind] += sizes.responseBodySize
      counts[kind] += 1
    }
    // Chromium does not report the body size of the top document; measure it on the wire instead.
    const document = await new Promise((resolve, reject) => {
      http
        .get(url, { agent: false, headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks = []
          response.on('data', (chunk) => chunks.push(chunk))
          response.on('end', () =>
            resolve({ raw: Buffer.concat(chunks), encoding: response.headers['content-encoding'] }),
          )
        })
        .on('error', reject)
    })
    const html = (document.encoding === 'gzip' ? zlib.gunzipSync(document.raw) : document.raw).toString('utf8')
    counts.document = 1
    return {
      htmlBytes: document.raw.length,
      htmlEncoding: document.encoding ?? 'identity',
      cssBytes: totals.stylesheet,
      jsBytes: totals.script,
      imageBytes: totals.image,
      fontBytes: totals.font,
      requests: 1 + Object.entries(counts).reduce((sum, [kind, n]) => sum + (kind === 'document' ? 0 : n), 0),
      counts,
      scriptTagsInHtml: [...html.matchAll(/<script\b/g)].length,
      cspBlockedScripts: blockedScripts.length,
    }
  } finally {
    await browser.close()
  }
}
