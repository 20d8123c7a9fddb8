import fc from 'fast-check'
import { beforeAll, expect, it } from 'vitest'

import { hashIp } from '../../src/comments/clientKey'
import { FORM_FIELDS, submitCommentForm, USED_FORM_MESSAGE } from '../../src/comments/commentForm'
import { secondsSinceFormToken } from '../../src/comments/formToken'
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
import { type Entries, FileWish, formEntries, hop, userAgent } from '../helpers/commentFuzzInputs'

/**
 * Property-based fuzzing of the website's comment form. The server action itself needs Next (it
 * reads the request headers and redirects); everything else it does is `submitCommentForm`, called
 * here with generated FormData, the reader's headers and the real Payload — the same collection,
 * validation, moderation and flood control as in production. The action can never throw on a
 * reader's input (a 500 page); every refusal comes back with each problem next to its field, or in
 * the message when it is about what the reader cannot see; the database holds exactly the accepted.
 */

/**
 * Submissions sent at once per property run, as a busy site receives them: no more than the
 * PostgreSQL pool holds (10 by default), or waiting for a connection is what gets measured.
 */
const BATCH = 10
const RUNS = Number(process.env.FUZZ_FORM_RUNS ?? 250)
const MIN_INPUTS = BATCH * RUNS
/** One plausible form in this many is posted untouched; the rest have odd values in some fields. */
const UNTOUCHED = 16
const ORIGIN = 'http://localhost:3000'

type Submission = { entries: Entries; hop: Hop; userAgent: string | null }
type Case = Submission & { repeat: Submission | null }

let world: FuzzWorld
const accepted = new Map<number | string, ExpectedComment>()
const tally = { inputs: 0, stored: 0, refused: 0, flooded: 0, retried: 0, reused: 0 }

function caseArbitrary(): fc.Arbitrary<Case> {
  const submission = fc.record({ entries: formEntries(world, { oneUntouchedIn: UNTOUCHED }), hop, userAgent })
  // Repeats are mostly plausible, so that flood control has something to refuse.
  const repeat = fc.record({ entries: formEntries(world, { oneUntouchedIn: 2 }), hop, userAgent })
  return fc
    .tuple(submission, fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: repeat }))
    .map(([first, repeat]) => ({ ...first, repeat }))
}

/** The FormData a browser (or a hand-made post) sends, tokens granted at the last moment. */
function formData(entries: Entries): FormData {
  const form = new FormData()
  for (const [name, value] of entries) {
    if (value instanceof TokenWish) form.append(name, grantToken(value, world))
    else if (value instanceof FileWish)
      form.append(name, new File([value.content], 'upload.txt', { type: 'text/plain' }))
    else form.append(name, String(value))
  }
  return form
}

/** The form's contract: each posted entry read as text (a file reads as nothing) and as the comment's data. */
function postedComment(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const asIs = (name: string) => form.get(name) ?? undefined
  const article = form.get('article')
  return {
    text,
    data: {
      article: typeof article === 'string' ? Number(article) : Number.NaN,
      parent: text('parent') ? Number(text('parent')) : undefined,
      authorName: asIs('authorName'),
      authorEmail: asIs('authorEmail'),
      authorUrl: asIs('authorUrl') || undefined,
      body: asIs('body'),
      company: String(form.get('company') ?? ''),
    },
  }
}

type Sent = { reachedFloodControl: boolean }

