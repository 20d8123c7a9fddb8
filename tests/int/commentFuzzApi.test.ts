import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'

import { readerHeaderRecord } from '../helpers/clientAddress'
import {
  buildFuzzWorld,
  checkFuzz,
  clientHeaders,
  type ExpectedComment,
  expectedComment,
  expectOnlyAcceptedStored,
  type FuzzWorld,
  agedToken,
  grantToken,
  type Hop,
  isUsedToken,
  judgeComment,
  markTokenUsed,
  newClientIp,
  snapshot,
  TokenWish,
  tokenVerdict,
} from '../helpers/commentFuzz'
import { commentEntries, type Entries, hop, nested, ownObject, userAgent } from '../helpers/commentFuzzInputs'
import { rest } from '../helpers/restClient'

/**
 * Property-based fuzzing of `POST /api/comments` through the route handler Next mounts: thousands of
 * generated submissions, each judged by an oracle written from the documented rules. No 5xx ever;
 * every refusal is a 400 naming exactly the fields at fault; a repeat from the same client within the
 * flood interval is a 429; and afterwards the database holds exactly the accepted comments.
 */

/**
 * Submissions sent at once per property run, as a busy site receives them: no more than the
 * PostgreSQL pool holds (10 by default), or waiting for a connection is what gets measured.
 */
const BATCH = 10
const RUNS = Number(process.env.FUZZ_RUNS ?? 750)
/** At least this many submissions reach the API (repeats from the same client come on top). */
const MIN_INPUTS = BATCH * RUNS
/** One plausible comment in this many is sent untouched; the rest have odd values in some fields. */
const UNTOUCHED = 16

const POST = REST_POST(config)

type Body =
  | { kind: 'fields'; entries: Entries }
  | { kind: 'not an object'; value: unknown }
  | { kind: 'raw'; text: string; contentType: string }
type Submission = { body: Body; hop: Hop; userAgent: string | null }
type Case = Submission & { repeat: Submission | null }

let world: FuzzWorld
const accepted = new Map<number | string, ExpectedComment>()
const tally = { inputs: 0, stored: 0, refused: 0, flooded: 0, reused: 0, notJson: 0 }

/** Deeply nested JSON is written by hand: JSON.stringify gives up long before JSON.parse does. */
const deepJson = (levels: number, key: string) => `{"${key}":`.repeat(levels) + '"x"' + '}'.repeat(levels)

function bodyArbitrary(oneUntouchedIn: number): fc.Arbitrary<Body> {
  const fieldsBody = commentEntries(world, { oneUntouchedIn }).map((entries): Body => ({ kind: 'fields', entries }))
  const notAnObject = fc
    .oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.array(nested, { maxLength: 3 }))
    .map((value): Body => ({ kind: 'not an object', value }))
  const raw = fc
    .tuple(
      fc.oneof(
        fc.constantFrom('', '{', '{"body":', 'null', '[]', '{"__proto__":{"status":"approved"}}', '\u0000'),
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc
          .tuple(fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom('a', '__proto__', 'body', 'id', 'status'))
          .map(([levels, key]) => {
            const head = `{"article":${world.openArticles[0]},"formToken":"${AGED_TOKEN}","authorName":"Deep","authorEmail":"deep@example.com"`
            // Nested as the body, as the reply's id, or under an unknown key.
            if (key === 'body') return `${head},"body":${deepJson(levels, key)}}`
            if (key === 'id') return `${head},"body":"Deep thoughts.","parent":${deepJson(levels, key)}}`
            return `${head},"body":"Deep thoughts.","extra":${deepJson(levels, key)}}`
          }),
      ),
      fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain'),
    )
    .map(([text, contentType]): Body => ({ kind: 'raw', text, contentType }))
  return fc.oneof(
    { weight: 30, arbitrary: fieldsBody },
    { weight: 1, arbitrary: notAnObject },
    { weight: 1, arbitrary: raw },
  )
}

function caseArbitrary(): fc.Arbitrary<Case> {
  const submission = fc.record({ body: bodyArbitrary(UNTOUCHED), hop, userAgent })
  // Repeats are mostly plausible, so that flood control has something to refuse.
  const repeat = fc.record({ body: bodyArbitrary(2), hop, userAgent })
  return fc
    .tuple(submission, fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: repeat }))
    .map(([first, repeat]) => ({ ...first, repeat }))
}

/** Where a raw body carries a token: replaced by a fresh aged one when sent. */
const AGED_TOKEN = '<aged token>'

