import type { Field, GlobalConfig } from 'payload'

import { revalidatePaths } from '../../src/revalidate/revalidatePaths'
import { wordListText } from '../../src/domain/wordList'
import { adminsAndEditors, anyone, moderatorsFieldOnly } from '../shared/access'
import { readOnlyNoticeField } from './readOnlyNotice'

export const DISCUSSION_SETTINGS = 'discussion-settings' as const

/**
 * The word lists and the anti-spam thresholds are what a spammer would write around: moderators,
 * editors and admins read them; readers and API clients get only what the website shows (thread
 * depth, page size, closing age). The comment rules read them with access overridden.
 */
const moderationOnly = { read: moderatorsFieldOnly }

/**
 * A WordPress-style list: a text box with one word or phrase per line. Stored as typed, tidied (see
 * src/domain/wordList.ts); an array, the shape these lists had before, is still accepted from API clients.
 */
function wordListField({ name, label, description }: { name: string; label: string; description: string }): Field {
  return {
    name,
    label,
    type: 'textarea',
    access: moderationOnly,
    maxLength: 50_000,
    hooks: { beforeValidate: [({ value }) => (value === undefined ? value : wordListText(value))] },
    admin: { rows: 8, description },
  }
}

/**
 * Comment rules, after WordPress's Discussion settings. Editors and admins change them; moderators
 * read them but do not change them (decided in issue 11): they are the newsroom's comment policy —
 * which readers wait and whose comments vanish into spam — and, as in WordPress, policy belongs to
 * whoever is responsible for the site, while moderators judge single comments. The read-only form
 * says so.
 */
export const DiscussionSettings: GlobalConfig = {
  slug: DISCUSSION_SETTINGS,
  label: 'Discussion settings',
  access: { read: anyone, update: adminsAndEditors },
  admin: { group: 'Settings', description: 'When comments are held, when they are spam, and how they are shown.' },
  fields: [
    readOnlyNoticeField({
      global: DISCUSSION_SETTINGS,
      who: 'editors and admins',
      why: 'These settings are the newsroom’s comment policy: which comments wait for a moderator and which go straight to spam, for every article. You can read them to understand why a comment was held; to add or remove a word, ask an editor.',
    }),
    {
      name: 'approvalMode',
      type: 'radio',
      required: true,
      defaultValue: 'hold_all',
      options: [
        { label: 'Hold every comment for a moderator', value: 'hold_all' },
        { label: 'Approve authors who have a previously approved comment', value: 'approve_returning' },
      ],
    },
    {
      name: 'linkLimit',
      label: 'Hold a comment with this many links or more',
      type: 'number',
      access: moderationOnly,
      required: true,
      defaultValue: 2,
      min: 0,
      admin: { description: '0 turns the link rule off.' },
    },
    wordListField({
      name: 'moderationWords',
      label: 'Comment moderation',
      description:
        'One word or phrase per line. A comment that contains any of them — in its text, name, email or website — is held for a moderator. Whole words only, and case does not matter: “bet” holds “Bet now” but not “better”.',
    }),
    wordListField({
      name: 'disallowedWords',
      label: 'Disallowed comment keys',
      description:
        'One word or phrase per line. A comment that contains any of them — in its text, name, email or website — goes straight to spam, without a moderator seeing it first. Whole words only, and case does not matter.',
    }),
    {
      name: 'closeAfterDays',
      label: 'Close comments on articles older than (days)',
      type: 'number',
      min: 1,
      admin: { description: 'Leave empty to keep comments open however old the article.' },
    },
    { name: 'threadDepth', label: 'Thread depth', type: 'number', required: true, defaultValue: 3, min: 1, max: 10 },
    { name: 'perPage', label: 'Comments per page', type: 'number', required: true, defaultValue: 50, min: 5, max: 500 },
    {
      name: 'notifyModerators',
      label: 'Email moderators when a comment is held',
      type: 'checkbox',
      defaultValue: true,
    },
    {
      type: 'collapsible',
      label: 'Anti-spam',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'minSecondsToPost',
          label: 'Minimum seconds between showing the form and posting',
          type: 'number',
          access: moderationOnly,
          required: true,
          defaultValue: 3,
          min: 0,
          admin: { description: 'Faster posts are bots; they are marked as spam without being told.' },
        },
        {
          name: 'floodIntervalSeconds',
          label: 'Seconds between two comments from the same client',
          type: 'number',
          access: moderationOnly,
          required: true,
          defaultValue: 15,
          min: 0,
        },
        {
          name: 'hourlyLimit',
          label: 'Comments per client per hour',
          type: 'number',
          access: moderationOnly,
          required: true,
          defaultValue: 20,
          min: 1,
        },
      ],
    },
  ],
  hooks: {
    // Thread depth, page size and closing age shape every article's comment section.
    afterChange: [
      async ({ doc, req, context }) => {
        await revalidatePaths(['/articles/[slug]', '/articles/[slug]/comments/[n]'], { payload: req.payload, context })
        return doc
      },
    ],
  },
}
