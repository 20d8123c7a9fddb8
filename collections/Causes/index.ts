import type { CollectionConfig } from 'payload'

import { CAUSE_CATEGORIES, COLLECTION } from '../../src/constants'
import { adminsAndEditors, publishedOrStaff, staff } from '../shared/access'
import { slugField } from '../shared/slugField'
import { urlOrDoiOrEmpty } from '../shared/validators'
import { revalidateCauseAfterChange, revalidateCauseAfterDelete } from './hooks/revalidateCause'

/**
 * A reusable explanation ("Iron deficiency") that articles cite as one of their reasons. Written
 * once with its sources, so every article that cites it carries the same evidence.
 */
export const Causes: CollectionConfig = {
  slug: COLLECTION.causes,
  access: {
    read: publishedOrStaff,
    readVersions: staff,
    create: adminsAndEditors,
    update: adminsAndEditors,
    delete: adminsAndEditors,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
    group: 'Content',
    description: 'Reusable explanations that articles are built from, each with its sources.',
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 320,
      admin: { description: 'One or two sentences: shown on cards and at the top of the cause page.' },
    },
    { name: 'body', type: 'richText' },
    {
      name: 'category',
      type: 'select',
      required: true,
      options: CAUSE_CATEGORIES.map(({ label, value }) => ({ label, value })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'sources',
      type: 'array',
      labels: { singular: 'Source', plural: 'Sources' },
      admin: {
        description: 'Studies, guidelines or reference works that back this explanation.',
        initCollapsed: true,
      },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 300 },
        {
          type: 'row',
          fields: [
            { name: 'publisher', type: 'text', maxLength: 160, admin: { placeholder: 'Journal or organisation' } },
            { name: 'year', type: 'number', min: 1800, max: 2100, admin: { width: '25%' } },
          ],
        },
        {
          name: 'url',
          label: 'URL or DOI',
          type: 'text',
          validate: urlOrDoiOrEmpty,
        },
      ],
    },
  ],
  hooks: {
    afterChange: [revalidateCauseAfterChange],
    afterDelete: [revalidateCauseAfterDelete],
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
}
