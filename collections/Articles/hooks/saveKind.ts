import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const KEY = 'legworkArticleDraftSave'

/**
 * Remembers whether this save writes a draft version only (`draft: true`, autosave) or the
 * article's main row, the one the website reads. Inside a beforeChange hook both arrive with
 * `_status: 'draft'`; only the operation's arguments tell an unpublish from a draft save.
 */
export const rememberSaveKind: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'restoreVersion') {
    req.context[KEY] = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

export const isDraftSave = (req: PayloadRequest): boolean => req.context[KEY] !== false

type SaveArgs = {
  data: { _status?: unknown }
  originalDoc?: { _status?: unknown }
  operation: 'create' | 'update'
  req: PayloadRequest
}

/**
 * The status this save gives the article. A save of the main row that names none keeps the latest
 * version's: saving a live article that way publishes the new text, and saving it over a newer
 * draft unpublishes it — Payload's rule, which every workflow and check hook must see alike.
 */
export function statusAfterSave({ data, originalDoc, operation, req }: SaveArgs): 'draft' | 'published' | undefined {
  const status = data._status ?? (operation === 'update' && !isDraftSave(req) ? originalDoc?._status : undefined)
  return status === 'published' || status === 'draft' ? status : undefined
}
