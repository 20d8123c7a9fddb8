import { APIError } from 'payload'
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { hasRole } from '../../shared/access'

type Id = number | string

/** The article a version belongs to, for a restore. */
async function articleOfVersion(versionId: Id | undefined, req: PayloadRequest): Promise<Id | undefined> {
  if (versionId === undefined) return undefined
  const version = await req.payload
    .findVersionByID({ collection: COLLECTION.articles, id: String(versionId), depth: 0, req })
    .catch(() => null)
  const parent = version?.parent as Id | { id: Id } | undefined
  return typeof parent === 'object' ? parent.id : parent
}

/**
 * Writers work in drafts. A save without `draft` writes the article's main row, the one the website
 * shows: on a published article that an editor sent back with "Request changes" (the only published
 * article a writer may still edit) it would put unreviewed text live, or unpublish the article,
 * since the row takes the status of the newest draft. Writers never publish or unpublish, so such a
 * save — update, bulk update or restoring a version — is refused. The same change saved as a draft
 * (`?draft=true`, what the admin does) is fine. Access functions cannot see `draft`; this hook can.
 */
export const keepWritersOffLiveArticles: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  if (overrideAccess === true || !req.user || hasRole(req.user, 'admin', 'editor')) return args
  const { draft, id, where } = args as { draft?: boolean; id?: Id; where?: Where }
  if (draft) return args

  const articleId = operation === 'restoreVersion' ? await articleOfVersion(id, req) : id
  const scope: Where | undefined = articleId !== undefined ? { id: { equals: articleId } } : where
  if (!scope) return args
  const { totalDocs } = await req.payload.count({
    collection: COLLECTION.articles,
    where: { and: [scope, { _status: { equals: 'published' } }] },
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      'This article is published: writers save their changes as a draft (draft=true) and submit it for review.',
      403,
      null,
      true,
    )
  }
  return args
}
