import type { Endpoint } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { runEditorialChecks } from '../../../src/domain/editorialChecks'
import { isStaff } from '../../shared/access'
import { articleForChecks } from '../checks/articleForChecks'

/** GET /api/articles/:id/checks — the pre-publish checks for the latest draft, for the admin sidebar. */
export const checksEndpoint: Endpoint = {
  path: '/:id/checks',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) return Response.json({ errors: [{ message: 'Sign in as staff.' }] }, { status: 403 })
    const id = req.routeParams?.id as string
    const article = await req.payload.findByID({
      collection: COLLECTION.articles,
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
    })
    if (!article) return Response.json({ errors: [{ message: 'Article not found.' }] }, { status: 404 })
    return Response.json(runEditorialChecks(await articleForChecks(article, req)))
  },
}
