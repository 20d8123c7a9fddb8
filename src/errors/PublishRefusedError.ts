import { APIError } from 'payload'

import type { CheckProblem } from '../domain/editorialChecks'

/**
 * A 400 whose message lists every problem, so an editor sees them all at once in the admin toast and
 * an API client reads them in `errors[0].message`; `data.errors` keeps each problem's field path.
 */
export class PublishRefusedError extends APIError<{ errors: Array<{ message: string; path?: string }> }> {
  constructor(problems: CheckProblem[]) {
    const list = problems.map((problem) => problem.message).join(' ')
    super(`Cannot publish: ${list}`, 400, { errors: problems.map(({ message, path }) => ({ message, path })) }, true)
    this.name = 'PublishRefusedError'
  }
}
