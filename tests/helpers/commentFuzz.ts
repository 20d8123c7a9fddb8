/**
 * The world the comment fuzz tests post into, and the oracle that says what must happen to each
 * generated comment. The oracle is written from the rules as documented (README, "Comments"), not
 * from the code under test: the test compares the two.
 */
import crypto from 'node:crypto'

import fc from 'fast-check'
import type { Payload } from 'payload'
import { validations } from 'payload'
import { expect } from 'vitest'

import { hashIp } from '../../src/comments/clientKey'
import { loadDiscussionSettings } from '../../src/comments/discussionSettings'
import { issueFormToken } from '../../src/comments/formToken'
import { readerHeaders } from './clientAddress'
import { validArticleData } from './content'
import { getTestPayload } from './payload'
import { PUBLISHED_FIXTURE } from './review'
import { testDialect } from './testDatabase'

export const COMMENT_FIELDS = ['authorName', 'authorEmail', 'authorUrl', 'body'] as const
export type CommentField = (typeof COMMENT_FIELDS)[number]
export type Field = CommentField | 'article' | 'parent'

/** The largest id an integer primary key can hold on every database we run. */
const MAX_ID = 2_147_483_647
const DAY_MS = 86_400_000
const SILENT = { disableRevalidate: true, disableNotifications: true }

export type FuzzWorld = {
  payload: Payload
  /** Published and open: comments on them are accepted. */
  openArticles: number[]
  /** Closed, draft and too old: comments on them are refused. */
  shutArticles: number[]
  /** Approved comments a reader may answer, with their article and depth. */
  approved: Map<number, { article: number; depth: number }>
  /** Comments that exist but may not be answered (still pending). */
  pending: number[]
  threadDepth: number
  minSecondsToPost: number
  floodIntervalSeconds: number
}

/**
 * Articles in every state a comment can meet, approved comments at each depth, the discussion
 * settings as shipped except for a closing age.
 */
export async function buildFuzzWorld(): Promise<FuzzWorld> {
  const payload = await getTestPayload()
  if (testDialect() === 'sqlite') {
    // Some thousand inserts: write-ahead logging, as a busy SQLite site would run, instead of a journal
    // synced on every commit (four times faster here). Durability is not under test; what is stored is.
    const { client } = payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('PRAGMA synchronous = NORMAL')
  }
  const article = async (extra: Record<string, unknown>, draft = false) => {
    const data = { ...(await validArticleData(1)), ...extra }
    return (await payload.create({ collection: 'articles', data: data as never, draft, context: SILENT })).id
  }
  const openA = await article({ ...PUBLISHED_FIXTURE })
  const openB = await article({ ...PUBLISHED_FIXTURE })
  const closed = await article({ ...PUBLISHED_FIXTURE, commentsOpen: false })
  const draft = await article({ _status: 'draft' }, true)
  const old = await article({ ...PUBLISHED_FIXTURE, publishedAt: new Date(Date.now() - 40 * DAY_MS).toISOString() })
  await payload.updateGlobal({ slug: 'discussion-settings', data: { closeAfterDays: 30 }, context: SILENT })
  const settings = await loadDiscussionSettings(payload)

  const seed = async (data: Record<string, unknown>) =>
    (
      await payload.create({
        collection: 'comments',
        data: { authorName: 'Seeded reader', authorEmail: 'seeded@example.com', body: 'Seeded.', ...data } as never,
        // Set up as a moderator would leave them, not posted by a reader.
        context: { ...SILENT, skipScreening: true },
      })
    ).id
  const approved = new Map<number, { article: number; depth: number }>()
  let parent: number | null = null
  for (let depth = 0; depth < settings.threadDepth; depth++) {
    parent = await seed({ article: openA, parent, depth, status: 'approved' })
    approved.set(parent, { article: openA, depth })
  }
  const onB = await seed({ article: openB, depth: 0, status: 'approved' })
  approved.set(onB, { article: openB, depth: 0 })
  const pending = [await seed({ article: openA, depth: 0, status: 'pending' })]

  return {
    payload,
    openArticles: [openA, openB],
    shutArticles: [closed, draft, old],
    approved,
    pending,
    threadDepth: settings.threadDepth,
    minSecondsToPost: settings.minSecondsToPost,
    floodIntervalSeconds: settings.floodIntervalSeconds,
  }
}

