import type { CollectionAfterChangeHook } from 'payload'

import { COLLECTION } from '../../../src/constants'

/**
 * A draft save (`?draft=true`, autosave) writes only a new version, so the article's main row — the
 * row access rules and lists read — would keep its old stage. When such a save moved the workflow
 * (src: applyWorkflow), stage, history and approval are written to the main row too, content
 * untouched. Saves of the main row carry them already.
 */
export const syncWorkflowToMainRow: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const moved = doc.stage !== previousDoc?.stage || (doc.history?.length ?? 0) !== (previousDoc?.history?.length ?? 0)
  if (!moved) return doc
  const main = await req.payload.db.findOne<Record<string, unknown> & { id: number | string }>({
    collection: COLLECTION.articles,
    where: { id: { equals: doc.id } },
    req,
  })
  if (!main) return doc
  const version = await req.payload.db.findVersions<Record<string, unknown>>({
    collection: COLLECTION.articles,
    where: { parent: { equals: doc.id } },
    sort: '-updatedAt',
    limit: 1,
    req,
  })
  const latest = version.docs[0]?.version as { approvalFingerprint?: unknown } | undefined
  // The adapter rewrites every array and relationship of the row from `data`, so the whole stored
  // row goes back with only the workflow changed; a partial write would drop the reasons.
  await req.payload.db.updateOne({
    collection: COLLECTION.articles,
    id: doc.id,
    data: { ...main, stage: doc.stage, history: doc.history, approvalFingerprint: latest?.approvalFingerprint ?? null },
    req,
    returning: false,
  })
  return doc
}
