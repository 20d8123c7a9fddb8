import crypto from 'node:crypto'

import type { CollectionAfterChangeHook } from 'payload'

import { COLLECTION } from '../../../src/constants'

type HistoryEntry = {
  id?: string
  at: string
  by?: number | string | null
  byName?: string | null
  from?: string | null
  to: string
  note?: string | null
}

/**
 * Keeps the article's main row — the row access rules read — in step with the workflow.
 *
 * - A draft save (`?draft=true`, autosave) writes only a new version, so the main row keeps its old
 *   stage; when the save moved the stage we write stage and history there too, content untouched.
 * - Unpublishing is a save with `_status: 'draft'`, which looks like any draft save from inside a
 *   beforeChange hook. Afterwards the main row tells them apart: if it is no longer published, the
 *   article went back to draft and the history says so.
 */
export const syncWorkflowToMainRow: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const readMain = () =>
    req.payload.db.findOne<Record<string, unknown> & { id: number | string; _status?: string }>({
      collection: COLLECTION.articles,
      where: { id: { equals: doc.id } },
      req,
    })

  let stage = doc.stage
  let history = (doc.history ?? []) as HistoryEntry[]
  let main: Awaited<ReturnType<typeof readMain>> | undefined
  if (doc.stage === 'published' && doc._status === 'draft') {
    main = await readMain()
    if (main?._status === 'draft') {
      stage = 'draft'
      const user = req.user as { id: number | string; name?: string } | null
      history = [
        ...history,
        {
          // Array rows need an id of their own; Payload only makes one for rows that pass through its fields.
          id: crypto.randomBytes(12).toString('hex'),
          at: new Date().toISOString(),
          by: user?.id ?? null,
          byName: user?.name ?? 'System',
          from: 'published',
          to: 'draft',
          note: 'Unpublished',
        },
      ]
    }
  }

  const moved = stage !== previousDoc?.stage || history.length !== (previousDoc?.history?.length ?? 0)
  if (!moved) return doc
  main ??= await readMain()
  if (!main) return doc
  // The adapter rewrites every array and relationship of the row from `data`, so the whole stored
  // row goes back with only stage and history changed; a partial write would drop the reasons.
  await req.payload.db.updateOne({
    collection: COLLECTION.articles,
    id: doc.id,
    data: { ...main, stage, history },
    req,
    returning: false,
  })
  return { ...doc, stage, history }
}
