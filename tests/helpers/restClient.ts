import config from '@payload-config'

import { graphqlHandler, restHandlers } from '../../src/server/apiHandlers'

import { getTestPayload } from './payload'

/**
 * Calls the very route handlers Next mounts at /api and /api/graphql (src/server/apiHandlers.ts) with real Request objects:
 * the full REST/GraphQL stack (parsing, auth, access, hooks) without a network hop.
 */
const handlers = restHandlers(config)
const graphql = graphqlHandler(config)

const ORIGIN = 'http://localhost:3000'

type RequestOptions = {
  json?: unknown
  form?: FormData
  /** A body sent as it is, for malformed input. */
  body?: BodyInit
  token?: string
  headers?: Record<string, string>
}

export type JsonResponse<T = any> = { status: number; body: T; headers: Headers }

export async function rest<T = any>(
  method: keyof typeof handlers,
  path: string,
  { json, form, body: rawBody, token, headers = {} }: RequestOptions = {},
): Promise<JsonResponse<T>> {
  await getTestPayload()
  const url = new URL(`/api${path}`, ORIGIN)
  const init: RequestInit = { method, headers: { ...headers } }
  if (token) (init.headers as Record<string, string>).Authorization = `JWT ${token}`
  if (json !== undefined) {
    ;(init.headers as Record<string, string>)['Content-Type'] = 'application/json'
    init.body = JSON.stringify(json)
  }
  if (form) init.body = form
  if (rawBody !== undefined) init.body = rawBody
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const response = await handlers[method](new Request(url, init), { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let body: any = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // Not JSON (e.g. a file): hand back the text.
  }
  return { status: response.status, body, headers: response.headers }
}

export async function gql<T = any>(
  query: string,
  { variables, token }: { variables?: Record<string, unknown>; token?: string } = {},
): Promise<JsonResponse<T>> {
  await getTestPayload()
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const response = await graphql(
    new Request(new URL('/api/graphql', ORIGIN), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    }),
  )
  return { status: response.status, body: (await response.json()) as T, headers: response.headers }
}

export async function login(email: string, password: string): Promise<string> {
  const response = await rest('POST', '/users/login', { json: { email, password } })
  if (response.status !== 200)
    throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.token as string
}
