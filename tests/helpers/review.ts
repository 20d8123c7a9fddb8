import { expect } from 'vitest'

import { rest } from './restClient'

type Doc = { id: number; stage: string; _status?: string } & Record<string, unknown>

/**
 * Takes an article through review and publishes it over REST, as an editor would: saves `changes`
 * as a draft, submits if needed, approves, then publishes (with `publish`, e.g. SEO fields that
 * need no review). Returns the published document.
 */
export async function publishReviewed(
  editorToken: string,
  id: number,
  changes: Record<string, unknown> = {},
  publish: Record<string, unknown> = {},
): Promise<Doc> {
  const patch = (json: Record<string, unknown>, draft = true) =>
    rest('PATCH', `/articles/${id}${draft ? '?draft=true' : ''}`, { token: editorToken, json })
  const saved = await patch(changes)
  expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  let stage = (saved.body.doc as Doc).stage
  if (stage === 'draft' || stage === 'changes_requested') {
    stage = ((await patch({ workflowAction: 'submit' })).body.doc as Doc).stage
  }
  if (stage === 'in_review') {
    const approved = await patch({ workflowAction: 'approve' })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
  }
  const published = await patch({ ...publish, _status: 'published' }, false)
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return published.body.doc as Doc
}

/** Local API data that publishes an article on creation: the server's documented way round review. */
export const PUBLISHED_FIXTURE = {
  _status: 'published',
  workflowAction: 'publish_without_review',
  workflowNote: 'Test fixture',
} as const

/** Creates an article over REST as `editorToken`'s editor and publishes it through review. */
export async function createPublished(editorToken: string, data: Record<string, unknown>): Promise<Doc> {
  const created = await rest('POST', '/articles?draft=true', { token: editorToken, json: data })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return publishReviewed(editorToken, (created.body.doc as Doc).id)
}
