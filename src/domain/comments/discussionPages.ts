/**
 * The pages of the website that show an article's comments, in one place: the pages themselves,
 * and the revalidation that rebuilds them when a comment changes.
 */

/** Page one is the article itself; comment pages are numbered from two. */
export const FIRST_COMMENT_PAGE = 2

/** Pages a discussion fills, at least one: top-level comments (threads) by the "comments per page" setting. */
export function commentPageCount(threads: number, perPage: number): number {
  return Math.max(1, Math.ceil(threads / perPage))
}

/** Page `n` of an article's comments; page one is the article. */
export const commentPagePath = (slug: string, n: number) =>
  n < FIRST_COMMENT_PAGE ? `/articles/${slug}` : `/articles/${slug}/comments/${n}`

/** The no-JavaScript page for replying to one comment. */
export const replyPagePath = (slug: string, commentId: number | string) => `/articles/${slug}/reply/${commentId}`