async function send(submission: Submission, ip: string, { isFlood }: { isFlood: boolean }): Promise<Sent> {
  const form = formData(submission.entries)
  // Judged before sending: concurrent posts never share a token unless it was already used.
  const isReused = isUsedToken(form.get('formToken'))
  // The token the page had before this post (the one a refusal hands back).
  const previousToken = agedToken(world)
  const headers = clientHeaders(ip, submission.hop, submission.userAgent)
  let outcome: Awaited<ReturnType<typeof submitCommentForm>>
  const context = () =>
    `form ${JSON.stringify([...form.entries()].map(([name, value]) => [name, String(value).slice(0, 100)]))} → ${JSON.stringify(outcome)?.slice(0, 600)}`
  try {
    outcome = await submitCommentForm({
      payload: world.payload,
      formData: form,
      headers,
      previousToken,
    })
  } catch (error) {
    // On the website this is an error page: never the answer to what a reader typed.
    throw new Error(`the form threw ${String(error)} for ${context()}`)
  }
  const answeredAt = Date.now()
  tally.inputs++
  const { text, data } = postedComment(form)
  const keptValues = Object.fromEntries([...FORM_FIELDS, 'parent'].map((name) => [name, text(name)]))

  if (tokenVerdict(form.get('formToken'), world, answeredAt) === 'invalid') {
    // A page cached past the token's life: shown again with a fresh token, nothing judged.
    tally.retried++
    expect(outcome.isStored, context()).toBe(false)
    if (outcome.isStored) return { reachedFloodControl: false }
    expect(outcome.state.message, context()).toMatch(/open too long/)
    expect(outcome.state.errors, context()).toEqual({})
    expect(outcome.state.values, context()).toEqual(keptValues)
    expect(secondsSinceFormToken(outcome.state.formToken), context()).not.toBeNull()
    return { reachedFloodControl: false }
  }

  const judgement = judgeComment(data, world)
  if ('refused' in judgement) {
    tally.refused++
    expect(outcome.isStored, context()).toBe(false)
    if (outcome.isStored) return { reachedFloodControl: false }
    const { state } = outcome
    const shown = judgement.refused.filter((field) => (FORM_FIELDS as readonly string[]).includes(field))
    expect(Object.keys(state.errors).sort(), context()).toEqual([...shown].sort())
    for (const field of shown) expect(state.errors[field], context()).toMatch(/^\S/)
    if (shown.length) expect(state.message, context()).toBe('Please check the highlighted fields.')
    else expect(state.message, context()).toMatch(/article|publication|comment|repl/i)
    expect(state.values, context()).toEqual(keptValues)
    expect(state.formToken, context()).toBe(previousToken)
    return { reachedFloodControl: false }
  }

  if (isReused) {
    // A form already used for a comment (a cached page's token): shown again with a token of its own.
    tally.reused++
    expect(outcome.isStored, context()).toBe(false)
    if (outcome.isStored) return { reachedFloodControl: false }
    expect(outcome.state.message, context()).toBe(USED_FORM_MESSAGE)
    expect(outcome.state.errors, context()).toEqual({})
    expect(outcome.state.values, context()).toEqual(keptValues)
    expect(outcome.state.formToken, context()).not.toBe(form.get('formToken'))
    expect(secondsSinceFormToken(outcome.state.formToken), context()).not.toBeNull()
    return { reachedFloodControl: false }
  }

  if (isFlood) {
    tally.flooded++
    expect(outcome.isStored, context()).toBe(false)
    if (!outcome.isStored) {
      expect(outcome.state.message, context()).toMatch(/^Too many comments/)
      expect(outcome.state.errors, context()).toEqual({})
    }
    return { reachedFloodControl: true }
  }

  tally.stored++
  expect(outcome.isStored, context()).toBe(true)
  if (!outcome.isStored) return { reachedFloodControl: true }
  // The slug comes from the form: whatever it holds, the redirect stays a path on this site.
  const { redirectTo } = outcome
  expect(redirectTo, context()).toMatch(/^\/articles\/[\x21-\x7e]*#comment-submitted$/)
  expect(new URL(redirectTo, ORIGIN).origin, context()).toBe(ORIGIN)
  expect(decodeURIComponent(redirectTo.slice('/articles/'.length, -'#comment-submitted'.length))).toBe(text('slug'))

  // The action does not say which comment it stored: the only one from this client is it.
  const stored = await world.payload.find({
    collection: 'comments',
    where: { ipHash: { equals: hashIp(ip) } },
    depth: 0,
  })
  expect(stored.docs, context()).toHaveLength(1)
  markTokenUsed(form.get('formToken'))
  accepted.set(
    stored.docs[0]!.id,
    expectedComment({
      content: judgement.stored,
      company: data.company,
      token: tokenVerdict(form.get('formToken'), world, answeredAt),
      ip,
      headers,
    }),
  )
  return { reachedFloodControl: true }
}

beforeAll(async () => {
  world = await buildFuzzWorld()
})

it(`answers ${MIN_INPUTS}+ generated form posts without throwing, each problem next to its field, and stores exactly the accepted ones`, async () => {
  const before = await snapshot(world.payload)
  const startedAt = Date.now()

  await checkFuzz(
    fc.asyncProperty(fc.array(caseArbitrary(), { minLength: BATCH, maxLength: BATCH }), async (cases) => {
      const clients = cases.map(() => newClientIp())
      const firsts = await Promise.all(cases.map((each, index) => send(each, clients[index]!, { isFlood: false })))
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
  expect(tally.stored).toBeGreaterThan(tally.inputs / 20)
  expect(tally.reused).toBeGreaterThan(0)
  console.log(
    `comment fuzz, form (${process.env.TEST_DB ?? 'sqlite'}): ${tally.inputs} posts in ${seconds.toFixed(1)} s — ` +
      `${tally.stored} stored, ${tally.refused} refused with their fields, ${tally.flooded} flood notices, ${tally.retried} expired forms, ${tally.reused} used forms`,
  )
}, 600_000)
