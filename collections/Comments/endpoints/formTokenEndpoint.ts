import type { Endpoint } from 'payload'

import { issueFormToken } from '../../../src/comments/formToken'

/**
 * GET /api/comments/form-token — the signed "form shown at" time that the website form embeds; API
 * clients fetch one the same way before posting, and the same minimum wait applies to them.
 */
export const formTokenEndpoint: Endpoint = {
  path: '/form-token',
  method: 'get',
  handler: () => Response.json({ formToken: issueFormToken() }, { headers: { 'Cache-Control': 'no-store' } }),
}
