import type { CollectionBeforeChangeHook } from 'payload'

import { runEditorialChecks } from '../../../src/domain/editorialChecks'
import { PublishRefusedError } from '../../../src/errors/PublishRefusedError'
import { articleForChecks } from '../checks/articleForChecks'
import { statusAfterSave } from './saveKind'

/**
 * Every publish — admin, REST, GraphQL, bulk, version restore or a scheduled job — passes through
 * here: errors refuse it with the list of problems; warnings are left to the admin's sidebar.
 */
export const runPrePublishChecks: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (statusAfterSave({ data, originalDoc, operation, req }) !== 'published') return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const { errors } = runEditorialChecks(await articleForChecks(merged, req))
  if (errors.length) throw new PublishRefusedError(errors)
  return data
}
