import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const KEY = 'legworkArticleDraftSave'

/**
 * Whether this save writes a draft version only (`draft: true`, autosave) or the article's main row,
 * the one the website reads. Inside a beforeChange hook both arrive with `_status: 'draft'`; only the
 * operation's arguments tell an unpublish from a draft save.
 */
export const rememberSaveKind: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'restoreVersion') {
    req.context[KEY] = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

export const isDraftSave = (req: PayloadRequest): boolean => req.context[KEY] !== false
