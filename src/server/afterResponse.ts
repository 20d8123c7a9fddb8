/**
 * Runs `work` once the current response has been sent, when there is a Next request to wait for
 * (REST, GraphQL, admin, server actions): the reader or editor does not wait for emails or cache
 * refreshes. Outside a request (jobs, scripts, tests) it runs at once and is awaited. Errors are the
 * caller's to catch inside `work`, which is told whether it was deferred: a deferred task runs after
 * the request's database transaction has ended and must not use that request for queries.
 */
export async function afterResponse(work: (deferred: boolean) => Promise<void>): Promise<void> {
  try {
    const { after } = await import('next/server')
    after(() => work(true))
    return
  } catch {
    // `after` throws outside a request scope (or next/server is not there): do it now.
  }
  await work(false)
}