/**
 * Runs the property and, on the first failure, stops (no shrinking: every run posts a batch of comments)
 * with the failing request and the seed to replay it: FUZZ_SEED=… FUZZ_PATH=… npx vitest run <file>.
 */
export async function checkFuzz<Ts>(property: fc.IAsyncProperty<Ts>, numRuns: number): Promise<void> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined
  const details = await fc.check(property, { numRuns, seed, path: process.env.FUZZ_PATH, endOnFailure: true })
  if (!details.failed) return
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
  throw new Error(`replay with FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath}\n${cause}`)
}

// ── Form tokens ────────────────────────────────────────────────────────────────────────────────

/** What a generated input asks for in place of a form token; turned into a real one when sent. */
export class TokenWish {
  constructor(readonly kind: 'aged' | 'fresh' | 'forged' | 'expired' | 'reused') {}
  toString() {
    return `<${this.kind} token>`
  }
}

/** Tokens handed out while sending, with when they were issued, so the oracle knows what each one was. */
const grantedTokens = new Map<string, number>()
/** Tokens a stored comment was posted with: each may serve once. */
const usedTokens = new Set<string>()

/** A valid token issued `ageMs` ago, as `GET /api/comments/form-token` or the page would have. */
function issued(ageMs: number): string {
  const issuedAt = Date.now() - ageMs
  const token = issueFormToken(issuedAt)
  grantedTokens.set(token, issuedAt)
  return token
}

/** A token of the reader who has had the form open longer than the minimum wait. */
export const agedToken = (world: FuzzWorld) => issued(world.minSecondsToPost * 1000 + 1_000)

export function grantToken(wish: TokenWish, world: FuzzWorld): string {
  if (wish.kind === 'aged') return agedToken(world)
  if (wish.kind === 'fresh') return issued(0)
  if (wish.kind === 'reused') {
    // One a stored comment already used (any of them); before there is one, an unused aged token.
    const used = [...usedTokens]
    return used.length ? used[Math.floor(Math.random() * used.length)]! : agedToken(world)
  }
  if (wish.kind === 'expired') return issueFormToken(Date.now() - 25 * 60 * 60 * 1000)
  return `${Date.now() - 60_000}.${crypto.randomBytes(16).toString('hex')}`
}

/** 'valid' (waited long enough), 'young' (valid but sent too soon), or 'invalid'. */
export function tokenVerdict(token: unknown, world: FuzzWorld, answeredAt: number): 'valid' | 'young' | 'invalid' {
  const issuedAt = typeof token === 'string' ? grantedTokens.get(token) : undefined
  if (issuedAt === undefined) return 'invalid'
  // Answered within the minimum wait: the server certainly judged it too fast. Later: it may not have.
  return answeredAt - issuedAt < world.minSecondsToPost * 1000 ? 'young' : 'valid'
}

/** Whether a stored comment was already posted with this token (judged before sending it). */
export const isUsedToken = (token: unknown): boolean => typeof token === 'string' && usedTokens.has(token)

/** Remembers the token a stored comment was posted with. */
export function markTokenUsed(token: unknown): void {
  if (typeof token === 'string' && grantedTokens.has(token)) usedTokens.add(token)
}

// ── Clients ────────────────────────────────────────────────────────────────────────────────────

/** Each request comes from its own client, so flood control bites only where a test repeats one. */
const runTag = crypto.randomBytes(2).toString('hex')
let clientCounter = 0
export const newClientIp = () => `2001:db8:${runTag}:${(++clientCounter).toString(16)}::7`

/**
 * How the request reached us: only its real address (`direct`), or with addresses the client wrote
 * itself, before the proxy's in X-Forwarded-For (`spoofed`), or in X-Real-IP (`real-ip`).
 */
export type Hop = { shape: 'direct' | 'spoofed' | 'real-ip'; spoof: string }

/**
 * The headers a reader's request arrives with, as deployed (TRUSTED_PROXY_HOPS): its real address
 * where the server or the trusted proxies put it, and whatever the client wrote itself. With no
 * proxy in front (0) everything the client writes is ignored; behind proxies, what it writes
 * before the nearest proxy's entry is, and X-Real-IP counts only when X-Forwarded-For is absent.
 */
