import type { Payload } from 'payload'

import { paragraphsToLexical } from '../../src/domain/richText'
import { slugify } from '../../src/domain/slugify'
import { getTestPayload } from './payload'

const unique = () => Math.random().toString(36).slice(2, 8)

export async function createAuthor(payload?: Payload) {
  const p = payload ?? (await getTestPayload())
  const name = `Author ${unique()}`
  return p.create({ collection: 'authors', data: { name, slug: slugify(name), jobTitle: 'Website editor' } })
}

export async function createCause(options: { title?: string; withSources?: boolean } = {}) {
  const payload = await getTestPayload()
  const title = options.title ?? `Cause ${unique()}`
  return payload.create({
    collection: 'causes',
    data: {
      title,
      slug: `${slugify(title)}-${unique()}`,
      summary: 'A short summary of the cause.',
      category: 'training',
      sources: options.withSources === false ? [] : [{ title: 'A study', publisher: 'A journal', year: 2020 }],
      _status: 'published',
    },
  })
}

/** Data for an article that passes every pre-publish check, with `reasonCount` reasons. */
export async function validArticleData(reasonCount = 2) {
  const author = await createAuthor()
  const causes = await Promise.all(Array.from({ length: reasonCount }, () => createCause()))
  return {
    title: `${reasonCount} reasons your legs feel heavy ${unique()}`,
    excerpt: 'Why running legs feel like lead, and what helps.',
    author: author.id,
    intro: paragraphsToLexical(['Heavy legs are common among runners and usually have a clear cause.']),
    reasons: causes.map((cause, index) => ({
      cause: cause.id,
      body: paragraphsToLexical([
        `This is the explanation for reason number ${index + 1}, written for this article alone.`,
      ]),
    })),
    conclusion: paragraphsToLexical(['Most causes are easy to fix once you know which one applies to you.']),
    meta: { description: 'Why your legs feel heavy when you run, and what to do about each cause.' },
  }
}
