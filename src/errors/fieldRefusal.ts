import { APIError } from 'payload'

import type { FieldProblem } from './explainRefusal'

/**
 * A refusal about fields of the request: the message lists every problem and `data.errors` names each
 * field, so the admin marks the field and an API client can point at it (src/errors/explainRefusal.ts
 * makes REST and GraphQL answer it alike).
 */
export function fieldRefusal(problems: FieldProblem[], status = 400): APIError {
  return new APIError(problems.map((problem) => problem.message).join(' '), status, { errors: problems }, true)
}
