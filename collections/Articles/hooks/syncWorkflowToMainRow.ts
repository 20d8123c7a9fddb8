import type { CollectionAfterChangeHook } from 'payload'

import { COLLECTION } from '../../../src/constants'

/**
 * A draft save (`?draft=true`, autosave) writes only a new version; the article's main row keeps its
 * old stage. Access rules read the main row ("writers edit only in draft or changes requested"), so
 * when a save moved the stage we write stage and history there too — without touching its content.
 */
export const syncWorkflowToMainRow: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const moved = doc.stage !== previousDoc?.stage || (doc.history?.length ?? 0) !== (previousDoc?.history?.length ?? 0)
  if (!moved) return doc
  await req.payload.db.updateOne({
    collection: COLLECTION.articles,
    id: doc.id,
    data: { stage: doc.stage, history: doc.history },
    req,
    returning: false,
  })
  return doc
}
