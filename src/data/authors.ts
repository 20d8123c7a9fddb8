import { cache } from 'react'

import { COLLECTION } from '../constants'
import { AS_READER, payloadClient } from './payload'

export const getAuthor = cache(async (slug: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.authors,
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    ...AS_READER,
  })
  return docs[0] ?? null
})

export async function listAuthorSlugs(): Promise<Array<{ slug: string; updatedAt: string }>> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.authors,
    select: { slug: true, updatedAt: true },
    pagination: false,
    limit: 0,
    depth: 0,
    ...AS_READER,
  })
  return docs.filter((doc) => doc.slug).map((doc) => ({ slug: doc.slug!, updatedAt: doc.updatedAt }))
}
