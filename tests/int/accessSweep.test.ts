import { formatNames } from 'payload'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueFormToken } from '../../src/comments/formToken'
import { createAuthor, validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/restClient'
import type { JsonResponse } from '../helpers/restClient'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'
import { testDialect } from '../helpers/testDatabase'
import { ACTORS, MATRIX, NOT_SWEPT, UNJUDGED } from './accessSweep.matrix'
import type { Actor, Operation } from './accessSweep.matrix'

/**
 * Issue 6: every REST and GraphQL operation on every collection and global, as anonymous and as each
 * role, against the expected matrix in accessSweep.matrix.ts. Success is judged by effect: a read
 * succeeds when the probe document's marker (or the private field's value) is in the response, a
 * write when the database (Local API, access overridden) shows the change. Every response is also
 * searched for secrets the actor may not see, whatever the operation. The workflow-specific cases
 * (own draft, submit, schedule) stay in accessMatrix.test.ts.
 */

type Id = number | string
type Data = Record<string, unknown>
type Staff = Exclude<Actor, 'anonymous'>
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Account = { id: Id; token: string; email: string }

/**
 * A document, or one private field of it (`isField`), that the sweep tries to reach; `marker` shows
 * it was reached. `isDraftOnly`: a newer draft, which only the `draft` reads may show anyone.
 */
type Probe = { id: Id; marker: string; isField?: boolean; isDraftOnly?: boolean }
type Outcome = { door: string; success: boolean; note?: string }
type Cell = { target: string; variant: string; actor: Actor }

/** The Local API without the generated per-collection types: the sweep handles every slug alike. */
type Loose = {
  create(args: Data): Promise<Data & { id: Id }>
  update(args: Data): Promise<Data>
  findByID(args: Data): Promise<(Data & { id: Id }) | null>
  find(args: Data): Promise<{ docs: (Data & { id: Id })[]; totalDocs: number }>
  findVersions(args: Data): Promise<{ docs: (Data & { id: Id })[] }>
  count(args: Data): Promise<{ totalDocs: number }>
  findGlobal(args: Data): Promise<Data>
  updateGlobal(args: Data): Promise<Data>
}

const STAFF_ACTORS: Staff[] = ['admin', 'editor', 'writer', 'moderator']
/** Hooks skip rebuilding website pages for fixtures. */
const QUIET = { disableRevalidate: true }
const DAY_MS = 24 * 60 * 60 * 1000
/** Keys that no API response may ever carry, whoever asks. */
const FORBIDDEN_KEYS = new Set(['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'lockUntil'])

let payload: Payload
let local: Loose
const accounts = {} as Record<Staff, Account>
let otherWriter: Account
let bootstrapAdminId: Id
let writerAuthorId: Id

const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : accounts[actor].token)
/** The account an actor acts on as "own"; anonymous has none and tries the writer's. */
const ownId = (actor: Actor) => (actor === 'anonymous' ? accounts.writer.id : accounts[actor].id)

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
/** A fresh, unguessable token of letters only (a digit could upset the title's reason count). */
function mark(): string {
  return `zq${Array.from({ length: 12 }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join('')}`
}

async function userDoc(id: Id) {
  return { ...(await local.findByID({ collection: 'users', id, depth: 0 })), collection: 'users' }
}

// ── secrets and problems ────────────────────────────────────────────────────────────────────────

type Secret = { value: string; label: string; visibleTo: readonly Actor[] }
const secrets: Secret[] = []
function keepSecret(value: string, label: string, visibleTo: readonly Actor[]) {
  secrets.push({ value, label, visibleTo })
}

/** What the running test found wrong: unexpected outcomes and leaks. */
let problems: string[] = []
let cellCount = 0

function forbiddenKeyIn(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  for (const [key, child] of Object.entries(value)) {
    // Permission maps name these fields too (with an object); only a value is a leak.
    if (FORBIDDEN_KEYS.has(key) && (typeof child === 'string' || typeof child === 'number')) return key
    const found = forbiddenKeyIn(child)
    if (found) return found
  }
  return undefined
}

/** Every response of the sweep passes here: no secret may reach an actor it is not meant for. */
function inspect(actor: Actor, door: string, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? null)
  for (const secret of secrets) {
    if (!secret.visibleTo.includes(actor) && text.includes(secret.value))
      problems.push(`LEAK: ${secret.label} shown to ${actor} by ${door}`)
  }
  const key = forbiddenKeyIn(body)
  if (key) problems.push(`LEAK: "${key}" shown to ${actor} by ${door}`)
}

// ── doors: REST and GraphQL calls that record what they covered ─────────────────────────────────

const coveredRest = new Set<string>()
const coveredGraphql = new Set<string>()

/**
 * Answers to reads, shared by the variants that read the same document (a document and its private
 * fields); emptied before every write.
 */
const readCache = new Map<string, Promise<JsonResponse>>()

/** `route` is the endpoint as the config names it ("PATCH /:id"); `url` the concrete path under /api. */
function restAs(
  actor: Actor,
  target: string,
  route: string,
  url: string,
  options: { json?: unknown; form?: FormData; token?: string } = {},
): Promise<JsonResponse> {
  coveredRest.add(`${target} ${route}`)
  const method = route.split(' ')[0] as Method
  // Writes answer with the document unpopulated: reads already try every relationship.
  const path = method === 'GET' ? url : `${url}${url.includes('?') ? '&' : '?'}depth=0`
  const token = options.token ?? tokenOf(actor)
  const send = async () => {
    const response = await rest(method, path, { json: options.json, form: options.form, token })
    inspect(actor, `REST ${method} ${url}`, response.body)
    return response
  }
  if (method !== 'GET') return send()
  const key = `${actor} ${token} ${url}`
  if (!readCache.has(key)) readCache.set(key, send())
  return readCache.get(key)!
}

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
type SchemaField = { name: string; args: { name: string; type: TypeRef }[]; type: TypeRef }
type SchemaType = {
  name: string
  kind: string
  fields: SchemaField[] | null
  inputFields: { name: string; type: TypeRef }[] | null
}
const schemaTypes = new Map<string, SchemaType>()
const queryFields = new Map<string, SchemaField>()
const mutationFields = new Map<string, SchemaField>()
/** GraphQL object types that are documents of a collection: nested, they are read as leaves only. */
const documentTypes = new Set<string>()

const namedType = (type: TypeRef): TypeRef => (type.ofType ? namedType(type.ofType) : type)
const typeString = (type: TypeRef): string =>
  type.kind === 'NON_NULL'
    ? `${typeString(type.ofType!)}!`
    : type.kind === 'LIST'
      ? `[${typeString(type.ofType!)}]`
      : type.name!

/**
 * Every readable field of a GraphQL type, so that a private field is asked for and must come back
 * empty. Related documents are read one level deep (their scalar fields): enough to see a leak
 * through a relationship, and within the server's depth and cost limits.
 */
function selectionOf(typeName: string, depth = 0): string {
  const type = schemaTypes.get(typeName)
  const parts: string[] = []
  for (const field of type?.fields ?? []) {
    if (field.args.some((arg) => arg.type.kind === 'NON_NULL')) continue
    const named = namedType(field.type)
    if (named.kind === 'SCALAR' || named.kind === 'ENUM') parts.push(field.name)
    else if (named.kind === 'OBJECT' && depth < 4) {
      const isDocument = documentTypes.has(named.name!)
      const inner = isDocument ? leavesOf(named.name!) : selectionOf(named.name!, depth + 1)
      if (inner) parts.push(`${field.name} { ${inner} }`)
    }
  }
  return parts.join(' ')
}

function leavesOf(typeName: string): string {
  return (schemaTypes.get(typeName)?.fields ?? [])
    .filter((field) => !field.args.some((arg) => arg.type.kind === 'NON_NULL'))
    .filter((field) => ['SCALAR', 'ENUM'].includes(namedType(field.type).kind))
    .map((field) => field.name)
    .join(' ')
}

/** The selection for whatever a query or mutation returns: a paginated list's docs, a document, a scalar. */
function selectionFor(field: SchemaField): string {
  const named = namedType(field.type)
  if (named.kind !== 'OBJECT') return ''
  const docs = schemaTypes.get(named.name!)?.fields?.find((f) => f.name === 'docs')
  if (docs) return `docs { ${selectionOf(namedType(docs.type).name!)} } totalDocs`
  return selectionOf(named.name!)
}

/** Calls one query or mutation with typed variables; the selection defaults to everything readable. */
function gqlAs(
  actor: Actor,
  name: string,
  args: Data = {},
  options: { selection?: string; token?: string } = {},
): Promise<JsonResponse> {
  const field = queryFields.get(name) ?? mutationFields.get(name)
  if (!field) throw new Error(`GraphQL has no operation named ${name}`)
  coveredGraphql.add(name)
  const kind = queryFields.has(name) ? 'query' : 'mutation'
  const given = field.args.filter((arg) => args[arg.name] !== undefined)
  const declarations = given.map((arg) => `$${arg.name}: ${typeString(arg.type)}`).join(', ')
  const passed = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ')
  const selection = options.selection ?? selectionFor(field)
  const query = `${kind}${declarations ? `(${declarations})` : ''} { ${name}${passed ? `(${passed})` : ''}${selection ? ` { ${selection} }` : ''} }`
  const token = options.token ?? tokenOf(actor)
  const send = async () => {
    const response = await gql(query, { variables: args, token })
    inspect(actor, `GraphQL ${name}`, response.body)
    return response
  }
  if (kind === 'mutation') return send()
  const key = `${actor} ${token} ${query} ${JSON.stringify(args)}`
  if (!readCache.has(key)) readCache.set(key, send())
  return readCache.get(key)!
}

/**
 * Asked once, for coverage and for leaks only: UNJUDGED in the matrix says why the answer cannot be
 * judged (it is the same error for everyone).
 */
async function tryUnjudged(actor: Actor, name: string, args: Data) {
  const listed = Object.keys(UNJUDGED).some((prefix) => name.startsWith(prefix.replace(/^GraphQL /, '')))
  if (!listed) throw new Error(`${name} is not listed in UNJUDGED`)
  if (coveredGraphql.has(name)) return
  await gqlAs(actor, name, args, { selection: name === 'Access' ? 'canAccessAdmin' : 'update { permission }' })
}

const hasText = (response: JsonResponse, marker: string) => JSON.stringify(response.body ?? '').includes(marker)
const isOk = (response: JsonResponse) => response.status >= 200 && response.status < 300
const gqlData = (response: JsonResponse, name: string): any => response.body?.data?.[name]

/** Why a door refused, for the report of an unexpected denial. */
function noteOf(response: JsonResponse): string {
  const errors = response.body?.errors
  const message = Array.isArray(errors) ? errors[0]?.message : undefined
  return `${response.status}${message ? ` ${String(message).slice(0, 120)}` : ''}`
}

function outcome(door: string, response: JsonResponse, success: boolean): Outcome {
  return { door, success, note: noteOf(response) }
}

// ── the config, as GraphQL and REST see it ──────────────────────────────────────────────────────

type Names = { singular: string; plural: string }
const graphqlNames = new Map<string, Names>()

function collectionConfig(slug: string) {
  return payload.config.collections.find((collection) => collection.slug === slug)
}
const isGlobal = (slug: string) => payload.config.globals.some((global) => global.slug === slug)
const versionsOf = (slug: string) => collectionConfig(slug)?.versions as { drafts?: unknown } | false | undefined
const hasDrafts = (slug: string) => Boolean(versionsOf(slug) && (versionsOf(slug) as { drafts?: unknown }).drafts)
const hasVersions = (slug: string) => Boolean(versionsOf(slug))
const restBase = (target: string) => (isGlobal(target) ? `/globals/${target}` : `/${target}`)

async function loadSchema() {
  const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }'
  const introspection = await gql(
    `{ __schema { queryType { name } mutationType { name } types { name kind fields { name type { ${typeRef} } args { name type { ${typeRef} } } } inputFields { name type { ${typeRef} } } } } }`,
  )
  const schema = introspection.body.data.__schema
  for (const type of schema.types as SchemaType[]) schemaTypes.set(type.name, type)
  for (const field of schemaTypes.get(schema.queryType.name)!.fields!) queryFields.set(field.name, field)
  for (const field of schemaTypes.get(schema.mutationType.name)!.fields!) mutationFields.set(field.name, field)

  // Payload names a collection's operations after its slug (or graphQL.singularName/pluralName).
  for (const collection of payload.config.collections) {
    if (collection.graphQL === false) continue
    const fromSlug = formatNames(collection.slug)
    const singular = collection.graphQL?.singularName ?? fromSlug.singular
    let plural = collection.graphQL?.pluralName ?? fromSlug.plural
    if (plural === singular) plural = `all${singular}`
    graphqlNames.set(collection.slug, { singular, plural })
    documentTypes.add(singular)
  }
  for (const global of payload.config.globals) {
    if (global.graphQL === false) continue
    const name = global.graphQL?.name ?? formatNames(global.slug).singular
    graphqlNames.set(global.slug, { singular: name, plural: name })
  }
}

