import type { GlobalConfig } from 'payload'

import { ALL_READER_PAGES, revalidatePaths } from '../../src/revalidate/revalidatePaths'
import { adminsAndEditors, anyone } from '../shared/access'

export const SITE_SETTINGS = 'site-settings' as const

/** Knobs of the reader website that editors may turn without a deploy. */
export const SiteSettings: GlobalConfig = {
  slug: SITE_SETTINGS,
  label: 'Website settings',
  access: { read: anyone, update: adminsAndEditors },
  admin: { group: 'Settings', description: 'How the reader website lists and suggests articles.' },
  fields: [
    {
      name: 'relatedCount',
      label: '“You may also like” cards',
      type: 'number',
      required: true,
      defaultValue: 3,
      min: 0,
      max: 6,
      admin: { description: 'How many related articles to show under each article (0 hides the section).' },
    },
    {
      name: 'articlesPerPage',
      label: 'Articles per page on the home page',
      type: 'number',
      required: true,
      defaultValue: 12,
      min: 3,
      max: 48,
    },
  ],
  hooks: {
    // Both settings shape list and article pages.
    afterChange: [
      async ({ doc, req, context }) => {
        await revalidatePaths(ALL_READER_PAGES, { payload: req.payload, context })
        return doc
      },
    ],
  },
}