export function clientHeaders(ip: string, hop: Hop, userAgent: string | null): Headers {
  const headers = readerHeaders(ip)
  const forwarded = headers.get('x-forwarded-for')
  if (hop.shape === 'spoofed') {
    headers.set('x-forwarded-for', forwarded ? ` ${hop.spoof} ,${forwarded.replace(/, /g, ',')}` : hop.spoof)
  }
  if (hop.shape === 'real-ip') {
    if (forwarded) {
      headers.delete('x-forwarded-for')
      headers.set('x-real-ip', ip)
    } else headers.set('x-real-ip', hop.spoof)
  }
  if (userAgent !== null) headers.set('user-agent', userAgent)
  return headers
}

// ── The oracle ─────────────────────────────────────────────────────────────────────────────────

export type StoredContent = {
  article: number
  parent: number | null
  depth: number
  authorName: string
  authorEmail: string
  authorUrl: string | null
  body: string
}
export type Judgement = { refused: Field[] } | { stored: StoredContent }

/** Text survives the database unchanged: no control characters but tab and line breaks, valid UTF-16. */
function isStorable(text: string): boolean {
  if (/[^\P{Cc}\t\n\r]/u.test(text)) return false
  return Buffer.from(text, 'utf8').toString('utf8') === text
}

const codePoints = (text: string) => [...text].length

/** Payload's own email field rule (it runs after the hooks): what it refuses must be refused first. */
function payloadTakesEmail(text: string, payload: Payload): boolean {
  const t = (key: string) => key
  return validations.email(text, { req: { payload, t }, required: true } as never) === true
}

function isWebAddress(text: string): boolean {
  if (text.length > 2_000) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** Whether a field's value is at fault, by the documented rules. */
function isFaulty(field: CommentField, value: unknown, payload: Payload): boolean {
  const isMissing = value === undefined || value === null
  if (!isMissing && typeof value !== 'string') return true
  const text = typeof value === 'string' ? value.trim() : ''
  // Longest in UTF-16 units: a character takes at most two. Checked first, so huge strings cost little.
  const maxUnits = { authorName: 2 * 80, body: 2 * 5_000, authorEmail: 254, authorUrl: 2_000 }[field]
  if (text.length > maxUnits) return true
  if (!isStorable(text)) return true
  switch (field) {
    case 'authorName':
      return text === '' || codePoints(text) > 80
    case 'body':
      return text === '' || codePoints(text) > 5_000
    case 'authorEmail':
      return text === '' || !payloadTakesEmail(text, payload)
    case 'authorUrl':
      return text !== '' && !isWebAddress(text)
  }
}

/** How Payload reads a single relationship value before any hook sees it. */
function relationValue(value: unknown): unknown {
  if (value === '' || value === 'none' || value === 'null' || value === null) return null
  if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) return (value as { id: unknown }).id
  return value
}