const gqlName = (target: string) => graphqlNames.get(target)

/** GraphQL demands every required field of a global's input: send the stored values with the change. */
async function withRequiredInputs(target: string, data: Data): Promise<Data> {
  const mutation = mutationFields.get(`update${gqlName(target)!.singular}`)!
  const inputType = namedType(mutation.args.find((arg) => arg.name === 'data')!.type).name!
  const current = await local.findGlobal({ slug: target, depth: 0 })
  const required = (schemaTypes.get(inputType)?.inputFields ?? []).filter((field) => field.type.kind === 'NON_NULL')
  return { ...Object.fromEntries(required.map((field) => [field.name, current[field.name]])), ...data }
}

// ── fixtures ────────────────────────────────────────────────────────────────────────────────────

let articleBase: Data
let imageBytes: Buffer

type ArticleState =
  'draft' | 'in review' | 'approved' | 'published' | 'published after changes' | 'published, sent back'

type ArticleFixture = { id: Id; marker: string; note: string; revision: string }

async function makeArticle(by: Id, state: ArticleState): Promise<ArticleFixture> {
  const marker = mark()
  const note = mark()
  const revision = mark()
  const writer = await userDoc(by)
  const editor = await userDoc(accounts.editor.id)
  const doc = await local.create({
    collection: 'articles',
    draft: true,
    user: writer,
    context: QUIET,
    data: { ...articleBase, title: `${articleBase.title as string} ${marker}`, slug: marker, excerpt: marker },
  })
  const step = (user: Data, data: Data, draft = true) =>
    local.update({ collection: 'articles', id: doc.id, draft, user, context: QUIET, data })
  if (state === 'draft') return { id: doc.id, marker, note, revision }
  await step(writer, { workflowAction: 'submit' })
  if (state === 'published after changes') {
    await step(editor, { workflowAction: 'request_changes', workflowNote: `Please look again ${note}` })
    await step(writer, { workflowAction: 'submit' })
  }
  if (state === 'in review') return { id: doc.id, marker, note, revision }
  // Review is required before publishing (the editorial setting's default).
  await step(editor, { workflowAction: 'approve' })
  if (state !== 'approved') await step(editor, { _status: 'published' }, false)
  if (state === 'published, sent back') {
    await step(editor, { workflowAction: 'request_changes', workflowNote: `Please look again ${note}` })
    // The writer's revision: a newer draft that readers must not see while the old text stays live.
    await step(writer, { excerpt: `Revised ${revision}` })
  }
  return { id: doc.id, marker, note, revision }
}

async function makeCause(status: 'draft' | 'published'): Promise<Probe> {
  const marker = mark()
  const doc = await local.create({
    collection: 'causes',
    draft: status === 'draft',
    context: QUIET,
    data: { title: `Cause ${marker}`, slug: marker, summary: marker, category: 'health', _status: status },
  })
  return { id: doc.id, marker }
}

async function makeAuthor(): Promise<Probe> {
  const marker = mark()
  const doc = await local.create({
    collection: 'authors',
    context: QUIET,
    data: { name: `Author ${marker}`, slug: marker, jobTitle: marker },
  })
  return { id: doc.id, marker }
}

type CommentFixture = { id: Id; body: string; email: string; ipHash: string; userAgent: string; heldFor: string }

async function makeComment(articleId: Id, status: 'approved' | 'pending' | 'trash'): Promise<CommentFixture> {
  const [body, email, ipHash, userAgent, heldFor] = [mark(), `${mark()}@example.com`, mark(), mark(), mark()]
  const doc = await local.create({
    collection: 'comments',
    context: { ...QUIET, skipScreening: true },
    data: {
      article: articleId,
      authorName: 'A reader',
      authorEmail: email,
      body: `A comment ${body}`,
      status,
      heldFor: [heldFor],
      ipHash,
      userAgent,
      moderatedAt: status === 'approved' ? MODERATED_AT : null,
    },
  })
  const privateTo = MATRIX.comments!.read!
  keepSecret(email, 'a commenter email', privateTo['email of approved']!)
  keepSecret(ipHash, 'a commenter IP hash', privateTo['ip hash of approved']!)
  keepSecret(userAgent, 'a commenter user agent', privateTo['user agent of approved']!)
  keepSecret(heldFor, 'why a comment was held', privateTo['why held of approved']!)
  return { id: doc.id, body, email, ipHash, userAgent, heldFor }
}

/** An unusual instant, so that its appearance in a response can only be this field. */
const MODERATED_AT = '2001-02-03T04:05:06.789Z'

/** An image, uploaded by `uploader` (by nobody: as the seed's are). */
async function makeMedia(uploader?: Id): Promise<Probe & { filename: string }> {
  const marker = mark()
  const doc = await local.create({
    collection: 'media',
    context: QUIET,
    user: uploader === undefined ? undefined : await userDoc(uploader),
    data: { alt: marker },
    file: { data: imageBytes, mimetype: 'image/png', name: `${marker}.png`, size: imageBytes.length },
  })
  return { id: doc.id, marker, filename: doc.filename as string }
}

async function makeAccount(label: string): Promise<Account> {
  const email = `${label}-${mark()}@legwork.test`
  const doc = await local.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: `${label} user`, roles: ['writer'] },
  })
  return { id: doc.id, token: '', email }
}

async function makePreference(userId: Id): Promise<Probe> {
  const marker = mark()
  const doc = await local.create({
    collection: 'payload-preferences',
    user: await userDoc(userId),
    data: { key: marker, value: { note: marker }, user: { relationTo: 'users', value: userId } },
  })
  return { id: doc.id, marker }
}

async function makeJob(): Promise<Probe> {
  const marker = mark()
  const article = await probe('articles', "another writer's draft", 'admin')
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    queue: marker,
    input: { type: 'publish', doc: { relationTo: 'articles', value: article.id as number } },
    waitUntil: new Date(Date.now() + DAY_MS),
  })
  return { id: job.id, marker }
}

// ── what each target is made of ─────────────────────────────────────────────────────────────────

type WriteFieldSpec = {
  on: 'create' | 'update'
  /** The probe written to (update); for create, data merged into the target's create data. */
  probe?: string
  data: (probe: Probe | undefined, actor: Actor) => Data
  happened: (doc: Data, actor: Actor) => boolean
  /** For a probe that is not replaced after a success: put it back as it was. */
  reset?: (probe: Probe, actor: Actor) => Promise<void>
}

type EndpointSpec = (cell: Cell) => Promise<Outcome[]>