/** The request text, with token wishes turned into real tokens at the last moment. */
function requestText(body: Body): { text: string; contentType: string } {
  if (body.kind === 'raw') return { ...body, text: body.text.replace(AGED_TOKEN, () => agedToken(world)) }
  if (body.kind === 'not an object') return { text: JSON.stringify(body.value), contentType: 'application/json' }
  const granted = body.entries.map(([key, value]): [string, unknown] => [
    key,
    value instanceof TokenWish ? grantToken(value, world) : value,
  ])
  return { text: JSON.stringify(ownObject(granted)), contentType: 'application/json' }
}

/** What the server parses the body into: JSON bodies only; anything else carries no fields. */
function parsedBody(text: string, contentType: string): { data: unknown } | 'invalid JSON' {
  if (contentType.split(';')[0] !== 'application/json' || text === '') return { data: {} }
  try {
    return { data: JSON.parse(text) }
  } catch {
    return 'invalid JSON'
  }
}

type Sent = { reachedFloodControl: boolean }

async function send(submission: Submission, ip: string, { isFlood }: { isFlood: boolean }): Promise<Sent> {
  const { text, contentType } = requestText(submission.body)
  const parsed = parsedBody(text, contentType)
  const token = parsed === 'invalid JSON' ? undefined : (parsed.data as { formToken?: unknown } | null)?.formToken
  // Judged before sending: concurrent requests never share a token unless it was already used.
  const isReused = isUsedToken(token)
  const headers = clientHeaders(ip, submission.hop, submission.userAgent)
  headers.set('content-type', contentType)
  const request = new Request('http://localhost:3000/api/comments?depth=0', { method: 'POST', headers, body: text })
  const response = await POST(request, { params: Promise.resolve({ slug: ['comments'] }) })
  const answeredAt = Date.now()
  const answer = await response.text()
  tally.inputs++
  const context = () =>
    `request ${text.slice(0, 300)} (${text.length} chars) → ${response.status} ${answer.slice(0, 500)}`

  expect(response.status, context()).toBeLessThan(500)
  if (parsed === 'invalid JSON') {
    // No field can be named when there are no fields: the body as a whole is refused.
    tally.notJson++
    expect(response.status, context()).toBe(400)
    expect(JSON.parse(answer).errors[0].message, context()).toBe('Invalid JSON')
    return { reachedFloodControl: false }
  }

  const judgement = judgeComment(parsed.data, world)
  if ('refused' in judgement) {
    tally.refused++
    expect(response.status, context()).toBe(400)
    const [error] = JSON.parse(answer).errors as Array<{ data: { errors: Array<{ path: string; message: string }> } }>
    const problems = error!.data.errors
    expect(problems.map((problem) => problem.path).sort(), context()).toEqual([...judgement.refused].sort())
    for (const problem of problems) expect(problem.message, context()).toMatch(new RegExp(`^${problem.path}\\b`))
    return { reachedFloodControl: false }
  }

  if (isReused) {
    // One comment per form token: a second is refused, naming the token.
    tally.reused++
    expect(response.status, context()).toBe(400)
    const [error] = JSON.parse(answer).errors as Array<{ data: { errors: Array<{ path: string; message: string }> } }>
    expect(error!.data.errors, context()).toEqual([
      { path: 'formToken', message: expect.stringMatching(/^formToken: /) },
    ])
    return { reachedFloodControl: false }
  }

  if (isFlood) {
    tally.flooded++
    expect(response.status, context()).toBe(429)
    expect(Number(response.headers.get('retry-after')), context()).toBeGreaterThan(0)
    expect(JSON.parse(answer).errors[0].message, context()).toMatch(/^Too many comments/)
    return { reachedFloodControl: true }
  }

  tally.stored++
  expect(response.status, context()).toBe(201)
  const { doc } = JSON.parse(answer) as { doc: { id: number | string; authorEmail?: unknown; ipHash?: unknown } }
  // What the server keeps private is not sent back to an anonymous client.
  expect(doc.authorEmail, context()).toBeUndefined()
  expect(doc.ipHash, context()).toBeUndefined()
  const data = parsed.data as Record<string, unknown>
  markTokenUsed(data.formToken)
  accepted.set(
    doc.id,
    expectedComment({
      content: judgement.stored,
      company: data.company,
      token: tokenVerdict(data.formToken, world, answeredAt),
      ip,
      headers,
    }),
  )
  return { reachedFloodControl: true }
}

beforeAll(async () => {
  world = await buildFuzzWorld()
})

