import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { COLLECTION } from '../../../src/constants'

/**
 * Replacing a media document's file keeps the old files (the original and every size) where they
 * were. Payload deletes them as soon as a new file arrives, but pages cached before the change, in
 * Next's cache, the cache tier and readers' browsers, still point at them: their images would break
 * (the URL answered 500) until every such page is rebuilt. The old bytes are held in memory between
 * Payload's deleting them and the document being saved, then written back under their old names;
 * the new file gets a name of its own, as Payload never overwrites.
 */
type Kept = Map<string, Array<{ file: string; bytes: Buffer }>>
const KEPT = 'legworkReplacedMediaFiles'

const fileNames = (doc: {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | undefined> | null
}) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(
    (name): name is string => typeof name === 'string' && name !== '',
  )

const staticDir = (req: PayloadRequest) => req.payload.collections[COLLECTION.media].config.upload.staticDir ?? ''

export const holdReplacedFiles: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.file) return args
  const { id, where } = args as { id?: number | string; where?: object }
  const { docs } = await req.payload.find({
    collection: COLLECTION.media,
    where: (id !== undefined ? { id: { equals: id } } : where) as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const kept: Kept = new Map()
  for (const doc of docs) {
    const files = await Promise.all(
      fileNames(doc).map(async (file) => {
        const bytes = await fs.readFile(path.join(staticDir(req), file)).catch(() => null)
        return bytes && { file, bytes }
      }),
    )
    kept.set(
      String(doc.id),
      files.filter((each) => each !== null),
    )
  }
  req.context[KEPT] = kept
  return args
}

export const restoreReplacedFiles: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const kept = (req.context[KEPT] as Kept | undefined)?.get(String(doc.id))
  if (operation !== 'update' || !kept) return doc
  const current = new Set(fileNames(doc))
  for (const { file, bytes } of kept) {
    // A name the new file took stays the new file's.
    if (current.has(file)) continue
    await fs.writeFile(path.join(staticDir(req), file), bytes, { flag: 'wx' }).catch(() => undefined)
  }
  return doc
}
