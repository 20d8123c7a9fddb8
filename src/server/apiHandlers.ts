import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { MAX_UPLOAD_BYTES } from '../constants'
import {
  type BodyLimits,
  BodyTooLargeError,
  bodyTooLargeResponse,
  MAX_JSON_BODY_BYTES,
  withinBodyLimit,
} from '../security/bodyLimit'
import { checkGraphQLDocument, GraphQLDocumentRefused } from '../security/graphqlDocumentGuard'

/**
 * The route handlers Next mounts at /api and /api/graphql: Payload's own, behind the checks that
 * must happen before Payload reads a request. The integration tests call these same handlers.
 */

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const LIMITS: BodyLimits = {
  maxBytes: MAX_JSON_BODY_BYTES,
  // Uploads keep their own per-file limit (Payload answers 413 past it); the rest of the form is small.
  maxMultipartBytes: MAX_UPLOAD_BYTES + MAX_JSON_BODY_BYTES,
}

function limitBody<Args extends unknown[]>(
  handler: (request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return async (request, ...args) => {
    let bounded: Request
    try {
      bounded = await withinBodyLimit(request, LIMITS)
    } catch (error) {
      if (error instanceof BodyTooLargeError) return bodyTooLargeResponse(error)
      throw error
    }
    return handler(bounded, ...args)
  }
}

/**
 * `/api/comments/versions` on a collection without versions reached Payload's versions handler,
 * which failed reading the missing version settings (500): there is nothing there, so 404.
 */
function noVersionsWithoutVersions(config: Config, handler: RouteHandler): RouteHandler {
  return async (request, args) => {
    const [slug, segment] = (await args.params).slug
    if (segment === 'versions') {
      const collection = (await config).collections.find((candidate) => candidate.slug === slug)
      if (collection && !collection.versions) {
        return Response.json({ errors: [{ message: `${slug} keeps no versions.` }] }, { status: 404 })
      }
    }
    return handler(request, args)
  }
}

export function restHandlers(config: Config) {
  return {
    GET: noVersionsWithoutVersions(config, REST_GET(config) as RouteHandler),
    OPTIONS: REST_OPTIONS(config) as RouteHandler,
    // POST /api/<slug>/versions/<id> restores a version.
    POST: limitBody(noVersionsWithoutVersions(config, REST_POST(config) as RouteHandler)),
    PATCH: limitBody(REST_PATCH(config) as RouteHandler),
    PUT: limitBody(REST_PUT(config) as RouteHandler),
    DELETE: limitBody(REST_DELETE(config) as RouteHandler),
  }
}

/** GraphQL over HTTP: a refused request is 400, with the error as graphql-http would write it. */
function refusedGraphQL(request: Request, message: string): Response {
  const accept = request.headers.get('accept') ?? ''
  const type = accept.includes('application/graphql-response+json')
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8'
  return new Response(JSON.stringify({ errors: [{ message, extensions: { statusCode: 400 } }] }), {
    status: 400,
    headers: { 'Content-Type': type },
  })
}

async function documentOf(request: Request): Promise<unknown> {
  if (!/json/i.test(request.headers.get('content-type') ?? '')) return undefined
  try {
    return ((await request.clone().json()) as { query?: unknown } | null)?.query
  } catch {
    return undefined // Not JSON: graphql-http answers that itself.
  }
}

export function graphqlHandler(config: Config): (request: Request) => Promise<Response> {
  const handler = GRAPHQL_POST(config)
  return limitBody(async (request: Request) => {
    try {
      checkGraphQLDocument(await documentOf(request))
    } catch (error) {
      if (error instanceof GraphQLDocumentRefused) return refusedGraphQL(request, error.message)
      throw error
    }
    return handler(request)
  })
}
