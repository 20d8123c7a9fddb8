/**
 * Fills the database named by DATABASE_URL with a published archive for benchmarks: run through
 * `npm run bench:data` (bench/data.mjs), which passes the wanted totals in BENCH_* variables.
 *
 * Staff, authors, causes and images go through the Local API (few, and they should look exactly like
 * the newsroom's own). Articles and comments are thousands of rows, so they are inserted in batches
 * through the database adapter's Drizzle tables — the same tables and column names Payload reads —
 * with every field a published article or a posted comment would have. Revalidation and emails
 * never run. Totals are targets: a second run with larger numbers only adds the difference.
 */
import config from '@payload-config'
import cliProgress from 'cli-progress'
import { getPayload, type Payload } from 'payload'

import { hashIp } from '../../src/comments/clientKey'
import { COLLECTION } from '../../src/constants'
import { paragraphsToLexical } from '../../src/domain/richText'
import { slugify } from '../../src/domain/slugify'
import { runSeed } from '../../src/seed/runSeed'
import {
  articleTitle,
  causeTitle,
  paragraph,
  personName,
  pick,
  pickDistinct,
  seededRandom,
  sentence,
} from './generateText'

const wanted = {
  articles: Number(process.env.BENCH_ARTICLES ?? 10_000),
  comments: Number(process.env.BENCH_COMMENTS ?? 100_000),
  causes: Number(process.env.BENCH_CAUSES ?? 60),
  authors: 12,
}
const BATCH = 400
const CONTEXT = { disableRevalidate: true, disableNotifications: true }
const DAY = 86_400_000

type Row = Record<string, unknown>
type DrizzleLike = {
  insert: (table: unknown) => {
    values: (rows: Row[]) => { returning: (fields: Row) => Promise<Array<{ id: number }>> } & PromiseLike<unknown>
  }
}

function tablesOf(payload: Payload) {
  const db = payload.db as unknown as { drizzle: DrizzleLike; tables: Record<string, Record<string, unknown>> }
  const table = (name: string) => {
    const found = db.tables[name]
    if (!found) throw new Error(`No table ${name}: has the schema changed?`)
    return found
  }
  return { drizzle: db.drizzle, table }
}

async function count(payload: Payload, collection: 'articles' | 'comments' | 'causes' | 'authors') {
  return (await payload.count({ collection, overrideAccess: true })).totalDocs
}

function progressBar(label: string, total: number) {
  const bar = new cliProgress.SingleBar(
    { format: `${label.padEnd(9)} [{bar}] {value}/{total} {eta_formatted} left`, hideCursor: true, noTTYOutput: true },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0)
  return bar
}

async function ensureNewsroom(payload: Payload) {
  if ((await count(payload, 'authors')) === 0) {
    console.log('Empty database: loading the demo newsroom first (staff, authors, causes, images).')
    // bench/data.mjs always passes one (see bench/lib/constants.mjs).
    const password = process.env.SEED_PASSWORD
    if (!password) throw new Error('SEED_PASSWORD is not set: run this through npm run bench:data.')
    await runSeed(payload, { password, revalidate: false })
  }
}

async function ensureCauses(payload: Payload) {
  const have = await count(payload, 'causes')
  if (have >= wanted.causes) return
  const random = seededRandom(7)
  const bar = progressBar('causes', wanted.causes - have)
  for (let index = have; index < wanted.causes; index++) {
    const title = causeTitle(index)
    await payload.create({
      collection: COLLECTION.causes,
      context: CONTEXT,
      data: {
        title,
        slug: `${slugify(title)}-${index}`,
        category: pick(random, ['training', 'recovery', 'equipment', 'nutrition', 'health'] as const),
        summary: sentence(random, 18),
        body: paragraphsToLexical([paragraph(random), paragraph(random)]),
        sources: [{ title: sentence(random, 9), publisher: 'Journal of Sports Sciences', year: 2015 + (index % 10) }],
        _status: 'published',
      },
    })
    bar.increment()
  }
  bar.stop()
}

async function ensureAuthors(payload: Payload) {
  const random = seededRandom(11)
  for (let index = await count(payload, 'authors'); index < wanted.authors; index++) {
    const name = personName(random)
    await payload.create({
      collection: COLLECTION.authors,
      context: CONTEXT,
      data: {
        name,
        slug: `${slugify(name)}-${index}`,
        jobTitle: 'Contributing writer',
        bio: paragraphsToLexical([paragraph(random, 2)]),
      },
    })
  }
}

async function idsOf(payload: Payload, collection: 'causes' | 'authors' | 'media') {
  const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0, select: {} })
  return docs.map((doc) => doc.id as number)
}