type TargetSpec = {
  /** A field every update writes a fresh value into (text, or a number for the globals). */
  markerField: string
  freshValue?: (current: unknown) => unknown
  /** Fixture makers by variant name; `actor` matters only for the per-actor probes. */
  probes: Record<string, (actor: Actor) => Promise<Probe>>
  perActor?: string[]
  createData?: (variant: string, marker: string, actor: Actor) => Data | Promise<Data>
  createForm?: (marker: string) => FormData
  /** Whether what `create` made is what the variant asked for (e.g. really published). */
  createdAsAsked?: (variant: string, doc: Data) => boolean
  /** The field a new document is found by, where the server may not keep `markerField` as sent. */
  createdMarkerField?: string
  duplicateData?: (marker: string) => Data
  /** Consuming operations (delete, publish, restore, forced fields) take a fresh fixture of this kind. */
  victimOf?: Record<string, string>
  /** Doors that do not reach the operation here, with the reason (the route is swept elsewhere). */
  skipDoors?: Record<string, string>
  /** For `where` on a private field: the path to query, by read variant. */
  queryPaths?: Record<string, string>
  writeFields?: Record<string, WriteFieldSpec>
  endpoints?: Record<string, EndpointSpec>
}

const probeCache = new Map<string, Promise<Probe>>()

/** A fixture, made once (per actor where it differs by actor) and reused by every cell that reads or updates it. */
function probe(target: string, variant: string, actor: Actor): Promise<Probe> {
  const spec = SPECS[target]!
  const make = spec.probes[variant]
  if (!make) throw new Error(`${target} has no probe named "${variant}"`)
  const key = `${target}|${variant}|${spec.perActor?.includes(variant) ? actor : '*'}`
  if (!probeCache.has(key)) probeCache.set(key, make(actor))
  return probeCache.get(key)!
}

/** A fixture for a cell that may consume it (delete, publish, restore, forced fields): replaced after each success. */
const victims = new Map<string, Promise<Probe>>()
function victim(target: string, variantName: string, actor: Actor): Promise<Probe> {
  const spec = SPECS[target]!
  const variant = spec.victimOf?.[variantName] ?? variantName
  const key = `${target}|${variant}|${spec.perActor?.includes(variant) ? actor : '*'}`
  if (!victims.has(key)) victims.set(key, spec.probes[variant]!(actor))
  return victims.get(key)!
}
function consumed(target: string, variantName: string, actor: Actor) {
  const spec = SPECS[target]!
  const variant = spec.victimOf?.[variantName] ?? variantName
  victims.delete(`${target}|${variant}|${spec.perActor?.includes(variant) ? actor : '*'}`)
}

const articleDraftOf =
  (who: () => Id, { isSecret = true } = {}) =>
  async () => {
    const article = await makeArticle(who(), 'draft')
    if (isSecret) keepSecret(article.marker, 'a draft article', MATRIX.articles!.read!["the writer's draft"]!)
    return { id: article.id, marker: article.marker }
  }

let publishedArticle: Promise<ArticleFixture> | undefined
const writersPublishedArticle = () => {
  publishedArticle ??= makeArticle(accounts.writer.id, 'published after changes').then((article) => {
    keepSecret(article.note, 'a workflow note', MATRIX.articles!.read!['workflow history of published']!)
    return article
  })
  return publishedArticle
}

let sentBack: Promise<ArticleFixture> | undefined
const sentBackArticle = () => {
  sentBack ??= makeArticle(accounts.writer.id, 'published, sent back').then((article) => {
    keepSecret(article.revision, 'a revision not yet published', MATRIX.articles!.read![REVISION]!)
    return article
  })
  return sentBack
}
const REVISION = "the writer's revision of a published article"

let commentFixtures: Promise<Record<'approved' | 'pending' | 'pendingOnWriters', CommentFixture>> | undefined
function comments() {
  commentFixtures ??= (async () => {
    const othersArticle = await makeArticle(otherWriter.id, 'published')
    const writersArticle = await writersPublishedArticle()
    const approved = await makeComment(othersArticle.id, 'approved')
    const pending = await makeComment(othersArticle.id, 'pending')
    const pendingOnWriters = await makeComment(writersArticle.id, 'pending')
    keepSecret(pending.body, 'a pending comment', MATRIX.comments!.read!.pending!)
    keepSecret(pendingOnWriters.body, "a pending comment on the writer's article", [
      ...MATRIX.comments!.read!["pending on the writer's article"]!,
    ])
    return { approved, pending, pendingOnWriters }
  })()
  return commentFixtures
}

const commentProbe = (pick: (c: Awaited<ReturnType<typeof comments>>) => Probe) => async () => pick(await comments())

const formToken = () => issueFormToken(Date.now() - 10_000)

/** Whose a stored document lock is. */
const lockHolder = (doc: Data) => {
  const user = doc.user as { value?: unknown } | undefined
  return idOf(user && typeof user === 'object' && 'value' in user ? user.value : user)
}

