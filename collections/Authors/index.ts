import type { Access, CollectionConfig } from 'payload'

import { COLLECTION } from '../../src/constants'
import { adminsAndEditors, anyone, hasRole } from '../shared/access'
import { slugField } from '../shared/slugField'
import { httpUrlOrEmpty } from '../shared/validators'
import { revalidateAuthorAfterChange, revalidateAuthorAfterDelete } from './hooks/revalidateAuthor'

/** Editors manage every profile; a writer may edit the one profile their account links to. */
const editorsOrOwnProfile: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const ownAuthor = (req.user as { author?: number | string | { id: number | string } | null } | null)?.author
  if (hasRole(req.user, 'writer') && ownAuthor) {
    const id = typeof ownAuthor === 'object' ? ownAuthor.id : ownAuthor
    return { id: { equals: id } }
  }
  return false
}

/**
 * Public bylines. Everything in this collection is meant for readers, so it holds nothing private:
 * staff logins and emails stay in `users`.
 */
export const Authors: CollectionConfig = {
  slug: COLLECTION.authors,
  access: {
    read: anyone,
    create: adminsAndEditors,
    update: editorsOrOwnProfile,
    delete: adminsAndEditors,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'jobTitle', 'slug', 'updatedAt'],
    group: 'Content',
    description: 'Public profiles shown under articles and on author pages.',
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name'),
    {
      name: 'avatar',
      type: 'upload',
      relationTo: COLLECTION.media,
      admin: { description: 'A square portrait works best.' },
    },
    {
      name: 'jobTitle',
      label: 'Job title',
      type: 'text',
      maxLength: 120,
      admin: { placeholder: 'Website editor' },
    },
    { name: 'bio', type: 'richText', admin: { description: 'Two or three sentences in the third person.' } },
    {
      name: 'expertise',
      type: 'text',
      hasMany: true,
      maxLength: 60,
      admin: { description: 'Topics this person writes about with authority, e.g. "marathon training".' },
    },
    {
      name: 'credentials',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Qualifications readers should know about, e.g. "Certified running coach (UESCA)".' },
    },
    {
      name: 'links',
      type: 'group',
      fields: [
        { name: 'website', type: 'text', validate: httpUrlOrEmpty },
        { name: 'x', label: 'X (Twitter)', type: 'text', validate: httpUrlOrEmpty },
        { name: 'instagram', type: 'text', validate: httpUrlOrEmpty },
        { name: 'linkedin', label: 'LinkedIn', type: 'text', validate: httpUrlOrEmpty },
      ],
    },
  ],
  hooks: {
    afterChange: [revalidateAuthorAfterChange],
    afterDelete: [revalidateAuthorAfterDelete],
  },
}
