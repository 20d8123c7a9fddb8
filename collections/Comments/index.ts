import type { CollectionConfig } from 'payload'

import { COLLECTION } from '../../src/constants'
import { anyone, moderators, moderatorsFieldOnly, noOneField } from '../shared/access'
import { readComments } from './access/readComments'
import { formTokenEndpoint } from './endpoints/formTokenEndpoint'
import { notifyModerators } from './hooks/notifyModerators'
import { recordModeration } from './hooks/recordModeration'
import { requireDataObject } from './hooks/requireDataObject'
import { revalidateOnApproval, revalidateOnDelete } from './hooks/revalidateCommentedArticle'
import { screenComment } from './hooks/screenComment'

/** Only the server writes these; readers never see the private ones. */
const serverOnly = { create: noOneField, update: noOneField }
const privateToModerators = { read: moderatorsFieldOnly, create: noOneField, update: noOneField }

export const COMMENT_STATUSES = [
  { label: 'Pending', value: 'pending' },
  { label: 'Approved', value: 'approved' },
  { label: 'Spam', value: 'spam' },
  { label: 'Trash', value: 'trash' },
] as const

/**
 * Readers' comments. Anyone may post; nothing is public until approved. Email, IP hash and user agent
 * are readable by moderators, editors and admins only — by field access, in every API.
 */
export const Comments: CollectionConfig = {
  slug: COLLECTION.comments,
  access: {
    create: anyone,
    read: readComments,
    update: moderators,
    delete: moderators,
  },
  admin: {
    useAsTitle: 'authorName',
    defaultColumns: ['body', 'authorName', 'article', 'status', 'heldFor', 'createdAt'],
    listSearchableFields: ['body', 'authorName', 'authorEmail'],
    group: 'Discussion',
    description: 'Readers’ comments. Nothing shows on the site until it is approved.',
    pagination: { defaultLimit: 50 },
    components: { beforeListTable: ['@/admin/comments/CommentQueueTabs#CommentQueueTabs'] },
  },
  defaultSort: '-createdAt',
  // The two questions asked of 100,000 comments: an article's approved ones in order (the website)
  // and the newest of one status (the moderation queue). One index each answers them in order.
  indexes: [{ fields: ['article', 'status', 'createdAt'] }, { fields: ['status', 'createdAt'] }],
  // A copy keeps the private fields of the comment it copies (the email among them) while the
  // copier chooses the text: anyone could post as an approved commenter, approved at once when
  // returning authors are. Every comment is a reader's own post; there is nothing to duplicate.
  disableDuplicate: true,
  endpoints: [formTokenEndpoint],
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: COLLECTION.articles,
      required: true,
      index: true,
      // An API answer about a comment names its article; it never carries the article's causes,
      // sources and images (populating them cost more than storing the comment).
      maxDepth: 1,
    },
    {
      name: 'parent',
      label: 'In reply to',
      type: 'relationship',
      relationTo: COLLECTION.comments,
      index: true,
      maxDepth: 1,
      admin: { description: 'Empty for a top-level comment.' },
    },
    { name: 'depth', type: 'number', defaultValue: 0, access: serverOnly, admin: { hidden: true } },
    { name: 'authorName', label: 'Name', type: 'text', required: true },
    {
      name: 'authorEmail',
      label: 'Email',
      type: 'email',
      required: true,
      index: true,
      access: { read: moderatorsFieldOnly, update: noOneField },
    },
    { name: 'authorUrl', label: 'Website', type: 'text', access: { update: noOneField } },
    { name: 'body', label: 'Comment', type: 'textarea', required: true, access: { update: noOneField } },
    {
      name: 'status',
      type: 'select',
      // Not `required` in the schema: clients never send it (GraphQL would demand it); the server sets it.
      defaultValue: 'pending',
      index: true,
      options: [...COMMENT_STATUSES],
      access: { create: noOneField, update: moderatorsFieldOnly },
      admin: { position: 'sidebar', components: { Cell: '@/admin/comments/ModerationCell#ModerationCell' } },
    },
    {
      name: 'heldFor',
      label: 'Why held',
      type: 'text',
      hasMany: true,
      access: privateToModerators,
      admin: { position: 'sidebar', readOnly: true, components: { Cell: '@/admin/comments/HeldForCell#HeldForCell' } },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: COLLECTION.users,
      access: privateToModerators,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'moderatedAt', type: 'date', access: privateToModerators, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'ipHash',
      label: 'Client (keyed hash)',
      type: 'text',
      index: true,
      access: privateToModerators,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'userAgent', type: 'text', access: privateToModerators, admin: { position: 'sidebar', readOnly: true } },
    // Anti-spam inputs from the form; read by the screening hook and never stored.
    { name: 'formToken', type: 'text', virtual: true, admin: { hidden: true } },
    { name: 'company', type: 'text', virtual: true, admin: { hidden: true } },
  ],
  hooks: {
    beforeOperation: [requireDataObject],
    beforeChange: [screenComment, recordModeration],
    afterChange: [revalidateOnApproval, notifyModerators],
    afterDelete: [revalidateOnDelete],
  },
}
