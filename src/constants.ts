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

export type CollectionSlugName = (typeof COLLECTION)[keyof typeof COLLECTION]

export const ROLES = ['admin', 'editor', 'writer', 'moderator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  editor: 'Editor',
  writer: 'Writer',
  moderator: 'Moderator',
}
