import type { GlobalConfig, PayloadRequest } from 'payload'

import { GLOBAL } from '../../src/constants'
import { admins, staff } from '../shared/access'

export const EDITORIAL_SETTINGS = GLOBAL.editorialSettings

/** How strict the review workflow is. Admins change it; every member of staff may read it. */
export const EditorialSettings: GlobalConfig = {
  slug: EDITORIAL_SETTINGS,
  label: 'Editorial settings',
  access: { read: staff, update: admins },
  admin: { group: 'Settings', description: 'How articles move from draft to the website.' },
  fields: [
    {
      name: 'reviewRequired',
      label: 'Publishing needs an approved article',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        description:
          'On: an article goes live — published now, scheduled, in bulk or by restoring a version, from the admin or the API — only once an editor has approved its text, and a change to that text sends it back to review. An admin may still publish without review, with a note kept in the history. Off: editors publish whatever they like.',
      },
    },
  ],
}

/** The setting as the workflow hooks read it: on unless an admin turned it off. */
export async function reviewRequired(req: PayloadRequest): Promise<boolean> {
  const settings = await req.payload.findGlobal({ slug: EDITORIAL_SETTINGS, depth: 0, overrideAccess: true, req })
  return (settings as { reviewRequired?: boolean | null }).reviewRequired !== false
}
