/**
 * `npm run bench:profile` — where an uncached article render spends its database time: each query
 * the article page makes, timed on its own over a sample of articles (DATABASE_URL, as filled by
 * `npm run bench:data`). Used to find what to index or cut; the numbers are recorded in
 * bench/findings.md.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { getPublishedArticle } from '../src/data/articles'
import { listApprovedComments } from '../src/data/comments'
import { getRelatedArticles } from '../src/data/related'
import { getSiteSettings } from '../src/data/settings'
import type { Article } from '../src/payload-types'

const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 20)

async function timeIt<T>(samples: Map<string, number[]>, label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  const list = samples.get(label) ?? []
  list.push(performance.now() - started)
  samples.set(label, list)
  return result
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN

async function main() {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    select: { slug: true },
    sort: 'id',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  // Spread over the archive, plus the busiest (lowest ids carry the most comments in bench data).
  const slugs = [
    docs[0]!.slug!,
    ...Array.from({ length: ROUNDS }, (_, i) => docs[Math.floor(((i + 0.5) * docs.length) / ROUNDS)]!.slug!),
  ]
  const samples = new Map<string, number[]>()
  for (const slug of slugs) {
    const article = (await timeIt(samples, 'article (depth 2)', () => getPublishedArticle(slug))) as Article
    const comments = await timeIt(samples, 'approved comments', () => listApprovedComments(article.id))
    await timeIt(samples, 'site settings', () => getSiteSettings())
    await timeIt(samples, 'related articles', () => getRelatedArticles(article, 3))
    if (slug === slugs[0]) console.log(`busiest: ${slug} with ${comments.length} approved comments`)
  }
  console.log(`median of ${slugs.length} articles (React's cache is off outside a render: every call queries)`)
  for (const [label, values] of samples)
    console.log(`${label.padEnd(20)} ${median(values).toFixed(1)} ms  (max ${Math.max(...values).toFixed(1)})`)
  process.exit(0)
}

await main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