async function insertArticles(payload: Payload) {
  const have = await count(payload, 'articles')
  const toAdd = wanted.articles - have
  if (toAdd <= 0) return
  const { drizzle, table } = tablesOf(payload)
  const [causeIds, authorIds, mediaIds] = await Promise.all([
    idsOf(payload, 'causes'),
    idsOf(payload, 'authors'),
    idsOf(payload, 'media'),
  ])
  const random = seededRandom(have + 1)
  const bar = progressBar('articles', toAdd)
  // Publication dates run from about six years ago up to yesterday, in id order like a real archive.
  const span = 6 * 365 * DAY
  const start = Date.now() - span
  for (let offset = 0; offset < toAdd; offset += BATCH) {
    const size = Math.min(BATCH, toAdd - offset)
    const articles: Row[] = []
    const reasonsByArticle: Row[][] = []
    for (let i = 0; i < size; i++) {
      const number = have + offset + i
      const reasonCount = 5 + Math.floor(random() * 6)
      const title = articleTitle(random, reasonCount)
      const publishedAt = new Date(start + Math.floor((span * (offset + i + 1)) / (toAdd + 1))).toISOString()
      articles.push({
        title,
        slug: `${slugify(title)}-${number}`,
        excerpt: sentence(random, 22),
        heroImage: mediaIds.length ? pick(random, mediaIds) : null,
        intro: paragraphsToLexical([paragraph(random), paragraph(random)]),
        conclusion: paragraphsToLexical([paragraph(random)]),
        meta_title: title.slice(0, 60),
        meta_description: sentence(random, 20).slice(0, 155),
        stage: 'published',
        author: pick(random, authorIds),
        reviewer: random() < 0.5 ? pick(random, authorIds) : null,
        reviewedAt: publishedAt,
        commentsOpen: random() < 0.9,
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
        _status: 'published',
      })
      reasonsByArticle.push(
        pickDistinct(random, causeIds, reasonCount).map((cause, order) => ({
          _order: order + 1,
          id: `${number.toString(16)}r${order}`,
          cause,
          heading: `Reason ${order + 1}: ${sentence(random, 5).slice(0, -1)}`,
          body: paragraphsToLexical([paragraph(random), paragraph(random)]),
        })),
      )
    }
    const inserted = await drizzle
      .insert(table('articles'))
      .values(articles)
      .returning({ id: table('articles').id })
    const reasons = inserted.flatMap(({ id }, index) =>
      reasonsByArticle[index]!.map((reason) => ({ ...reason, _parentID: id })),
    )
    await drizzle.insert(table('articles_reasons')).values(reasons)
    bar.increment(size)
  }
  bar.stop()
}

const STATUSES: Array<[string, number]> = [
  ['approved', 0.75],
  ['pending', 0.15],
  ['spam', 0.07],
  ['trash', 0.03],
]

function commentStatus(roll: number): string {
  let sum = 0
  for (const [status, share] of STATUSES) if (roll < (sum += share)) return status
  return 'approved'
}

async function insertComments(payload: Payload) {
  const have = await count(payload, 'comments')
  const toAdd = wanted.comments - have
  if (toAdd <= 0) return
  const { drizzle, table } = tablesOf(payload)
  const { docs: articles } = await payload.find({
    collection: COLLECTION.articles,
    limit: 0,
    pagination: false,
    depth: 0,
    select: { publishedAt: true },
    sort: 'id',
  })
  const random = seededRandom(have + 101)
  // Approved comments an article already has, as possible parents for replies: [id, depth].
  const threads = new Map<number, Array<[number, number]>>()
  const bar = progressBar('comments', toAdd)
  for (let offset = 0; offset < toAdd; offset += BATCH) {
    const size = Math.min(BATCH, toAdd - offset)
    const rows: Row[] = []
    for (let i = 0; i < size; i++) {
      // Skewed like a real archive: a few articles draw most of the discussion.
      const article = articles[Math.floor(articles.length * random() ** 3)]!
      const status = commentStatus(random())
      const parents = threads.get(article.id as number) ?? []
      const parent = status === 'approved' && parents.length && random() < 0.3 ? pick(random, parents) : null
      const published = Date.parse(String(article.publishedAt ?? new Date().toISOString()))
      const at = new Date(published + Math.floor(random() * Math.max(DAY, Date.now() - published))).toISOString()
      const reader = Math.floor(random() * 20_000)
      rows.push({
        article: article.id,
        parent: parent ? parent[0] : null,
        depth: parent ? parent[1] + 1 : 0,
        authorName: personName(random),
        authorEmail: `reader${reader}@example.com`,
        body: paragraph(random, 1 + Math.floor(random() * 3)),
        status,
        ipHash: hashIp(`10.${reader % 250}.${Math.floor(reader / 250)}.7`),
        userAgent: 'Mozilla/5.0 (bench)',
        createdAt: at,
        updatedAt: at,
      })
    }
    const inserted = await drizzle
      .insert(table('comments'))
      .values(rows)
      .returning({ id: table('comments').id })
    inserted.forEach(({ id }, index) => {
      const row = rows[index]!
      if (row.status !== 'approved' || (row.depth as number) >= 2) return
      const list = threads.get(row.article as number) ?? []
      list.push([id, row.depth as number])
      if (list.length > 20) list.shift()
      threads.set(row.article as number, list)
    })
    bar.increment(size)
  }
  bar.stop()
}

/**
 * PostgreSQL plans from statistics that autovacuum refreshes some time after a bulk load; until then
 * it believes the tables are nearly empty and picks plans six times slower (measured on the related
 * articles query). A data import ends with ANALYZE, as this one does, so the benchmark measures the
 * plans a running site would have.
 */
async function refreshPlannerStatistics(payload: Payload) {
  const { pool } = payload.db as unknown as { pool?: { query: (sql: string) => Promise<unknown> } }
  if (payload.db.name === 'postgres' && pool) await pool.query('ANALYZE')
}

async function main() {
  const started = Date.now()
  const payload = await getPayload({ config })
  await ensureNewsroom(payload)
  await ensureCauses(payload)
  await ensureAuthors(payload)
  await insertArticles(payload)
  await insertComments(payload)
  await refreshPlannerStatistics(payload)
  const totals = await Promise.all(
    (['articles', 'comments', 'causes', 'authors'] as const).map((c) => count(payload, c)),
  )
  console.log(
    `Database holds ${totals[0]} articles, ${totals[1]} comments, ${totals[2]} causes, ${totals[3]} authors ` +
      `(${((Date.now() - started) / 1000).toFixed(0)} s).`,
  )
  process.exit(0)
}

// `payload run` exits once this module has been evaluated, so wait for the work here.
await main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