/** The row id a value names, or null when it cannot name one. */
function rowId(value: unknown): number | null {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isInteger(id) && id > 0 && id <= MAX_ID ? id : null
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What must happen to a comment with this data: refused naming exactly these fields (every field
 * problem at once; otherwise the article; otherwise the reply), or stored with this content.
 */
export function judgeComment(sent: unknown, world: FuzzWorld): Judgement {
  const data = isPlainObject(sent) ? sent : {}
  const faults = COMMENT_FIELDS.filter((field) => isFaulty(field, data[field], world.payload))
  if (faults.length) return { refused: faults }

  const article = rowId(relationValue(data.article))
  if (article === null || !world.openArticles.includes(article)) return { refused: ['article'] }

  const parentValue = relationValue(data.parent)
  let parent: number | null = null
  let depth = 0
  if (parentValue !== null && parentValue !== undefined) {
    parent = rowId(parentValue)
    const answered = parent === null ? undefined : world.approved.get(parent)
    if (!answered || answered.article !== article || answered.depth + 1 >= world.threadDepth) {
      return { refused: ['parent'] }
    }
    depth = answered.depth + 1
  }
  const text = (field: CommentField) => (typeof data[field] === 'string' ? (data[field] as string).trim() : '')
  return {
    stored: {
      article,
      parent,
      depth,
      authorName: text('authorName'),
      authorEmail: text('authorEmail').toLowerCase(),
      authorUrl: text('authorUrl') || null,
      body: text('body'),
    },
  }
}

export type ExpectedComment = StoredContent & {
  status: 'spam' | 'pending' | 'spam or pending'
  ipHash: string
  userAgent: string | null
}

/** The moderation fields the server adds to stored content: who posted, and spam or held. */
export function expectedComment({
  content,
  company,
  token,
  ip,
  headers,
}: {
  content: StoredContent
  company: unknown
  token: 'valid' | 'young' | 'invalid'
  ip: string
  headers: Headers
}): ExpectedComment {
  const isHoneypot = typeof company === 'string' && company.trim() !== ''
  const isBot = isHoneypot || token === 'invalid' || token === 'young'
  return {
    ...content,
    // A fresh token answered after the minimum wait may have been judged either way.
    status: isBot ? 'spam' : token === 'valid' ? 'pending' : 'spam or pending',
    ipHash: hashIp(ip),
    userAgent: headers.get('user-agent')?.slice(0, 300) ?? null,
  }
}

// ── The database before and after ──────────────────────────────────────────────────────────────

export async function snapshot(payload: Payload) {
  const all = async <T extends 'comments' | 'articles' | 'users' | 'authors' | 'causes' | 'media'>(collection: T) =>
    (await payload.find({ collection, depth: 0, pagination: false, sort: 'id' })).docs
  return {
    comments: (await payload.find({ collection: 'comments', depth: 0, pagination: false, sort: 'id' })).docs,
    unrelated: {
      articles: await all('articles'),
      users: await all('users'),
      authors: await all('authors'),
      causes: await all('causes'),
      media: await all('media'),
      articleVersions: (await payload.countVersions({ collection: 'articles' })).totalDocs,
      causeVersions: (await payload.countVersions({ collection: 'causes' })).totalDocs,
      discussion: await payload.findGlobal({ slug: 'discussion-settings', depth: 0 }),
      site: await payload.findGlobal({ slug: 'site-settings', depth: 0 }),
    },
  }
}

/**
 * After the run the database holds the comments it held before, untouched, plus exactly the accepted
 * ones with exactly the expected content; nothing else changed.
 */
export async function expectOnlyAcceptedStored({
  payload,
  before,
  accepted,
  startedAt,
}: {
  payload: Payload
  before: Awaited<ReturnType<typeof snapshot>>
  accepted: Map<number | string, ExpectedComment>
  startedAt: number
}) {
  const after = await snapshot(payload)
  expect(after.unrelated).toEqual(before.unrelated)

  const beforeIds = new Set(before.comments.map((comment) => comment.id))
  expect(after.comments.filter((comment) => beforeIds.has(comment.id))).toEqual(before.comments)
  const added = after.comments.filter((comment) => !beforeIds.has(comment.id))
  expect(added.map((comment) => comment.id).sort()).toEqual([...accepted.keys()].sort())

  const endedAt = Date.now()
  for (const stored of added) {
    const expected = accepted.get(stored.id)!
    const { status, ...fields } = expected
    const actual = {
      article: stored.article,
      parent: stored.parent ?? null,
      depth: stored.depth,
      authorName: stored.authorName,
      authorEmail: stored.authorEmail,
      authorUrl: stored.authorUrl ?? null,
      body: stored.body,
      ipHash: stored.ipHash,
      userAgent: stored.userAgent ?? null,
    }
    expect(actual, `comment ${stored.id}`).toEqual(fields)
    if (status === 'spam or pending') expect(['spam', 'pending']).toContain(stored.status)
    else expect(stored.status, `status of comment ${stored.id}`).toBe(status)
    expect(stored.heldFor?.length, `why comment ${stored.id} is held`).toBeGreaterThan(0)
    expect(stored.moderatedBy ?? null).toBeNull()
    const createdAt = new Date(stored.createdAt).getTime()
    expect(createdAt).toBeGreaterThanOrEqual(startedAt - 1_000)
    expect(createdAt).toBeLessThanOrEqual(endedAt + 1_000)
  }
}