const SPECS: Record<string, TargetSpec> = {
  articles: {
    markerField: 'excerpt',
    probes: {
      published: async () => {
        const article = await writersPublishedArticle()
        return { id: article.id, marker: article.marker }
      },
      'workflow history of published': async () => {
        const article = await writersPublishedArticle()
        return { id: article.id, marker: article.note, isField: true }
      },
      "the writer's published article": async () => {
        const article = await writersPublishedArticle()
        return { id: article.id, marker: article.marker }
      },
      "the writer's draft": articleDraftOf(() => accounts.writer.id),
      "the writer's approved article": async () => {
        const article = await makeArticle(accounts.writer.id, 'approved')
        return { id: article.id, marker: article.marker }
      },
      "another writer's draft": articleDraftOf(() => otherWriter.id),
      "the writer's published article, sent back for changes": async () => {
        const article = await sentBackArticle()
        return { id: article.id, marker: article.marker }
      },
      // For restoring: one of its own, since the editors' saves above unpublish the shared one.
      'a published article sent back': async () => {
        const article = await makeArticle(accounts.writer.id, 'published, sent back')
        return { id: article.id, marker: article.marker }
      },
      "the writer's revision of a published article": async () => {
        const article = await sentBackArticle()
        return { id: article.id, marker: article.revision, isField: true, isDraftOnly: true }
      },
      // Only ever deleted: a bare draft is enough, and much quicker to make.
      draft: async () => {
        const marker = mark()
        const doc = await local.create({
          collection: 'articles',
          draft: true,
          user: await userDoc(accounts.writer.id),
          context: QUIET,
          data: { title: `Doomed ${marker}`, slug: marker, author: articleBase.author },
        })
        return { id: doc.id, marker }
      },
      // Publishing makes it public: not a secret, unlike the other drafts.
      'a draft to publish': articleDraftOf(() => accounts.writer.id, { isSecret: false }),
      "the writer's article in review": async () => {
        const article = await makeArticle(accounts.writer.id, 'in review')
        keepSecret(article.marker, 'an article in review', MATRIX.articles!.read!["the writer's draft"]!)
        return { id: article.id, marker: article.marker }
      },
    },
    createData: (variant, marker) => ({
      ...articleBase,
      title: `${articleBase.title as string} ${marker}`,
      slug: marker,
      excerpt: marker,
      // Nothing is published on creation but by an admin who says why review is skipped.
      ...(variant === 'published'
        ? { _status: 'published', workflowAction: 'publish_without_review', workflowNote: `Skipped ${marker}` }
        : { _status: 'draft' }),
    }),
    createdAsAsked: (variant, doc) => (variant === 'published' ? doc._status === 'published' : true),
    victimOf: {
      "the writer's draft": 'a draft to publish',
      "the writer's published article, sent back for changes": 'a published article sent back',
    },
    // Copies are drafts: a writer may start one, never publish it.
    duplicateData: (marker) => ({ slug: marker, excerpt: marker, _status: 'draft' }),
    queryPaths: { 'workflow history of published': 'history.note' },
    writeFields: {
      'stage on update': {
        on: 'update',
        probe: "the writer's draft",
        data: () => ({ stage: 'approved' }),
        happened: (doc) => doc.stage === 'approved',
      },
      'stage on create': {
        on: 'create',
        data: () => ({ stage: 'approved' }),
        happened: (doc) => doc.stage === 'approved',
      },
      'history on update': {
        on: 'update',
        probe: "the writer's draft",
        data: (p) => ({ history: [{ at: new Date().toISOString(), to: 'approved', note: `forged ${p!.marker}` }] }),
        happened: (doc) => JSON.stringify(doc.history ?? []).includes('forged'),
      },
      'createdBy on update': {
        on: 'update',
        probe: "the writer's draft",
        data: () => ({ createdBy: otherWriter.id }),
        happened: (doc) => idOf(doc.createdBy) === otherWriter.id,
      },
      'createdBy on create': {
        on: 'create',
        data: () => ({ createdBy: otherWriter.id }),
        happened: (doc) => idOf(doc.createdBy) === otherWriter.id,
      },
    },
    endpoints: {
      'GET /:id/checks': async ({ target, actor }) => {
        const { id } = await probe(target, "the writer's draft", actor)
        const response = await restAs(actor, target, 'GET /:id/checks', `/articles/${id}/checks`)
        return [
          outcome('REST GET /:id/checks', response, response.status === 200 && Array.isArray(response.body?.errors)),
        ]
      },
    },
  },
  causes: {
    markerField: 'summary',
    probes: {
      published: () => makeCause('published'),
      draft: async () => {
        const cause = await makeCause('draft')
        keepSecret(cause.marker, 'a draft cause', MATRIX.causes!.read!.draft!)
        return cause
      },
    },
    createData: (variant, marker) => ({
      title: `Cause ${marker}`,
      slug: marker,
      summary: marker,
      category: 'health',
      _status: variant === 'published' ? 'published' : 'draft',
    }),
    createdAsAsked: (variant, doc) => (variant === 'published' ? doc._status === 'published' : true),
    duplicateData: (marker) => ({ slug: marker, summary: marker, _status: 'draft' }),
  },
  authors: {
    markerField: 'jobTitle',
    probes: {
      profile: makeAuthor,
      "someone else's profile": makeAuthor,
      "the writer's own profile": async () => ({ id: writerAuthorId, marker: 'Website editor' }),
    },
    createData: (_, marker) => ({ name: `Author ${marker}`, slug: marker, jobTitle: marker }),
    duplicateData: (marker) => ({ slug: marker, jobTitle: marker }),
  },
  comments: {
    markerField: 'authorName',
    probes: {
      approved: commentProbe((c) => ({ id: c.approved.id, marker: c.approved.body })),
      pending: commentProbe((c) => ({ id: c.pending.id, marker: c.pending.body })),
      "pending on the writer's article": commentProbe((c) => ({
        id: c.pendingOnWriters.id,
        marker: c.pendingOnWriters.body,
      })),
      'email of approved': commentProbe((c) => ({ id: c.approved.id, marker: c.approved.email, isField: true })),
      'ip hash of approved': commentProbe((c) => ({ id: c.approved.id, marker: c.approved.ipHash, isField: true })),
      'user agent of approved': commentProbe((c) => ({
        id: c.approved.id,
        marker: c.approved.userAgent,
        isField: true,
      })),
      'why held of approved': commentProbe((c) => ({ id: c.approved.id, marker: c.approved.heldFor, isField: true })),
      'moderation time of approved': commentProbe((c) => ({ id: c.approved.id, marker: MODERATED_AT, isField: true })),
      'a pending comment': async () => {
        const comment = await makeComment((await writersPublishedArticle()).id, 'pending')
        return { id: comment.id, marker: comment.body }
      },
      'pending, in bulk': commentProbe((c) => ({ id: c.pending.id, marker: c.pending.body })),
      'a trashed comment': async () => {
        const comment = await makeComment((await writersPublishedArticle()).id, 'trash')
        return { id: comment.id, marker: comment.body }
      },
    },
    createData: async (_, marker) => ({
      article: (await writersPublishedArticle()).id,
      authorName: marker,
      authorEmail: `${marker}@example.com`,
      body: marker,
      formToken: formToken(),
    }),
    // Staff write under their account's name (screenStaffReply): a new comment is found by its text.
    createdMarkerField: 'body',
    duplicateData: (marker) => ({ authorName: marker }),
    victimOf: { pending: 'a pending comment', trashed: 'a trashed comment', 'trashed, in bulk': 'a trashed comment' },
    queryPaths: { 'email of approved': 'authorEmail', 'ip hash of approved': 'ipHash' },
    writeFields: {
      'status on update (moderation)': {
        on: 'update',
        probe: 'a pending comment',
        data: () => ({ status: 'approved' }),
        happened: (doc) => doc.status === 'approved',
      },
      'body on update': {
        on: 'update',
        probe: 'a pending comment',
        data: (p) => ({ body: `rewritten ${p!.marker}` }),
        happened: (doc) => String(doc.body).startsWith('rewritten'),
      },
      'email on update': {
        on: 'update',
        probe: 'a pending comment',
        data: () => ({ authorEmail: 'rewritten@example.com' }),
        happened: (doc) => doc.authorEmail === 'rewritten@example.com',
      },
      'moderatedBy on update': {
        on: 'update',
        probe: 'a pending comment',
        data: () => ({ moderatedBy: otherWriter.id }),
        happened: (doc) => idOf(doc.moderatedBy) === otherWriter.id,
      },
      // No comment is ever created in the trash; what staff write is approved by rule, not by asking.
      'status on create': {
        on: 'create',
        data: () => ({ status: 'trash' }),
        happened: (doc) => doc.status === 'trash',
      },
      'byStaff on create': {
        on: 'create',
        data: () => ({ byStaff: true }),
        happened: (doc) => doc.byStaff === true,
      },
      'staffMember on create': {
        on: 'create',
        data: () => ({ staffMember: otherWriter.id }),
        happened: (doc) => idOf(doc.staffMember) === otherWriter.id,
      },
      'byStaff on update': {
        on: 'update',
        probe: 'a pending comment',
        data: () => ({ byStaff: true }),
        happened: (doc) => doc.byStaff === true,
      },
      'previousStatus on update': {
        on: 'update',
        probe: 'a pending comment',
        data: () => ({ previousStatus: 'approved' }),
        happened: (doc) => doc.previousStatus === 'approved',
      },
      'ip hash on create': {
        on: 'create',
        data: () => ({ ipHash: 'forged' }),
        happened: (doc) => doc.ipHash === 'forged',
      },
    },
    endpoints: {
      'GET /form-token': async ({ target, actor }) => {
        const response = await restAs(actor, target, 'GET /form-token', '/comments/form-token')
        return [outcome('REST GET /form-token', response, typeof response.body?.formToken === 'string')]
      },
    },
  },
  media: {
    markerField: 'alt',
    probes: {
      image: () => makeMedia(),
      "the writer's unused image": () => makeMedia(accounts.writer.id),
      // The writer's upload became the hero of a published article: live content.
      "the writer's image on a published article": async () => {
        const image = await makeMedia(accounts.writer.id)
        const article = await makeArticle(accounts.writer.id, 'published')
        await local.update({ collection: 'articles', id: article.id, context: QUIET, data: { heroImage: image.id } })
        return image
      },
    },
    createForm: (marker) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(imageBytes)], { type: 'image/png' }), `${marker}.png`)
      form.append('_payload', JSON.stringify({ alt: marker }))
      return form
    },
    duplicateData: (marker) => ({ alt: marker }),
    endpoints: {
      'GET /file/:filename': async ({ target, actor }) => {
        const image = (await probe(target, 'image', actor)) as Probe & { filename?: string }
        const response = await restAs(actor, target, 'GET /file/:filename', `/media/file/${image.filename}`)
        return [outcome('REST GET /file/:filename', response, response.status === 200)]
      },
      'GET /paste-url/:id?': async ({ target, actor }) => {
        // A loopback address that nothing listens on: were pasting ever on, nothing leaves the machine.
        const src = encodeURIComponent('http://127.0.0.1:9/image.png')
        const response = await restAs(actor, target, 'GET /paste-url/:id?', `/media/paste-url?src=${src}`)
        return [outcome('REST GET /paste-url', response, response.status === 200)]
      },
    },
  },
  users: {
    markerField: 'name',
    perActor: ['own account'],
    probes: {
      'own account': async (actor) => {
        const id = ownId(actor)
        return { id, marker: (await local.findByID({ collection: 'users', id }))!.email as string }
      },
      'another account': async () => ({ id: otherWriter.id, marker: otherWriter.email }),
      'sessions of another account': async () => {
        const doc = await local.findByID({ collection: 'users', id: otherWriter.id })
        const sessions = doc!.sessions as { id: string }[]
        return { id: otherWriter.id, marker: sessions[0]!.id, isField: true }
      },
      victim: async () => {
        const account = await makeAccount('victim')
        return { id: account.id, marker: account.email }
      },
    },
    victimOf: { 'another account': 'victim' },
    createData: (_, marker) => ({
      email: `${marker}@legwork.test`,
      password: TEST_PASSWORD,
      name: marker,
      roles: ['writer'],
    }),
    writeFields: {
      'roles of own account': {
        on: 'update',
        probe: 'own account',
        data: (_, actor) => ({ roles: [actor === 'moderator' ? 'moderator' : 'writer', 'editor', 'admin'] }),
        happened: (doc) => (doc.roles as string[]).length > 1,
        reset: async (p, actor) => {
          const roles = actor === 'anonymous' ? ['writer'] : [actor]
          await local.update({ collection: 'users', id: p.id, data: { roles } })
        },
      },
      'author profile of own account': {
        on: 'update',
        probe: 'own account',
        data: () => ({ author: SOMEONE_ELSES_AUTHOR.id }),
        happened: (doc) => idOf(doc.author) === SOMEONE_ELSES_AUTHOR.id,
        reset: async (p, actor) => {
          const author = actor === 'writer' || actor === 'anonymous' ? writerAuthorId : null
          await local.update({ collection: 'users', id: p.id, data: { author } })
        },
      },
      'invitation dates of own account': {
        on: 'update',
        probe: 'own account',
        data: () => ({ invitedAt: FORGED_DATE, invitationAcceptedAt: FORGED_DATE }),
        happened: (doc) => doc.invitedAt === FORGED_DATE || doc.invitationAcceptedAt === FORGED_DATE,
      },
    },
    endpoints: {
      'GET /me': async ({ target, actor }) => {
        const viaRest = await restAs(actor, target, 'GET /me', '/users/me')
        const viaGraphql = await gqlAs(actor, 'meUser', {}, { selection: 'user { id email }' })
        return [
          outcome('REST GET /me', viaRest, Boolean(viaRest.body?.user?.id)),
          outcome('GraphQL meUser', viaGraphql, Boolean(gqlData(viaGraphql, 'meUser')?.user?.id)),
        ]
      },
      'POST /refresh-token': async ({ target, actor }) => {
        // Refreshing extends the same session: the token the rest of the sweep uses stays good.
        const viaRest = await restAs(actor, target, 'POST /refresh-token', '/users/refresh-token')
        const viaGraphql = await gqlAs(actor, 'refreshTokenUser', {}, { selection: 'refreshedToken' })
        return [
          outcome('REST POST /refresh-token', viaRest, Boolean(viaRest.body?.refreshedToken)),
          outcome(
            'GraphQL refreshTokenUser',
            viaGraphql,
            Boolean(gqlData(viaGraphql, 'refreshTokenUser')?.refreshedToken),
          ),
        ]
      },
      'POST /logout': async ({ target, actor }) => {
        const outcomes: Outcome[] = []
        for (const door of ['REST POST /logout', 'GraphQL logoutUser']) {
          // A login of its own: logging out must not end the session the rest of the sweep uses. (One
          // at a time: two logins of one account at once can lose a session, the writes racing.)
          const token = await freshToken(actor)
          const response =
            door === 'GraphQL logoutUser'
              ? await gqlAs(actor, 'logoutUser', {}, { token })
              : await restAs(actor, target, 'POST /logout', '/users/logout', { token })
          // Logged out means the session is gone: the same token no longer identifies anyone.
          const after = token ? await rest('GET', '/users/me', { token }) : undefined
          outcomes.push(outcome(door, response, isOk(response) && !response.body?.errors && !after?.body?.user))
        }
        return outcomes
      },
      'POST /unlock': async ({ target, actor }) => {
        const outcomes: Outcome[] = []
        for (const door of ['REST POST /unlock', 'GraphQL unlockUser']) {
          const account = await lockedAccount()
          const response =
            door === 'GraphQL unlockUser'
              ? await gqlAs(actor, 'unlockUser', { email: account.email })
              : await restAs(actor, target, 'POST /unlock', '/users/unlock', { json: { email: account.email } })
          const unlocked = !(await isLocked(account.id))
          if (unlocked) lockedAccountPromise = undefined
          outcomes.push(outcome(door, response, unlocked))
        }
        return outcomes
      },
      'GET /init': async ({ target, actor }) => {
        const viaRest = await restAs(actor, target, 'GET /init', '/users/init')
        const viaGraphql = await gqlAs(actor, 'initializedUser')
        return [
          outcome('REST GET /init', viaRest, viaRest.body?.initialized === true),
          outcome('GraphQL initializedUser', viaGraphql, gqlData(viaGraphql, 'initializedUser') === true),
        ]
      },
      'POST /first-register': async ({ target, actor }) => {
        const email = `${mark()}@legwork.test`
        const response = await restAs(actor, target, 'POST /first-register', '/users/first-register', {
          json: { email, password: TEST_PASSWORD, name: 'Second founder' },
        })
        const { totalDocs } = await local.find({ collection: 'users', where: { email: { equals: email } } })
        return [outcome('REST POST /first-register', response, totalDocs > 0)]
      },
      'POST /invite': async ({ target, actor }) => {
        const email = `${mark()}@legwork.test`
        const response = await restAs(actor, target, 'POST /invite', '/users/invite', {
          json: { name: 'Invited colleague', email, roles: ['writer'] },
        })
        const { totalDocs } = await local.find({ collection: 'users', where: { email: { equals: email } } })
        return [outcome('REST POST /invite', response, totalDocs > 0)]
      },
      'POST /:id/invite': async ({ target, actor }) => {
        // An account of its own each time, so that a link one caller got is not another's success.
        const account = await makeAccount('invitee')
        const response = await restAs(actor, target, 'POST /:id/invite', `/users/${account.id}/invite`)
        return [outcome('REST POST /:id/invite', response, Boolean(await resetTokenOf(account.id)))]
      },
      'POST /forgot-password': async ({ target, actor }) => {
        const outcomes: Outcome[] = []
        // A fresh account each time: Payload ignores repeated requests for one account for a while.
        const fresh = await Promise.all([makeAccount('forgetful'), makeAccount('forgetful')])
        for (const door of ['REST POST /forgot-password', 'GraphQL forgotPasswordUser']) {
          const account = fresh.pop()!
          const response =
            door === 'GraphQL forgotPasswordUser'
              ? await gqlAs(actor, 'forgotPasswordUser', { email: account.email })
              : await restAs(actor, target, 'POST /forgot-password', '/users/forgot-password', {
                  json: { email: account.email },
                })
          outcomes.push(outcome(door, response, Boolean(await resetTokenOf(account.id))))
        }
        return outcomes
      },
    },
  },
  'payload-kv': {
    markerField: 'key',
    probes: {
      entry: async () => {
        const marker = mark()
        const doc = await local.create({ collection: 'payload-kv', data: { key: marker, data: { note: marker } } })
        keepSecret(marker, 'a key-value entry', MATRIX['payload-kv']!.read!.entry!)
        return { id: doc.id, marker }
      },
    },
    createData: (_, marker) => ({ key: marker, data: { note: marker } }),
    duplicateData: (marker) => ({ key: marker }),
  },
  'payload-jobs': {
    markerField: 'queue',
    probes: {
      'queued job': async () => {
        const job = await makeJob()
        keepSecret(job.marker, 'a queued job', MATRIX['payload-jobs']!.read!['queued job']!)
        return job
      },
    },
    createData: async (_, marker) => ({
      taskSlug: 'schedulePublish',
      queue: marker,
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: (await probe('articles', "another writer's draft", 'admin')).id },
        user: { relationTo: 'users', value: accounts.editor.id },
      },
      waitUntil: new Date(Date.now() + DAY_MS).toISOString(),
    }),
    duplicateData: (marker) => ({ queue: marker }),
    endpoints: {
      'GET /run': async ({ target, actor }) => {
        const response = await restAs(actor, target, 'GET /run', '/payload-jobs/run?limit=1')
        return [outcome('REST GET /run', response, response.status === 200)]
      },
      'GET /handle-schedules': async ({ target, actor }) => {
        // No task has a schedule, so a caller who is let in hears that; one who is not gets 401.
        const response = await restAs(actor, target, 'GET /handle-schedules', '/payload-jobs/handle-schedules')
        return [outcome('REST GET /handle-schedules', response, response.status !== 401 && response.status !== 403)]
      },
    },
  },
  'payload-locked-documents': {
    markerField: 'globalSlug',
    probes: {
      "the editor's lock": async () => {
        const marker = mark()
        const doc = await local.create({
          collection: 'payload-locked-documents',
          data: { globalSlug: marker, user: { relationTo: 'users', value: accounts.editor.id } },
        })
        return { id: doc.id, marker }
      },
    },
    createData: (_, marker, actor) => ({ globalSlug: marker, user: { relationTo: 'users', value: ownId(actor) } }),
    duplicateData: (marker) => ({ globalSlug: marker }),
    writeFields: {
      // The admin's "take over": the lock becomes the caller's.
      "user of the editor's lock, to oneself": {
        on: 'update',
        probe: "the editor's lock",
        data: (_, actor) => ({ user: { relationTo: 'users', value: ownId(actor) } }),
        happened: (doc, actor) => lockHolder(doc) === ownId(actor),
      },
      "user of the editor's lock, to another": {
        on: 'update',
        probe: "the editor's lock",
        data: () => ({ user: { relationTo: 'users', value: otherWriter.id } }),
        happened: (doc) => lockHolder(doc) === otherWriter.id,
      },
      // A lock in someone else's name locks everyone but them out (423).
      'user on create, another': {
        on: 'create',
        data: () => ({ user: { relationTo: 'users', value: accounts.editor.id } }),
        happened: (doc) => lockHolder(doc) === accounts.editor.id,
      },
    },
  },
  'payload-preferences': {
    markerField: 'key',
    perActor: ['own preference'],
    probes: {
      'own preference': async (actor) => {
        const preference = await makePreference(ownId(actor))
        if (actor !== 'anonymous') keepSecret(preference.marker, `the ${actor}'s preference`, [actor])
        return preference
      },
      "the bootstrap admin's preference": async () => {
        const preference = await makePreference(bootstrapAdminId)
        keepSecret(preference.marker, "another user's preference", [])
        return preference
      },
    },
    createData: (_, marker, actor) => ({
      key: marker,
      value: { note: marker },
      user: { relationTo: 'users', value: ownId(actor) },
    }),
    skipDoors: {
      'REST findByID': 'GET /:key (below) answers this path first',
      'REST count': 'GET /:key (below) answers this path first',
      'REST delete by id': 'DELETE /:key (below) answers this path first',
    },
    duplicateData: (marker) => ({ key: marker }),
    endpoints: {
      'GET /:key': async ({ target, actor }) => {
        // Not the probe that `update` rewrote: a preference whose key is still its marker.
        const own = await victim(target, 'own preference', actor)
        const response = await restAs(actor, target, 'GET /:key', `/payload-preferences/${own.marker}`)
        return [outcome('REST GET /:key', response, response.status === 200 && hasText(response, own.marker))]
      },
      'POST /:key': async ({ target, actor }) => {
        const key = mark()
        const response = await restAs(actor, target, 'POST /:key', `/payload-preferences/${key}`, {
          json: { value: { note: key } },
        })
        const { totalDocs } = await local.find({ collection: 'payload-preferences', where: { key: { equals: key } } })
        return [outcome('REST POST /:key', response, totalDocs > 0)]
      },
      'DELETE /:key': async ({ target, actor }) => {
        const own = await victim(target, 'own preference', actor)
        const response = await restAs(actor, target, 'DELETE /:key', `/payload-preferences/${own.marker}`)
        const gone = !(await exists(target, own.id))
        if (gone) consumed(target, 'own preference', actor)
        return [outcome('REST DELETE /:key', response, gone)]
      },
    },
  },
  'payload-migrations': {
    markerField: 'name',
    probes: {
      migration: async () => {
        const marker = mark()
        const doc = await local.create({ collection: 'payload-migrations', data: { name: marker, batch: 99 } })
        keepSecret(marker, 'a migration record', MATRIX['payload-migrations']!.read!.migration!)
        return { id: doc.id, marker }
      },
    },
    createData: (_, marker) => ({ name: marker, batch: 99 }),
  },
  'site-settings': {
    markerField: 'articlesPerPage',
    freshValue: (current) => (current === 12 ? 13 : 12),
    probes: { settings: async () => ({ id: 'site-settings', marker: '"relatedCount":5' }) },
  },
  'editorial-settings': {
    markerField: 'reviewRequired',
    // Each door flips it: an admin's two doors leave it as it was, required.
    freshValue: (current) => current === false,
    probes: { settings: async () => ({ id: 'editorial-settings', marker: '"reviewRequired":' }) },
  },
  'discussion-settings': {
    markerField: 'perPage',
    freshValue: (current) => (current === 50 ? 51 : 50),
    probes: {
      settings: async () => ({ id: 'discussion-settings', marker: '"threadDepth":4' }),
      'moderation words': async () => ({ id: 'discussion-settings', marker: MODERATION_WORD, isField: true }),
      'disallowed words': async () => ({ id: 'discussion-settings', marker: DISALLOWED_WORD, isField: true }),
      'anti-spam limits': async () => ({ id: 'discussion-settings', marker: '"hourlyLimit":987654', isField: true }),
    },
  },
  api: {
    markerField: '',
    probes: {},
    endpoints: {
      'GET /access': async ({ target, actor }) => {
        const viaRest = await restAs(actor, target, 'GET /access', '/access')
        await tryUnjudged(actor, 'Access', {})
        return [outcome('REST GET /access', viaRest, viaRest.status === 200)]
      },
      'GET /og': async ({ target, actor }) => {
        const response = await restAs(actor, target, 'GET /og', '/og?title=Legwork')
        return [outcome('REST GET /og', response, response.status === 200)]
      },
      ...Object.fromEntries(
        ['title', 'description', 'url', 'image'].map((what) => [
          `POST /plugin-seo/generate-${what}`,
          async ({ target, actor }: Cell) => {
            const { id, marker } = await probe('articles', "the writer's draft", actor)
            const response = await restAs(
              actor,
              target,
              `POST /plugin-seo/generate-${what}`,
              `/plugin-seo/generate-${what}`,
              {
                json: { collectionSlug: 'articles', id, doc: { id, title: marker, excerpt: marker } },
              },
            )
            return [outcome(`REST POST /plugin-seo/generate-${what}`, response, response.status === 200)]
          },
        ]),
      ),
    },
  },
}

