import type { CollectionConfig, PayloadRequest } from 'payload'

import { COLLECTION } from '../../src/constants'
import { COMMENT_STATUS_VALUES, STATUS_LABELS } from '../../src/domain/comments/moderationActions'
import { anyone, moderators, moderatorsFieldOnly, noOneField } from '../shared/access'
import { deleteTrashed } from './access/deleteTrashed'
import { readComments } from './access/readComments'
import { formTokenEndpoint } from './endpoints/formTokenEndpoint'
import { approveRepliedComment } from './hooks/approveRepliedComment'
import { notifyModerators } from './hooks/notifyModerators'
import { recordModeration } from './hooks/recordModeration'
import { requireDataObject } from './hooks/requireDataObject'
import { revalidateOnApproval, revalidateOnDelete } from './hooks/revalidateCommentedArticle'
import { screenComment } from './hooks/screenComment'
import { writesAsStaff } from './hooks/screenStaffReply'

/** Only the server writes these; readers never see the private ones. */
const serverOnly = { create: noOneField, update: noOneField }
const privateToModerators = { read: moderatorsFieldOnly, create: noOneField, update: noOneField }

/**
 * A moderator, editor or admin who writes a comment in the admin writes under their own account
 * (screenStaffReply uses the account's name and email whatever is sent): the form starts with them.
 */
const fromStaffAccount =
  (key: 'name' | 'email') =>
  ({ user }: { user?: PayloadRequest['user'] | null }) =>
    writesAsStaff(user ?? null) ? (user?.[key] ?? undefined) : undefined

/**
 * The workings of the form and the thread, not something a person edits, sorts or filters by: kept
 * out of the edit form, the list's columns picker and its filters, for everyone. (Payload's
 * `admin.hidden` alone leaves a field in the columns picker and the filter list.)
 */
const internal = { hidden: true, disableListColumn: true, disableListFilter: true, disableBulkEdit: true } as const

export const COMMENT_STATUSES = COMMENT_STATUS_VALUES.map((value) => ({ label: STATUS_LABELS[value], value }))

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
    // Only from the trash, in every API; so no client deletes an approved or pending comment directly.
    delete: deleteTrashed,
  },
  // Moderation changes the status, one comment at a time, through the bar above the list
  // (src/admin/comments/BulkModerationBar.tsx), which can undo. Payload's bulk Edit would offer
  // every field of the form, and its bulk Delete would delete from any queue: both are off, in the
  // admin and for bulk PATCH and DELETE with `where` in the API.
  disableBulkEdit: true,
  disableBulkDelete: true,
  admin: {
    useAsTitle: 'authorName',
    defaultColumns: ['body', 'authorName', 'article', 'status', 'heldFor', 'createdAt'],
    listSearchableFields: ['body', 'authorName', 'authorEmail'],
    group: 'Discussion',
    description: 'Readers’ comments. Nothing shows on the site until it is approved.',
    pagination: { defaultLimit: 50 },
    components: {
      beforeListTable: [
        '@/admin/comments/CommentQueueTabs#CommentQueueTabs',
        '@/admin/comments/BulkModerationBar#BulkModerationBar',
      ],
    },
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
    { name: 'depth', type: 'number', defaultValue: 0, access: serverOnly, admin: internal },
    {
      name: 'authorName',
      label: 'Name',
      type: 'text',
      required: true,
      defaultValue: fromStaffAccount('name'),
    },
    {
      name: 'authorEmail',
      label: 'Email',
      type: 'email',
      required: true,
      index: true,
      access: { read: moderatorsFieldOnly, update: noOneField },
      defaultValue: fromStaffAccount('email'),
    },
    {
      name: 'authorUrl',
      label: 'Website',
      type: 'text',
      access: { update: noOneField },
    },
    {
      name: 'body',
      label: 'Comment',
      type: 'textarea',
      required: true,
      access: { update: noOneField },
      // WordPress's layout: the comment, and under it what can be done to it (reachable on a phone,
      // where the table scrolls sideways and the first column is the one in view).
      admin: { components: { Cell: '@/admin/comments/CommentCell#CommentCell' } },
    },
    {
      name: 'status',
      type: 'select',
      // Not `required` in the schema: clients never send it (GraphQL would demand it); the server sets it.
      defaultValue: 'pending',
      index: true,
      options: [...COMMENT_STATUSES],
      access: { create: noOneField, update: moderatorsFieldOnly },
      admin: { position: 'sidebar', components: { Cell: '@/admin/comments/StatusCell#StatusCell' } },
    },
    {
      name: 'byStaff',
      label: 'Written by staff',
      type: 'checkbox',
      // Public: the website shows these comments with a "Staff" badge. Set by the server only
      // (screenStaffReply), never by what a client sends.
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.byStaff) },
    },
    {
      name: 'staffMember',
      label: 'Staff member',
      type: 'relationship',
      relationTo: COLLECTION.users,
      access: privateToModerators,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.staffMember) },
    },
    {
      name: 'previousStatus',
      type: 'select',
      options: [...COMMENT_STATUSES],
      // Where a comment was before spam or the trash: "Restore" and "Not spam" put it back there.
      access: privateToModerators,
      admin: internal,
    },
    {
      name: 'staffReply',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '@/admin/comments/StaffReplyPanel#StaffReplyPanel' },
      },
    },
    {
      name: 'commenterHistory',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '@/admin/comments/CommenterHistory#CommenterHistory' },
      },
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
    { name: 'formToken', type: 'text', virtual: true, admin: internal },
    { name: 'company', type: 'text', virtual: true, admin: internal },
  ],
  hooks: {
    beforeOperation: [requireDataObject],
    beforeChange: [screenComment, recordModeration],
    afterChange: [revalidateOnApproval, notifyModerators, approveRepliedComment],
    afterDelete: [revalidateOnDelete],
  },
}
