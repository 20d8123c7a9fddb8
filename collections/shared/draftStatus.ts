import type { CollectionBeforeOperationHook } from 'payload'

import { fieldRefusal } from '../../src/errors/fieldRefusal'

const STATUSES = ['draft', 'published']

/**
 * `_status` is Payload's own field, and it stored whatever a client sent ("Published", "xyz", an
 * array): such a document is neither a draft nor published, and vanishes from both the website and
 * the admin's filters. Only the two real values get through — checked before the operation, which
 * quietly turns any value but "published" into "draft" when `draft=true`.
 */
export const refuseUnknownStatus: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object' || data._status === undefined) return args
  if (typeof data._status === 'string' && STATUSES.includes(data._status)) return args
  throw fieldRefusal([{ path: '_status', message: '_status: either "draft" or "published".' }])
}
