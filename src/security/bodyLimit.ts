/**
 * Request bodies are read into memory before Payload parses them, and nothing in Payload or Next
 * limits the size of a JSON body: a 24 MB GraphQL document or REST body was parsed whole. Every API
 * body is therefore read here first, with a ceiling, and refused with 413 as soon as it passes it —
 * at once when `Content-Length` already says so, otherwise after at most the ceiling has been read.
 */

/** JSON, GraphQL and form bodies: a large article with every block is about 200 KB. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024

export type BodyLimits = {
  /** Any body that is not multipart. */
  maxBytes: number
  /** multipart/form-data, which carries uploads: their own limit plus room for the other fields. */
  maxMultipartBytes: number
}

export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${formatBytes(maxBytes)}, the most this endpoint accepts.`)
    this.name = 'BodyTooLargeError'
  }
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

function limitFor(request: Request, limits: BodyLimits): number {
  const type = request.headers.get('content-type') ?? ''
  return /^multipart\/form-data/i.test(type) ? limits.maxMultipartBytes : limits.maxBytes
}

/** Reads at most `maxBytes` of the body; throws BodyTooLargeError past that, cancelling the rest. */
async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => {})
      throw new BodyTooLargeError(maxBytes)
    }
    chunks.push(value)
  }
  const joined = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    joined.set(chunk, offset)
    offset += chunk.byteLength
  }
  return joined
}

/**
 * The same request with its body read into memory within the limit, so that the handler (and
 * Payload's own `request.clone()`) work on a body that can no longer grow.
 */
export async function withinBodyLimit(request: Request, limits: BodyLimits): Promise<Request> {
  if (!request.body) return request
  const maxBytes = limitFor(request, limits)
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body.cancel().catch(() => {})
    throw new BodyTooLargeError(maxBytes)
  }
  const bytes = await readAtMost(request.body, maxBytes)
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: bytes.byteLength ? bytes : null,
    signal: request.signal,
  })
}

export function bodyTooLargeResponse(error: BodyTooLargeError): Response {
  return Response.json(
    { errors: [{ message: error.message, data: { errors: [{ path: 'body', message: error.message }] } }] },
    {
      status: 413,
      // The rest of the body was not read: the connection cannot carry another request.
      headers: { Connection: 'close' },
    },
  )
}