const FORGED_DATE = '2001-02-03T04:05:06.000Z'
const MODERATION_WORD = mark()
const DISALLOWED_WORD = mark()
let SOMEONE_ELSES_AUTHOR: Probe

function idOf(value: unknown): Id | undefined {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return value as Id | undefined
}

async function exists(target: string, id: Id): Promise<boolean> {
  const doc = await local.findByID({ collection: target, id, depth: 0, disableErrors: true, draft: hasDrafts(target) })
  return Boolean(doc)
}

/** The stored document as it is now: the newest draft where drafts exist. */
async function stored(target: string, id: Id): Promise<Data | null> {
  if (isGlobal(target)) return local.findGlobal({ slug: target, depth: 0 })
  return local.findByID({ collection: target, id, depth: 0, disableErrors: true, draft: hasDrafts(target) })
}

async function findByMarker(
  target: string,
  marker: string,
  field = SPECS[target]!.markerField,
): Promise<Data | undefined> {
  const { docs } = await local.find({ collection: target, where: { [field]: { equals: marker } }, depth: 0, limit: 1 })
  return docs[0]
}

async function freshToken(actor: Actor): Promise<string | undefined> {
  return actor === 'anonymous' ? undefined : login(accounts[actor].email, TEST_PASSWORD)
}

