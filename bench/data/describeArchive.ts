/**
 * Writes what the benchmark needs to know about the filled archive to BENCH_OUT (JSON): totals, the
 * article with the most comments, a spread sample of published articles, and the newest article that
 * takes comments. Run by bench/run.mjs through `payload run`.
 */
import fs from 'node:fs'

import config from '@payload-config'
import { getPayload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { seededRandom } from './generateText'

async function main() {
  const payload = await getPayload({ config })
  const total = async (collection: 'articles' | 'comments', where = {}) =>
    (await payload.count({ collection, where })).totalDocs
  const { docs } = await payload.find({
    collection: COLLECTION.articles,
    where: { _status: { equals: 'published' } },
    select: { slug: true, commentsOpen: true, publishedAt: true, title: true },
    sort: 'id',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const random = seededRandom(42)
  const sample = Array.from({ length: 40 }, () => docs[Math.floor(random() * docs.length)]!)
  // The archive's skew puts most comments on the lowest ids; count a few candidates exactly.
  const counted = await Promise.all(
    docs.slice(0, 25).map(async (doc) => ({
      ...doc,
      comments: await total('comments', { article: { equals: doc.id }, status: { equals: 'approved' } }),
    })),
  )
  const busiest = counted.sort((a, b) => b.comments - a.comments)[0]
  if (!busiest) throw new Error('No published articles: run npm run bench:data first.')
  const newestOpen =
    [...docs]
      .filter((doc) => doc.commentsOpen)
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0] ?? busiest
  const description = {
    articles: docs.length,
    comments: await total('comments'),
    pendingComments: await total('comments', { status: { equals: 'pending' } }),
    busiest: { id: busiest.id, slug: busiest.slug, approvedComments: busiest.comments },
    sample: sample.map((doc) => ({ id: doc.id, slug: doc.slug, title: doc.title })),
    newestOpen: { id: newestOpen.id, slug: newestOpen.slug },
  }
  fs.writeFileSync(process.env.BENCH_OUT!, JSON.stringify(description, null, 2))
  process.exit(0)
}

await main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
