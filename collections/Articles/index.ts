import type { CollectionConfig, FieldAccess } from 'payload'

import { COLLECTION, STAGE_LABELS, STAGES, WORKFLOW_ACTIONS } from '../../src/constants'

import { adminsAndEditors, contentCreators, publishedOrStaff, staff, staffFieldOnly } from '../shared/access'
import { articlePreviewUrl } from '../../src/preview/previewUrl'
import { slugField } from '../shared/slugField'
import { canUpdateArticle } from './access/articleAccess'
import { checksEndpoint } from './endpoints/checksEndpoint'
import { applyWorkflow } from './hooks/applyWorkflow'
import { assignCreator } from './hooks/assignCreator'
import { fillReasonHeadings } from './hooks/fillReasonHeadings'
import { keepWritersOffLiveArticles } from './hooks/keepWritersOffLiveArticles'
import { notifyWorkflow } from './hooks/notifyWorkflow'
import { rememberSaveKind } from './hooks/saveKind'
import { revalidateArticleAfterChange, revalidateArticleAfterDelete } from './hooks/revalidateArticle'
import { runPrePublishChecks } from './hooks/runPrePublishChecks'
import { syncWorkflowToMainRow } from './hooks/syncWorkflowToMainRow'

const noOne: FieldAccess = () => false
const neverWritten = { create: noOne, update: noOne }

/**
 * An explainer built from reusable causes: intro, numbered reasons (each citing a cause), conclusion.
 * Writers draft and submit; editors review, publish or schedule. Readers see only what is published.
 */
export const Articles: CollectionConfig = {
  slug: COLLECTION.articles,
  access: {
    read: publishedOrStaff,
    readVersions: staff,
    create: contentCreators,
    update: canUpdateArticle,
    delete: adminsAndEditors,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'stage', 'author', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'excerpt'],
    group: 'Content',
    description: 'Explainers built from causes. Writers submit for review; editors approve, publish or schedule.',
    pagination: { defaultLimit: 25 },
    preview: (doc) => articlePreviewUrl(doc?.slug as string | undefined),
    components: { edit: { PublishButton: '@/admin/workflow/ArticlePublishButton#ArticlePublishButton' } },
  },
  defaultSort: '-updatedAt',
  // "The newest published articles" (home page, feed, related candidates) walks this index in order
  // and stops after a page, instead of sorting every published article first. Payload sorts by
  // creation time after the given field, so the index ends with it too (without it: 55–125 ms
  // instead of 2–4 ms for related candidates among 10,000 articles on SQLite).
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }],
  fields: [
    // The SEO plugin adds its tab to this tabs field; everything after it stays in the sidebar.
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Story',
          fields: [
            { name: 'title', type: 'text', required: true, maxLength: 160 },
            {
              name: 'excerpt',
              type: 'textarea',
              maxLength: 300,
              admin: { description: 'One or two sentences for article cards and the feed.' },
            },
            {
              name: 'heroImage',
              label: 'Hero image',
              type: 'upload',
              relationTo: COLLECTION.media,
              admin: { description: 'Shown at the top of the article and, cropped to 1200×630, when it is shared.' },
            },
            {
              name: 'intro',
              type: 'richText',
              admin: { description: 'Why this matters to the reader, before the reasons.' },
            },
            {
              name: 'reasons',
              type: 'array',
              labels: { singular: 'Reason', plural: 'Reasons' },
              admin: {
                description: 'In reading order. Each reason cites a cause; its heading defaults to the cause’s title.',
                initCollapsed: true,
                components: { RowLabel: '@/admin/ReasonRowLabel#ReasonRowLabel' },
              },
              fields: [
                { name: 'cause', type: 'relationship', relationTo: COLLECTION.causes, required: true },
                {
                  name: 'heading',
                  type: 'text',
                  maxLength: 160,
                  admin: { description: 'Leave empty to use the cause’s title.' },
                },
                {
                  name: 'body',
                  type: 'richText',
                  admin: { description: 'What this cause means for this article’s reader.' },
                },
              ],
            },
            { name: 'conclusion', type: 'richText' },
          ],
        },
        {
          label: 'Workflow history',
          fields: [
            {
              name: 'history',
              label: 'Workflow history',
              type: 'array',
              access: { ...neverWritten, read: staffFieldOnly },
              admin: {
                readOnly: true,
                initCollapsed: true,
                components: { Field: '@/admin/workflow/WorkflowHistory#WorkflowHistory' },
              },
              fields: [
                { name: 'at', type: 'date', required: true },
                { name: 'by', type: 'relationship', relationTo: COLLECTION.users },
                { name: 'byName', type: 'text' },
                {
                  name: 'from',
                  type: 'select',
                  options: STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
                },
                {
                  name: 'to',
                  type: 'select',
                  required: true,
                  options: STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
                },
                { name: 'note', type: 'textarea' },
              ],
            },
          ],
        },
      ],
    },
    // Sidebar: workflow first, then who and when.
    {
      name: 'stage',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
      // Only the workflow hook moves an article between stages.
      access: { ...neverWritten, read: staffFieldOnly },
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Field: '@/admin/workflow/WorkflowPanel#WorkflowPanel' },
      },
    },
    slugField('title'),
    {
      name: 'author',
      type: 'relationship',
      relationTo: COLLECTION.authors,
      required: true,
      index: true,
      admin: { position: 'sidebar', description: 'The public byline.' },
    },
    {
      name: 'reviewer',
      label: 'Medical / expert reviewer',
      type: 'relationship',
      relationTo: COLLECTION.authors,
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewedAt',
      label: 'Reviewed on',
      type: 'date',
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.reviewer),
        date: { pickerAppearance: 'dayOnly' },
      },
    },
    {
      name: 'relatedPinned',
      label: 'Pinned related articles',
      type: 'relationship',
      relationTo: COLLECTION.articles,
      hasMany: true,
      maxRows: 3,
      // Articles pin articles: populated deeper, every level tripled the documents read (depth=100).
      maxDepth: 1,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar', description: 'Shown first under “You may also like”.' },
    },
    {
      name: 'commentsOpen',
      label: 'Comments open',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      label: 'First published',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set when the article is first published.',
      },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: COLLECTION.users,
      index: true,
      access: { ...neverWritten, read: staffFieldOnly },
      admin: { position: 'sidebar', readOnly: true, description: 'The writer who started this article.' },
    },
    // Which text the approval covers (collections/Articles/hooks/approvalFingerprint.ts); written
    // by the workflow hook only and never shown: the stage says all a person needs.
    {
      name: 'approvalFingerprint',
      type: 'json',
      access: { ...neverWritten, read: noOne },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    // Requests to the workflow; never stored.

    {
      name: 'workflowAction',
      type: 'select',
      virtual: true,
      options: WORKFLOW_ACTIONS.map((value) => ({ value, label: value })),
      admin: { hidden: true, disableListColumn: true, disableListFilter: true, disableBulkEdit: true },
    },
    {
      name: 'workflowNote',
      type: 'textarea',
      virtual: true,
      maxLength: 2000,
      admin: { hidden: true, disableListColumn: true, disableListFilter: true, disableBulkEdit: true },
    },
  ],
  endpoints: [checksEndpoint],
  hooks: {
    beforeOperation: [rememberSaveKind, keepWritersOffLiveArticles],
    beforeChange: [assignCreator, fillReasonHeadings, applyWorkflow, runPrePublishChecks],
    afterChange: [syncWorkflowToMainRow, notifyWorkflow, revalidateArticleAfterChange],
    afterDelete: [revalidateArticleAfterDelete],
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true, validate: false },
    maxPerDoc: 100,
  },
}
