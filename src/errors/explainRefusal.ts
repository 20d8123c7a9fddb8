import type { AfterErrorHook } from 'payload'

/**
 * Every refusal answers with the same words and the same field paths over REST and GraphQL, in the
 * production build as in development:
 *
 *   REST     { errors: [{ name?, message, data: { errors: [{ path, message }] } }] }
 *   GraphQL  { errors: [{ message, path, extensions: { statusCode, data: { errors: [{ path, message }] } } }] }
 *
 * Payload's REST answer is built by `formatErrors`, which recognises its error classes with
 * `instanceof` and their `name`. In the production build both fail — the minifier leaves
 * `APIError` subclasses anonymous, so `name` is "" — and REST answered "An unknown error occurred."
 * (workflow refusals, flood control) or the message without `data` (validation errors), while GraphQL,
 * which reads `message` and `data` directly, was right. So the answer is rebuilt here from the error's
 * own status, message and data, whatever its class is called.
 */

export type FieldProblem = { path: string; message: string }

type Refusal = { status: number; name?: string; message: string; data?: Record<string, unknown> | null }

/**
 * Errors that mean the request itself could not be parsed, which Payload passes on as 500s, by the
 * part of the request they are about.
 */
const UNREADABLE = [
  // Payload's JSON body parser, and JSON.parse of a `where` or `data` query parameter.
  { path: 'body', patterns: [/^Invalid JSON$/, /\bin JSON at position\b/, /^Unexpected (token|end of JSON)/] },
  // Busboy reading multipart/form-data (a NUL in a file name breaks the part header), and Payload's
  // check that a multipart body has a boundary at all.
  {
    path: 'file',
    patterns: [
      /^Unexpected end of (form|file)$/,
      /^Malformed part header$/,
      /^Multipart: Boundary not found$/,
      /^Unsupported content type/,
      /^Request is not eligible for file upload$/,
    ],
  },
]

function statusOf(error: { status?: unknown }): number | undefined {
  return typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : undefined
}

/** The refusal an error stands for, or undefined for a server fault (left to Payload: it hides those). */
export function refusalOf(incoming: unknown): Refusal | undefined {
  if (!incoming || typeof incoming !== 'object') return undefined
  // GraphQL wraps what a resolver threw.
  const error = ((incoming as { originalError?: unknown }).originalError ?? incoming) as {
    status?: unknown
    name?: unknown
    message?: unknown
    data?: unknown
  }
  const message = typeof error.message === 'string' ? error.message : ''
  const name = typeof error.name === 'string' && error.name ? error.name : undefined
  const status = statusOf(error)
  if (status) {
    const data = error.data && typeof error.data === 'object' ? (error.data as Record<string, unknown>) : null
    return { status, name, message, data }
  }
  const unreadable = UNREADABLE.find(({ patterns }) => patterns.some((pattern) => pattern.test(message)))
  if (unreadable) {
    const explanation = `${unreadable.path}: the request could not be read (${message}).`
    return { status: 400, message: explanation, data: { errors: [{ path: unreadable.path, message: explanation }] } }
  }
  return undefined
}

/** `data.errors` as clients read it: a path and a message per problem (labels kept when they are text). */
function clientData(data: Refusal['data']): Record<string, unknown> | undefined {
  if (!data || !Array.isArray(data.errors)) return data ?? undefined
  const errors = (data.errors as Array<Record<string, unknown>>).map((problem) => ({
    path: typeof problem.path === 'string' ? problem.path : String(problem.field ?? ''),
    message: String(problem.message ?? ''),
    ...(typeof problem.label === 'string' ? { label: problem.label } : {}),
  }))
  return { ...data, errors }
}

/** Root afterError hook (payload.config.ts). */
export const explainRefusal: AfterErrorHook = ({ error, graphqlResult }) => {
  const refusal = refusalOf(error)
  if (!refusal) return
  const data = clientData(refusal.data)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: refusal.message,
        extensions: { ...graphqlResult.extensions, name: refusal.name, statusCode: refusal.status, data },
      },
    }
  }
  return {
    status: refusal.status,
    response: {
      errors: [
        { ...(refusal.name ? { name: refusal.name } : {}), message: refusal.message, ...(data ? { data } : {}) },
      ],
    },
  }
}
