import { COLLECTION } from '@/constants'
import type { CommentStatus } from '@/domain/comments/moderationActions'

/**
 * The admin's moderation requests: plain calls to the REST API with the signed-in user's cookie,
 * so the server decides (access, hooks, page rebuilds) exactly as for any other client.
 */
const BASE = `/api/${COLLECTION.comments}`

export type Outcome = { ok: true; body: unknown } | { ok: false; message: string }

/** The refusal's own words ("parent: replies nest at most 3 levels deep."), or the status. */
async function outcomeOf(response: Response): Promise<Outcome> {
  const body = (await response.json().catch(() => null)) as {
    errors?: Array<{ message?: string; data?: { errors?: Array<{ message?: string }> } }>
  } | null
  if (response.ok) return { ok: true, body }
  const first = body?.errors?.[0]
  const message = first?.data?.errors?.map((problem) => problem.message).join(' ') || first?.message
  return { ok: false, message: message || `The server answered ${response.status}.` }
}

const send = (path: string, init: RequestInit): Promise<Outcome> =>
  fetch(path, {
    credentials: 'include',
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  }).then(outcomeOf, () => ({ ok: false, message: 'The server could not be reached.' }))

export const setCommentStatus = (id: number | string, status: CommentStatus) =>
  send(`${BASE}/${id}?depth=0`, { method: 'PATCH', body: JSON.stringify({ status }) })

export const deleteComment = (id: number | string) => send(`${BASE}/${id}?depth=0`, { method: 'DELETE' })

/** A staff reply: the article, name and email come from the comment answered and the account. */
export const postStaffReply = (parent: number | string, body: string) =>
  send(`${BASE}?depth=0`, { method: 'POST', body: JSON.stringify({ parent, body }) })

export type Target = { id: number | string; status: CommentStatus; previousStatus?: CommentStatus | null }

/**
 * The comments a selection stands for, with their status: the ticked rows, or every comment the
 * list's filter matches when "select all" reached across pages (`query` from useSelection).
 */
export async function fetchTargets(query: string, cap = 5_000): Promise<Target[] | string> {
  const targets: Target[] = []
  for (let page = 1; targets.length < cap; page++) {
    const params = new URLSearchParams(query.replace(/^\?/, ''))
    params.set('depth', '0')
    params.set('limit', '100')
    params.set('page', String(page))
    params.set('select[status]', 'true')
    params.set('select[previousStatus]', 'true')
    const response = await fetch(`${BASE}?${params.toString()}`, { credentials: 'include' }).catch(() => null)
    if (!response?.ok) return 'The selected comments could not be read; nothing was changed.'
    const body = (await response.json()) as { docs: Target[]; hasNextPage: boolean }
    targets.push(...body.docs)
    if (!body.hasNextPage) break
  }
  return targets.slice(0, cap)
}

/** Runs `work` on every item, a few at a time (one request per comment, as the server wants). */
export async function eachLimited<T, R>(items: T[], work: (item: T) => Promise<R>, concurrency = 4): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
  return results
}
