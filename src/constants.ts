/**
 * Names that more than one module relies on. Collection slugs are a contract with the website,
 * REST/GraphQL clients and tests, so nothing else spells them as bare strings.
 */
export const COLLECTION = {
  users: 'users',
  media: 'media',
  authors: 'authors',
  causes: 'causes',
  articles: 'articles',
  comments: 'comments',
} as const

/** Slugs of the globals that code outside their config reads. */
export const GLOBAL = { editorialSettings: 'editorial-settings', siteSettings: 'site-settings' } as const

export type CollectionSlugName = (typeof COLLECTION)[keyof typeof COLLECTION]

export const ROLES = ['admin', 'editor', 'writer', 'moderator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  editor: 'Editor',
  writer: 'Writer',
  moderator: 'Moderator',
}

/** Where an article is in the review workflow; `_status` (draft/published) is Payload's own. */
export const STAGES = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
}

/** Actions a client may ask of the workflow through the `workflowAction` field. */
export const WORKFLOW_ACTIONS = ['submit', 'withdraw', 'request_changes', 'approve', 'publish_without_review'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** Categories a cause belongs to. Add a value here (and run migrate:create) to extend the list. */
export const CAUSE_CATEGORIES = [
  { value: 'training', label: 'Training' },
  { value: 'recovery', label: 'Recovery' },
  { value: 'equipment', label: 'Equipment' },
  { value: 'technique', label: 'Technique' },
  { value: 'body_weight', label: 'Body weight' },
  { value: 'nutrition', label: 'Nutrition' },
  { value: 'hydration', label: 'Hydration' },
  { value: 'health', label: 'Health' },
] as const

/** 10 MB: large enough for a camera JPEG, small enough that an upload cannot fill the disk. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