let lockedAccountPromise: Promise<Account> | undefined
function lockedAccount(): Promise<Account> {
  lockedAccountPromise ??= (async () => {
    const account = await makeAccount('locked')
    // As five wrong passwords leave it (auth.test.ts proves that they do), without the five logins.
    await local.update({
      collection: 'users',
      id: account.id,
      data: { loginAttempts: 5, lockUntil: new Date(Date.now() + DAY_MS).toISOString() },
    })
    if (!(await isLocked(account.id))) throw new Error('the account did not lock')
    return account
  })()
  return lockedAccountPromise
}

async function isLocked(id: Id): Promise<boolean> {
  const doc = await local.findByID({ collection: 'users', id, showHiddenFields: true })
  return Boolean(doc?.lockUntil && new Date(doc.lockUntil as string).getTime() > Date.now())
}

async function resetTokenOf(id: Id): Promise<string | undefined> {
  const doc = await local.findByID({ collection: 'users', id, showHiddenFields: true })
  return (doc?.resetPasswordToken as string | null | undefined) ?? undefined
}

// ── the operations ──────────────────────────────────────────────────────────────────────────────

type Runner = (cell: Cell) => Promise<Outcome[]>

const whereId = (id: Id) => `where[id][equals]=${encodeURIComponent(String(id))}`

async function readDoors({ target, variant, actor }: Cell): Promise<Outcome[]> {
  const found = await probe(target, variant, actor)
  const names = gqlName(target)
  const outcomes: Outcome[] = []
  const sees = (response: JsonResponse) => isOk(response) && hasText(response, found.marker)

  if (isGlobal(target)) {
    const viaRest = await restAs(actor, target, 'GET /', restBase(target))
    outcomes.push(outcome('REST GET', viaRest, sees(viaRest)))
    if (names) {
      const viaGraphql = await gqlAs(actor, names.singular)
      outcomes.push(
        outcome(
          `GraphQL ${names.singular}`,
          viaGraphql,
          Boolean(gqlData(viaGraphql, names.singular)) && sees(viaGraphql),
        ),
      )
    }
    return outcomes
  }

  const base = restBase(target)
  const draftForms = hasDrafts(target) ? (found.isDraftOnly ? [true] : [false, true]) : [false]
  for (const draft of draftForms) {
    const suffix = draft ? ' (draft)' : ''
    const draftParam = draft ? '&draft=true' : ''
    const list = await restAs(actor, target, 'GET /', `${base}?${whereId(found.id)}&limit=5${draftParam}`)
    outcomes.push(outcome(`REST find${suffix}`, list, sees(list)))
    if (!SPECS[target]!.skipDoors?.['REST findByID']) {
      const one = await restAs(actor, target, 'GET /:id', `${base}/${found.id}${draft ? '?draft=true' : ''}`)
      outcomes.push(outcome(`REST findByID${suffix}`, one, sees(one)))
    }
    if (!found.isField && !SPECS[target]!.skipDoors?.['REST count']) {
      const count = await restAs(actor, target, 'GET /count', `${base}/count?${whereId(found.id)}${draftParam}`)
      outcomes.push(outcome(`REST count${suffix}`, count, isOk(count) && count.body?.totalDocs > 0))
    }
    if (!names) continue
    const draftArg = draft ? { draft: true } : {}
    const gList = await gqlAs(actor, names.plural, { where: { id: { equals: found.id } }, limit: 5, ...draftArg })
    outcomes.push(outcome(`GraphQL ${names.plural}${suffix}`, gList, sees(gList)))
    const gOne = await gqlAs(actor, names.singular, { id: found.id, ...draftArg })
    outcomes.push(
      outcome(`GraphQL ${names.singular}${suffix}`, gOne, Boolean(gqlData(gOne, names.singular)) && sees(gOne)),
    )
    if (!found.isField) {
      const countName = `count${names.plural}`
      const gCount = await gqlAs(actor, countName, { where: { id: { equals: found.id } }, ...draftArg })
      outcomes.push(outcome(`GraphQL ${countName}${suffix}`, gCount, gqlData(gCount, countName)?.totalDocs > 0))
    }
  }
  return outcomes
}

async function queryByFieldDoors({ target, variant, actor }: Cell): Promise<Outcome[]> {
  const found = await probe(target, variant, actor)
  const path = SPECS[target]!.queryPaths?.[variant]
  if (!path) throw new Error(`${target} has no query path for "${variant}"`)
  const names = gqlName(target)!
  const value = encodeURIComponent(found.marker)
  const includesProbe = (docs: unknown) =>
    Array.isArray(docs) && docs.some((doc) => String((doc as { id: Id }).id) === String(found.id))
  const list = await restAs(actor, target, 'GET /', `/${target}?where[${path}][like]=${value}&limit=5`)
  const count = await restAs(actor, target, 'GET /count', `/${target}/count?where[${path}][like]=${value}`)
  const where = { [path.replace(/\./g, '__')]: { like: found.marker } }
  const gList = await gqlAs(actor, names.plural, { where, limit: 5 }, { selection: 'docs { id }' })
  return [
    outcome(`REST find where ${path}`, list, includesProbe(list.body?.docs)),
    outcome(`REST count where ${path}`, count, count.body?.totalDocs > 0),
    outcome(`GraphQL ${names.plural} where ${path}`, gList, includesProbe(gqlData(gList, names.plural)?.docs)),
  ]
}

async function latestVersionId(target: string, id: Id): Promise<Id | undefined> {
  if (!hasVersions(target)) return undefined
  const { docs } = await local.findVersions({
    collection: target,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
  })
  return docs[0]?.id
}

async function readVersionsDoors({ target, variant, actor }: Cell): Promise<Outcome[]> {
  const found = await probe(target, variant, actor)
  const base = restBase(target)
  const sees = (response: JsonResponse) => isOk(response) && hasText(response, found.marker)
  if (!hasVersions(target)) {
    // Versions are off: whatever these answer, it must not be the document.
    const list = await restAs(actor, target, 'GET /versions', `${base}/versions`)
    const one = await restAs(actor, target, 'GET /versions/:id', `${base}/versions/${isGlobal(target) ? 1 : found.id}`)
    return [outcome('REST versions', list, sees(list)), outcome('REST findVersionByID', one, sees(one))]
  }
  const versionId = await latestVersionId(target, found.id)
  const names = gqlName(target)!
  const list = await restAs(actor, target, 'GET /versions', `${base}/versions?where[parent][equals]=${found.id}`)
  const one = await restAs(actor, target, 'GET /versions/:id', `${base}/versions/${versionId}`)
  const gList = await gqlAs(actor, `versions${names.plural}`, { where: { parent: { equals: found.id } }, limit: 5 })
  const gOne = await gqlAs(actor, `version${names.singular}`, { id: versionId })
  return [
    outcome('REST versions', list, sees(list)),
    outcome('REST findVersionByID', one, sees(one)),
    outcome(`GraphQL versions${names.plural}`, gList, sees(gList)),
    outcome(`GraphQL version${names.singular}`, gOne, Boolean(gqlData(gOne, `version${names.singular}`)) && sees(gOne)),
  ]
}

async function createDoors({ target, variant, actor }: Cell, extra?: WriteFieldSpec): Promise<Outcome[]> {
  const spec = SPECS[target]!
  const names = gqlName(target)
  const outcomes: Outcome[] = []
  const judge = async (door: string, response: JsonResponse, marker: string) => {
    const doc = await findByMarker(target, marker, spec.createdMarkerField)
    const asAsked = doc ? (extra ? extra.happened(doc, actor) : (spec.createdAsAsked?.(variant, doc) ?? true)) : false
    outcomes.push(outcome(door, response, asAsked))
  }
  const dataFor = async (marker: string) => ({
    ...(await spec.createData!(variant, marker, actor)),
    ...(extra?.data(undefined, actor) ?? {}),
  })

  let marker = mark()
  if (spec.createForm) {
    await judge(
      'REST create',
      await restAs(actor, target, 'POST /', `/${target}`, { form: spec.createForm(marker) }),
      marker,
    )
  } else {
    const json = await dataFor(marker)
    await judge('REST create', await restAs(actor, target, 'POST /', `/${target}`, { json }), marker)
  }
  const createName = names && `create${names.singular}`
  if (createName && !NOT_SWEPT[`GraphQL ${createName}`]) {
    marker = mark()
    const response = await gqlAs(actor, createName, { data: await dataFor(marker) }, { selection: 'id' })
    await judge(`GraphQL ${createName}`, response, marker)
  }
  return outcomes
}

