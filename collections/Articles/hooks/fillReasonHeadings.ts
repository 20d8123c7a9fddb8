import type { CollectionBeforeChangeHook } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { idOf } from '../../shared/refs'

type Reason = { cause?: number | string | { id: number | string; title?: string } | null; heading?: string | null }


/** A reason's heading defaults to its cause's title, so an editor only types one when it should differ. */
export const fillReasonHeadings: CollectionBeforeChangeHook = async ({ data, req }) => {
  const reasons = data.reasons as Reason[] | undefined
  if (!Array.isArray(reasons)) return data
  const missing = reasons.filter((reason) => !reason.heading?.trim() && idOf(reason.cause) != null)
  if (!missing.length) return data

  const { docs } = await req.payload.find({
    collection: COLLECTION.causes,
    where: { id: { in: missing.map((reason) => idOf(reason.cause)) } },
    select: { title: true },
    depth: 0,
    limit: missing.length,
    draft: true,
    req,
  })
  const titles = new Map(docs.map((cause) => [String(cause.id), cause.title]))
  return {
    ...data,
    reasons: reasons.map((reason) =>
      reason.heading?.trim()
        ? reason
        : { ...reason, heading: titles.get(String(idOf(reason.cause))) ?? reason.heading },
    ),
  }
}
