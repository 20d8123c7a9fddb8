import { cache } from 'react'

import { COLLECTION } from '../constants'
import { AS_READER, payloadClient, PUBLISHED } from './payload'

export const getPublishedCause = cache(async (slug: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.causes,
    where: { and: [{ slug: { equals: slug } }, PUBLISHED] },
    depth: 0,
    limit: 1,
    ...AS_READER,
  })
  return docs[0] ?? null
})

export const listPublishedCauses = cache(async () => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.causes,
    where: PUBLISHED,
    select: { title: true, slug: true, summary: true, category: true, updatedAt: true },
    sort: 'title',
    pagination: false,
    limit: 0,
    depth: 0,
    ...AS_READER,
  })
  return docs
})
