import type { GlobalConfig } from 'payload'

import { COLLECTION } from '../../src/constants'
import { checkTimeZone, DEFAULT_TIME_ZONE } from '../../src/domain/timeZones'
import { ALL_READER_PAGES, revalidatePaths } from '../../src/revalidate/revalidatePaths'
import { adminsAndEditors, anyone } from '../shared/access'
import { readOnlyNoticeField } from './readOnlyNotice'

export const SITE_SETTINGS = 'site-settings' as const

/** What the reader website says it is when nobody has named it yet. */
export const SITE_DEFAULTS = {
  siteName: 'Legwork',
  tagline: 'Running and health, explained',
} as const

/** The website's name, look and clock, and the knobs editors may turn without a deploy. */
export const SiteSettings: GlobalConfig = {
  slug: SITE_SETTINGS,
  label: 'Website settings',
  access: { read: anyone, update: adminsAndEditors },
  admin: {
    group: 'Settings',
    description: 'The website’s name, tagline, logo and time zone, and how it lists and suggests articles.',
  },
  fields: [
    readOnlyNoticeField({
      global: SITE_SETTINGS,
      who: 'editors and admins',
      why: 'The name, logo and time zone appear on every page of the website and in every feed reader, so the people responsible for the site change them.',
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'siteName',
          label: 'Site name',
          type: 'text',
          required: true,
          defaultValue: SITE_DEFAULTS.siteName,
          maxLength: 60,
          admin: {
            width: '50%',
            description: 'In the header of every page, after each page title, in the feed and in search results.',
          },
        },
        {
          name: 'tagline',
          type: 'text',
          defaultValue: SITE_DEFAULTS.tagline,
          maxLength: 120,
          admin: { width: '50%', description: 'In a few words, what the site is about. Shown under the name.' },
        },
      ],
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: COLLECTION.media,
      admin: {
        description:
          'Shown in the header instead of the name, and on the newsroom’s sign-in page. A wide image, at least 80 pixels high, reads best. Leave empty to show the name.',
      },
    },
    {
      name: 'timezone',
      label: 'Time zone',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_TIME_ZONE,
      // Checked on the server whatever the client: the list comes from this server's Intl.
      validate: (value: unknown) => checkTimeZone(value),
      admin: {
        description: 'The newsroom’s clock: dates on the website and scheduled publishing times are in this zone.',
        components: { Field: '@/admin/settings/TimeZoneField#TimeZoneField' },
      },
    },
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
    // The name, tagline and logo are in the layout of every page; the counts shape lists and articles.
    afterChange: [
      async ({ doc, req, context }) => {
        await revalidatePaths(ALL_READER_PAGES, { payload: req.payload, context })
        return doc
      },
    ],
  },
}