it(`answers ${MIN_INPUTS}+ generated submissions with no 5xx, a 400 naming each faulty field, and stores exactly the accepted ones`, async () => {
  const before = await snapshot(world.payload)
  const startedAt = Date.now()

  await checkFuzz(
    fc.asyncProperty(fc.array(caseArbitrary(), { minLength: BATCH, maxLength: BATCH }), async (cases) => {
      const clients = cases.map(() => newClientIp())
      const firsts = await Promise.all(cases.map((each, index) => send(each, clients[index]!, { isFlood: false })))
      // The same client again, straight after: refused as a flood once its first comment got through.
      await Promise.all(
        cases.map((each, index) =>
          each.repeat ? send(each.repeat, clients[index]!, { isFlood: firsts[index]!.reachedFloodControl }) : null,
        ),
      )
    }),
    RUNS,
  )
  const seconds = (Date.now() - startedAt) / 1000

  await expectOnlyAcceptedStored({ payload: world.payload, before, accepted, startedAt })
  expect(tally.inputs).toBeGreaterThanOrEqual(MIN_INPUTS)
  expect(tally.stored).toBe(accepted.size)
  // The mix keeps every outcome well represented.
  expect(tally.stored).toBeGreaterThan(tally.inputs / 20)
  expect(tally.flooded).toBeGreaterThan(0)
  expect(tally.reused).toBeGreaterThan(0)
  console.log(
    `comment fuzz, API (${process.env.TEST_DB ?? 'sqlite'}): ${tally.inputs} submissions in ${seconds.toFixed(1)} s — ` +
      `${tally.stored} stored, ${tally.refused} refused naming their fields, ${tally.flooded} flood 429s, ${tally.reused} reused tokens, ${tally.notJson} not JSON`,
  )
}, 600_000)

/** The failures the fuzz found, one by one, so a regression names itself. */
describe('inputs that used to fail', () => {
  const post = (json: unknown) =>
    rest('POST', '/comments?depth=0', { json, headers: readerHeaderRecord(newClientIp()) })
  const comment = () => ({
    article: world.openArticles[0],
    authorName: 'Rita',
    authorEmail: 'rita@example.com',
    body: 'Thanks!',
    formToken: agedToken(world),
  })
  const paths = (response: { body: { errors: Array<{ data: { errors: Array<{ path: string }> } }> } }) =>
    response.body.errors[0]!.data.errors.map((problem) => problem.path)

  it.each([null, 42, 'comment', true])(
    'refuses the JSON body %j with a 400 naming the required fields',
    async (json) => {
      const response = await post(json)
      expect(response.status).toBe(400)
      expect(paths(response)).toEqual(['authorName', 'authorEmail', 'body'])
    },
  )

  it.each([1.5, 1e300, 3_000_000_000, '7.0'])(
    'refuses the article id %j with a 400 on every database',
    async (article) => {
      const response = await post({ ...comment(), article })
      expect(response.status).toBe(400)
      expect(paths(response)).toEqual(['article'])
    },
  )

  it.each([1.5, 1e300, 3_000_000_000])('refuses the reply id %j with a 400 on every database', async (parent) => {
    const response = await post({ ...comment(), parent })
    expect(response.status).toBe(400)
    expect(paths(response)).toEqual(['parent'])
  })

  it.each(['before\u0000after', 'broken \ud83c surrogate'])('refuses %j rather than store other text', async (body) => {
    const response = await post({ ...comment(), body })
    expect(response.status).toBe(400)
    expect(paths(response)).toEqual(['body'])
  })

  // A date, or not even one: PostgreSQL answered 500 to `updatedAt: "approved"`.
  it.each(['1999-01-01T00:00:00.000Z', 'approved'])(
    'sets the timestamps itself when a client sends %j',
    async (forged) => {
      const response = await post({ ...comment(), createdAt: forged, updatedAt: forged, id: 999_999 })
      expect(response.status).toBe(201)
      const stored = await world.payload.findByID({ collection: 'comments', id: response.body.doc.id })
      expect(stored.id).not.toBe(999_999)
      expect(Date.now() - new Date(stored.createdAt).getTime()).toBeLessThan(60_000)
      expect(Date.now() - new Date(stored.updatedAt).getTime()).toBeLessThan(60_000)
    },
  )

  it('lets a reader correct an address Payload refuses without being told to wait', async () => {
    const headers = readerHeaderRecord(newClientIp())
    const refused = await rest('POST', '/comments', { json: { ...comment(), authorEmail: 'rita@example.c' }, headers })
    expect(refused.status).toBe(400)
    expect((await rest('POST', '/comments', { json: comment(), headers })).status).toBe(201)
  })
})