/**
 * A collection may turn off Payload's bulk PATCH and DELETE with `where` (`disableBulkEdit`,
 * `disableBulkDelete`: refused for every client). Its cells then leave out the bulk door, which is
 * swept on a variant of its own, named "… in bulk", that nobody may use; that variant tries the
 * bulk door alone, on the fixture of the variant it is named after.
 */
const IN_BULK = ', in bulk'
const bulkVariantOf = (variant: string) => (variant.endsWith(IN_BULK) ? variant.slice(0, -IN_BULK.length) : null)
const bulkIsOff = (target: string, operation: 'update' | 'delete') =>
  Boolean(
    operation === 'update' ? collectionConfig(target)?.disableBulkEdit : collectionConfig(target)?.disableBulkDelete,
  )
function keepDoors<T extends [string, unknown]>(doors: T[], target: string, variant: string, bulkDoor: string) {
  const operation = bulkDoor === 'REST bulk update' ? 'update' : 'delete'
  if (bulkVariantOf(variant) !== null) return doors.filter(([door]) => door === bulkDoor)
  return bulkIsOff(target, operation) ? doors.filter(([door]) => door !== bulkDoor) : doors
}

/** Runs a write through REST by id, REST in bulk and GraphQL, each on a fixture that is replaced once changed. */
async function updateDoors(
  cell: Cell,
  options: {
    probeName: string
    consumes: boolean
    data: (probe: Probe, current: Data | null) => Data
    happened: (doc: Data) => boolean
    reset?: (probe: Probe) => Promise<void>
  },
): Promise<Outcome[]> {
  const { target, actor } = cell
  const names = gqlName(target)
  const outcomes: Outcome[] = []
  const fixture = () =>
    options.consumes ? victim(target, options.probeName, actor) : probe(target, options.probeName, actor)
  type Door = [string, (written: Probe, data: Data) => Promise<JsonResponse>]
  const doors: Door[] = []
  const name = names && `update${names.singular}`
  if (isGlobal(target)) {
    doors.push(['REST update', (_, data) => restAs(actor, target, 'POST /', restBase(target), { json: data })])
    if (name)
      doors.push([
        `GraphQL ${name}`,
        async (_, data) =>
          gqlAs(actor, name, { data: await withRequiredInputs(target, data) }, { selection: '__typename' }),
      ])
  } else {
    doors.push(
      [
        'REST update by id',
        (written, data) => restAs(actor, target, 'PATCH /:id', `/${target}/${written.id}`, { json: data }),
      ],
      [
        'REST bulk update',
        (written, data) => restAs(actor, target, 'PATCH /', `/${target}?${whereId(written.id)}`, { json: data }),
      ],
    )
    if (name)
      doors.push([
        `GraphQL ${name}`,
        (written, data) => gqlAs(actor, name, { id: written.id, data }, { selection: 'id' }),
      ])
  }
  for (const [door, send] of keepDoors(doors, target, cell.variant, 'REST bulk update')) {
    const written = await fixture()
    const response = await send(written, options.data(written, await stored(target, written.id)))
    const doc = await stored(target, written.id)
    const happened = Boolean(doc && options.happened(doc))
    if (happened && options.consumes) consumed(target, options.probeName, actor)
    if (happened && options.reset) await options.reset(written)
    outcomes.push(outcome(door, response, happened))
  }
  return outcomes
}

/** A new draft of the document, by id and through GraphQL (bulk draft saves are not an admin gesture). */
async function saveDraftDoors({ target, variant, actor }: Cell): Promise<Outcome[]> {
  const field = SPECS[target]!.markerField
  const names = gqlName(target)!
  const { id } = await probe(target, variant, actor)
  const outcomes: Outcome[] = []
  const saved = async (value: string) => (await stored(target, id))?.[field] === value
  let value = mark()
  const viaRest = await restAs(actor, target, 'PATCH /:id', `/${target}/${id}?draft=true`, { json: { [field]: value } })
  outcomes.push(outcome('REST update by id (draft)', viaRest, await saved(value)))
  value = mark()
  const name = `update${names.singular}`
  const viaGraphql = await gqlAs(actor, name, { id, data: { [field]: value }, draft: true }, { selection: 'id' })
  outcomes.push(outcome(`GraphQL ${name} (draft)`, viaGraphql, await saved(value)))
  return outcomes
}

function updateRunner(cell: Cell): Promise<Outcome[]> {
  const spec = SPECS[cell.target]!
  const field = spec.markerField
  let value: unknown
  return updateDoors(cell, {
    probeName: bulkVariantOf(cell.variant) ?? cell.variant,
    consumes: false,
    data: (_, current) => {
      value = spec.freshValue ? spec.freshValue(current?.[field]) : mark()
      return { [field]: value }
    },
    happened: (doc) => doc[field] === value,
  })
}

async function deleteDoors({ target, variant, actor }: Cell): Promise<Outcome[]> {
  const names = gqlName(target)
  const skip = SPECS[target]!.skipDoors ?? {}
  const outcomes: Outcome[] = []
  type Door = [string, (id: Id) => Promise<JsonResponse>]
  const all: Door[] = [
    ['REST delete by id', (id) => restAs(actor, target, 'DELETE /:id', `/${target}/${id}`)],
    ['REST bulk delete', (id) => restAs(actor, target, 'DELETE /', `/${target}?${whereId(id)}`)],
  ]
  const doors = all.filter(([door]) => !skip[door])
  if (names)
    doors.push([
      `GraphQL delete${names.singular}`,
      (id) => gqlAs(actor, `delete${names.singular}`, { id }, { selection: 'id' }),
    ])
  for (const [door, send] of keepDoors(doors, target, variant, 'REST bulk delete')) {
    const { id } = await victim(target, variant, actor)
    const response = await send(id)
    const gone = !(await exists(target, id))
    if (gone) consumed(target, variant, actor)
    outcomes.push(outcome(door, response, gone))
  }
  return outcomes
}

/** A copy is judged by the count: an upload's copy keeps the source's fields whatever the request says. */
async function duplicateDoors({ target, variant, actor }: Cell): Promise<Outcome[]> {
  const spec = SPECS[target]!
  const names = gqlName(target)
  const { id } = await probe(target, variant, actor)
  const total = async () => (await local.count({ collection: target })).totalDocs
  const outcomes: Outcome[] = []
  let before = await total()
  const viaRest = await restAs(actor, target, 'POST /:id/duplicate', `/${target}/${id}/duplicate`, {
    json: spec.duplicateData!(mark()),
  })
  outcomes.push(outcome('REST duplicate', viaRest, (await total()) > before))
  const name = names && `duplicate${names.singular}`
  // A collection that disables duplicating has no such mutation.
  if (name && mutationFields.has(name)) {
    // GraphQL's input type demands every required field: a client sends them with its changes.
    const marker = mark()
    const base = spec.createData ? await spec.createData('draft', marker, actor) : {}
    before = await total()
    const response = await gqlAs(
      actor,
      name,
      { id, data: { ...base, ...spec.duplicateData!(marker) } },
      { selection: 'id' },
    )
    outcomes.push(outcome(`GraphQL ${name}`, response, (await total()) > before))
  }
  return outcomes
}

/** Whether a probe's newest version differs from the one before it, so that restoring shows. */
const armedForRestore = new Map<string, string>()

async function restoreVersionDoors({ target, variant, actor }: Cell): Promise<Outcome[]> {
  const base = restBase(target)
  if (!hasVersions(target)) {
    // Versions are off: there is nothing to restore, and the endpoint must not pretend otherwise.
    const { id } = isGlobal(target) ? { id: 1 } : await probe(target, variant, actor)
    const response = await restAs(actor, target, 'POST /versions/:id', `${base}/versions/${id}`)
    return [outcome('REST restoreVersion', response, isOk(response))]
  }
  const field = SPECS[target]!.markerField
  const names = gqlName(target)!
  const outcomes: Outcome[] = []
  // A fixture of its own: earlier writes may have moved the shared one (an editor's save unpublishes).
  const { id } = await victim(target, variant, actor)
  const key = `${target}|${variant}`
  for (const door of ['REST restoreVersion', `GraphQL restoreVersion${names.singular}`]) {
    // A newer version to move away from (again only after a restore moved back), then restore the one before it.
    if (!armedForRestore.has(key)) {
      const value = mark()
      const editor = await userDoc(accounts.editor.id)
      // Saved as a draft: only a new version, so a published article stays published until restored.
      await local.update({
        collection: target,
        id,
        draft: true,
        data: { [field]: value },
        user: editor,
        context: QUIET,
      })
      armedForRestore.set(key, value)
    }
    const current = armedForRestore.get(key)!
    const { docs } = await local.findVersions({
      collection: target,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 2,
    })
    const older = docs[1]!.id
    const response =
      door === 'REST restoreVersion'
        ? await restAs(actor, target, 'POST /versions/:id', `${base}/versions/${older}`)
        : await gqlAs(actor, `restoreVersion${names.singular}`, { id: older }, { selection: 'id' })
    const doc = await stored(target, id)
    const restored = Boolean(doc && doc[field] !== current)
    if (restored) armedForRestore.delete(key)
    outcomes.push(outcome(door, response, restored))
  }
  return outcomes
}

async function docAccessDoors({ target, variant, actor }: Cell): Promise<Outcome[]> {
  const names = gqlName(target)
  // REST answers `update: true` (older versions: `{ permission: true }`).
  const mayUpdate = (policy: any) => policy?.update === true || policy?.update?.permission === true
  const id = isGlobal(target) ? undefined : (await probe(target, variant, actor)).id
  const viaRest =
    id === undefined
      ? await restAs(actor, target, 'POST /access', `${restBase(target)}/access`)
      : await restAs(actor, target, 'POST /access/:id?', `/${target}/access/${id}`)
  if (names) await tryUnjudged(actor, `docAccess${names.singular}`, id === undefined ? {} : { id })
  return [outcome('REST access', viaRest, mayUpdate(viaRest.body))]
}

function writeFieldRunner(cell: Cell): Promise<Outcome[]> {
  const field = SPECS[cell.target]!.writeFields?.[cell.variant]
  if (!field) throw new Error(`${cell.target} has no writeField spec for "${cell.variant}"`)
  if (field.on === 'create') return createDoors({ ...cell, variant: 'draft' }, field)
  const perActor = SPECS[cell.target]!.perActor?.includes(field.probe!)
  return updateDoors(cell, {
    probeName: field.probe!,
    consumes: !perActor,
    data: (p) => field.data(p, cell.actor),
    happened: (doc) => field.happened(doc, cell.actor),
    reset: field.reset && ((p) => field.reset!(p, cell.actor)),
  })
}

const OPERATIONS: Record<Operation, Runner> = {
  read: readDoors,
  queryByField: queryByFieldDoors,
  readVersions: readVersionsDoors,
  create: (cell) => createDoors(cell),
  update: updateRunner,
  saveDraft: saveDraftDoors,
  delete: deleteDoors,
  duplicate: duplicateDoors,
  restoreVersion: restoreVersionDoors,
  docAccess: docAccessDoors,
  publish: (cell) =>
    updateDoors(cell, {
      probeName: cell.variant,
      consumes: true,
      data: () => ({ _status: 'published' }),
      happened: (doc) => doc._status === 'published',
    }),
  writeField: writeFieldRunner,
  endpoint: async (cell) => {
    const endpoint = SPECS[cell.target]!.endpoints?.[cell.variant]
    if (!endpoint) throw new Error(`${cell.target} has no endpoint spec for "${cell.variant}"`)
    return endpoint(cell)
  },
}

const READ_ONLY: Operation[] = ['read', 'queryByField', 'readVersions', 'docAccess']

/**
 * Cells whose actors cannot disturb one another, so they may run at once: reads, and writes that
 * each actor makes on documents of its own (new ones, or its own account's). Endpoints qualify
 * except unlocking, which shares one locked account.
 */
const isConcurrent = (operation: Operation, variant: string) =>
  READ_ONLY.includes(operation) || operation === 'create' || (operation === 'endpoint' && variant !== 'POST /unlock')

/** Reads first, while every fixture is as made; then writes, the consuming ones last. */
const ORDER: Operation[] = [
  'read',
  'queryByField',
  'readVersions',
  'docAccess',
  'create',
  'saveDraft',
  'update',
  'duplicate',
  'writeField',
  'publish',
  'restoreVersion',
  'delete',
  'endpoint',
]

// ── setup ───────────────────────────────────────────────────────────────────────────────────────

beforeAll(async () => {
  payload = await getTestPayload()
  local = payload as unknown as Loose
  if (testDialect() === 'sqlite') {
    // This file's database is thrown away afterwards: it need not survive a power cut, and a disk
    // flush after every write was most of the sweep's time on a busy machine.
    const { client } = payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
    await client.execute('PRAGMA synchronous = OFF')
  }
  // The first account made also makes the bootstrap admin; the others may then be made together.
  accounts.admin = await createStaff('admin')
  ;[accounts.editor, accounts.writer, accounts.moderator, otherWriter] = await Promise.all([
    createStaff('editor'),
    createStaff('writer'),
    createStaff('moderator'),
    createStaff('writer', 'other-writer'),
  ])
  bootstrapAdminId = (
    await local.find({ collection: 'users', where: { email: { equals: 'bootstrap-admin@legwork.test' } } })
  ).docs[0]!.id

  // The writer writes under a byline of their own; the JWT carries the link, so log in again.
  writerAuthorId = (await createAuthor(payload)).id
  await local.update({ collection: 'users', id: accounts.writer.id, data: { author: writerAuthorId } })
  accounts.writer.token = await login(accounts.writer.email, TEST_PASSWORD)
  SOMEONE_ELSES_AUTHOR = await makeAuthor()

  for (const role of STAFF_ACTORS) {
    const visibleTo = [...new Set<Actor>([...MATRIX.users!.read!['another account']!, role])]
    keepSecret(accounts[role].email, `the ${role}'s email`, visibleTo)
    const doc = await local.findByID({ collection: 'users', id: accounts[role].id })
    for (const session of (doc!.sessions as { id: string }[]) ?? [])
      keepSecret(session.id, `the ${role}'s session`, [role])
  }
  keepSecret(otherWriter.email, "another writer's email", MATRIX.users!.read!['another account']!)

  articleBase = await validArticleData(2)
  imageBytes = await sharp({ create: { width: 48, height: 32, channels: 3, background: { r: 200, g: 90, b: 40 } } })
    .png()
    .toBuffer()

  await local.updateGlobal({ slug: 'site-settings', data: { relatedCount: 5 } })
  await local.updateGlobal({
    slug: 'discussion-settings',
    data: {
      threadDepth: 4,
      moderationWords: `${MODERATION_WORD}\nanother phrase`,
      disallowedWords: DISALLOWED_WORD,
      floodIntervalSeconds: 0,
      hourlyLimit: 987654,
    },
  })
  keepSecret(MODERATION_WORD, 'a moderation word', MATRIX['discussion-settings']!.read!['moderation words']!)
  keepSecret(DISALLOWED_WORD, 'a disallowed word', MATRIX['discussion-settings']!.read!['disallowed words']!)

  await loadSchema()
})

// ── the sweep ───────────────────────────────────────────────────────────────────────────────────

describe('access sweep', () => {
  for (const [target, rows] of Object.entries(MATRIX)) {
    describe(target, () => {
      for (const operation of ORDER) {
        for (const [variant, allowed] of Object.entries(rows[operation] ?? {})) {
          it(`${operation}: ${variant}`, async () => {
            problems = []
            if (!READ_ONLY.includes(operation)) readCache.clear()
            const run = (actor: Actor) => OPERATIONS[operation]({ target, variant, actor })
            const results = isConcurrent(operation, variant)
              ? await Promise.all(ACTORS.map(run))
              : await ACTORS.reduce<Promise<Outcome[][]>>(
                  async (done, actor) => [...(await done), await run(actor)],
                  Promise.resolve([]),
                )
            ACTORS.forEach((actor, index) => {
              const expected = allowed.includes(actor)
              for (const { door, success, note } of results[index]!) {
                cellCount++
                if (success && !expected) problems.push(`UNEXPECTED SUCCESS: ${actor} via ${door} (${note})`)
                if (!success && expected) problems.push(`UNEXPECTED DENIAL: ${actor} via ${door} (${note})`)
              }
            })
            expect(problems).toEqual([])
          })
        }
      }
    })
  }

  describe('coverage', () => {
    it('has rows for every collection and global of the config, and only for them', () => {
      const slugs = [
        ...payload.config.collections.map((collection) => collection.slug),
        ...payload.config.globals.map((global) => global.slug),
        'api',
      ]
      expect(Object.keys(MATRIX).sort()).toEqual([...slugs].sort())
    })

    it('has rows for every operation each collection and global offers', () => {
      const missing: string[] = []
      const need = (target: string, operation: Operation, variant?: string) => {
        const rows = MATRIX[target]?.[operation]
        if (!rows || Object.keys(rows).length === 0 || (variant && !rows[variant]))
          if (!NOT_SWEPT[`${target} ${variant}`]) missing.push(`${target} ${operation}${variant ? ` ${variant}` : ''}`)
      }
      const standard: Record<string, Operation> = {
        'get /': 'read',
        'get /:id': 'read',
        'get /count': 'read',
        'post /': 'create',
        'patch /:id': 'update',
        'patch /': 'update',
        'delete /:id': 'delete',
        'delete /': 'delete',
        'post /:id/duplicate': 'duplicate',
        'post /access/:id?': 'docAccess',
        'post /access': 'docAccess',
        'get /versions': 'readVersions',
        'get /versions/:id': 'readVersions',
        'post /versions/:id': 'restoreVersion',
      }
      const check = (target: string, endpoints: false | { method: string; path: string }[] | undefined) => {
        for (const endpoint of endpoints || []) {
          const key = `${endpoint.method} ${endpoint.path}`
          const operation = isGlobal(target) && key === 'post /' ? 'update' : standard[key]
          if (operation) need(target, operation)
          else need(target, 'endpoint', `${endpoint.method.toUpperCase()} ${endpoint.path}`)
        }
      }
      for (const collection of payload.config.collections) {
        // Without endpoints a collection still has its data: the standard operations must be refused.
        if (collection.endpoints === false)
          for (const op of ['read', 'create', 'update', 'delete'] as const) need(collection.slug, op)
        check(collection.slug, collection.endpoints)
      }
      for (const global of payload.config.globals) check(global.slug, global.endpoints)
      for (const endpoint of payload.config.endpoints ?? [])
        need('api', 'endpoint', `${endpoint.method.toUpperCase()} ${endpoint.path}`)
      expect(missing).toEqual([])
    })

    it('tried every REST endpoint of the config', () => {
      const untried: string[] = []
      const entities = [
        ...payload.config.collections,
        ...payload.config.globals,
        { slug: 'api', endpoints: payload.config.endpoints },
      ] as { slug: string; endpoints?: false | { method: string; path: string }[] }[]
      for (const entity of entities) {
        for (const endpoint of entity.endpoints || []) {
          const key = `${entity.slug} ${endpoint.method.toUpperCase()} ${endpoint.path}`
          if (!coveredRest.has(key) && !NOT_SWEPT[key]) untried.push(key)
        }
      }
      expect(untried).toEqual([])
    })

    it('tried every GraphQL query and mutation', () => {
      const untried = [...queryFields.keys(), ...mutationFields.keys()].filter(
        (name) => !coveredGraphql.has(name) && !NOT_SWEPT[`GraphQL ${name}`],
      )
      expect(untried).toEqual([])
    })

    it('checked a substantial number of cells', () => {
      expect(cellCount).toBeGreaterThan(2000)
    })
  })
})
