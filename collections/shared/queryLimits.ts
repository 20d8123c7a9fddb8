import { NotFound } from 'payload'
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import type { FieldProblem } from '../../src/errors/explainRefusal'
import { fieldRefusal } from '../../src/errors/fieldRefusal'
import { isStaff } from './access'
import { canNameRow } from './refs'

/**
 * Bounds on what one REST or GraphQL request may ask of the database. Each was measured as the way
 * to make a single anonymous request expensive (docs/security.md, "The most expensive request"):
 * 200,000 `in` values, a `like` of 3,000 words (one LIKE per word, each scanning the table), long
 * chains of relationship paths (a join per hop), hundreds of conditions, and pages of every document.
 * The website reads through the Local API, which these limits leave alone: its queries are written
 * in this codebase, not by strangers.
 */
export const QUERY_LIMITS = {
  /** Conditions in one `where`, counting each field and operator once. */
  maxConditions: 25,
  /** `and`/`or` nested inside each other. */
  maxNesting: 4,
  /** Values of one `in`, `not_in` or `all`: a page of ids from the admin is at most 100. */
  maxValues: 100,
  /** Characters of one value; `like` and `contains` also at most `maxWords` words. */
  maxTextLength: 200,
  maxWords: 8,
  /** Dots in a field path: `reasons.cause.slug` is two, one relationship away. */
  maxPathHops: 2,
  /** Conditions on dotted paths, each a join (25 `like`s across reasons → cause: 850 ms at 10,000 articles). */
  maxPathConditions: 5,
  /**
   * A page for readers and other anonymous clients (a page of 100 articles read 600 ms at 10,000
   * articles); staff may ask for more (the admin's lists).
   */
  maxAnonymousLimit: 50,
} as const

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const WORD_OPERATORS = new Set(['like', 'contains', 'not_like'])

type Problem = FieldProblem

function valuesOf(operand: unknown): unknown[] {
  if (Array.isArray(operand)) return operand
  // REST clients may send `in=1,2,3`; Payload splits it later.
  if (typeof operand === 'string') return operand.split(',')
  return [operand]
}

function checkOperand(path: string, operator: string, operand: unknown, problems: Problem[]): void {
  const at = `where.${path}.${operator}`
  const values = valuesOf(operand)
  if (LIST_OPERATORS.has(operator) && values.length > QUERY_LIMITS.maxValues) {
    problems.push({ path: at, message: `${at}: at most ${QUERY_LIMITS.maxValues} values (${values.length} given).` })
  }
  for (const value of values) {
    if (typeof value !== 'string') continue
    if (value.length > QUERY_LIMITS.maxTextLength) {
      problems.push({ path: at, message: `${at}: a value may be at most ${QUERY_LIMITS.maxTextLength} characters.` })
      return
    }
    if (WORD_OPERATORS.has(operator) && value.trim().split(/\s+/).length > QUERY_LIMITS.maxWords) {
      problems.push({ path: at, message: `${at}: search for at most ${QUERY_LIMITS.maxWords} words.` })
      return
    }
  }
}

/** Walks a `where` without recursion limits of its own being at risk: nesting is bounded first. */
function checkWhere(where: Where, problems: Problem[], state = { conditions: 0, paths: 0 }, nesting = 0): void {
  if (nesting > QUERY_LIMITS.maxNesting) {
    problems.push({ path: 'where', message: `where: and/or nest at most ${QUERY_LIMITS.maxNesting} levels deep.` })
    return
  }
  for (const [key, value] of Object.entries(where)) {
    if (problems.length) return
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const branch of value)
        if (branch && typeof branch === 'object') checkWhere(branch, problems, state, nesting + 1)
      continue
    }
    if (key.split('.').length - 1 > QUERY_LIMITS.maxPathHops) {
      problems.push({
        path: `where.${key}`,
        message: `where.${key}: a field path may cross at most ${QUERY_LIMITS.maxPathHops} dots.`,
      })
      return
    }
    if (!value || typeof value !== 'object') continue
    for (const [operator, operand] of Object.entries(value)) {
      state.conditions += 1
      if (key.includes('.')) state.paths += 1
      if (state.paths > QUERY_LIMITS.maxPathConditions) {
        problems.push({
          path: 'where',
          message: `where: at most ${QUERY_LIMITS.maxPathConditions} conditions on dotted field paths.`,
        })
        return
      }
      if (state.conditions > QUERY_LIMITS.maxConditions) {
        problems.push({ path: 'where', message: `where: at most ${QUERY_LIMITS.maxConditions} conditions.` })
        return
      }
      checkOperand(key, operator, operand, problems)
    }
  }
}

function checkPage(args: { limit?: unknown; pagination?: unknown }, req: PayloadRequest, problems: Problem[]): void {
  const { limit } = args
  if (limit !== undefined && limit !== null && !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 0)) {
    problems.push({ path: 'limit', message: 'limit: give a whole number of documents per page.' })
    return
  }
  if (isStaff(req.user)) return
  const max = QUERY_LIMITS.maxAnonymousLimit
  if (args.pagination === false || limit === 0 || (typeof limit === 'number' && limit > max)) {
    problems.push({
      path: 'limit',
      message: `limit: at most ${max} documents per page (pages follow with page=2, 3, …).`,
    })
  }
}

/**
 * Whether the operation is the one a REST or GraphQL client asked for, rather than one Payload or a
 * hook runs on its behalf with the same request: relationship loading (`disableErrors`, a
 * `currentDepth`, and ids `in` a batch that may exceed a client's limit) and Local API calls, which
 * override access unless told otherwise.
 */
function isClientOperation(args: Record<string, unknown>, req: PayloadRequest): boolean {
  if (req.payloadAPI === 'local') return false
  return args.overrideAccess !== true && !args.disableErrors && args.currentDepth === undefined
}

/** beforeOperation hook of every collection: refuses a request that asks too much, naming the limit. */
export const limitQueries: CollectionBeforeOperationHook = ({ args, req }) => {
  if (!isClientOperation(args as Record<string, unknown>, req)) return args
  // `/api/articles/abc` is no document, not a failed query (PostgreSQL's error answered 500).
  const { id } = args as { id?: unknown }
  if (id !== undefined && !canNameRow(id, req.payload)) throw new NotFound(req.t)
  const problems: Problem[] = []
  const { where } = args as { where?: unknown }
  if (where && typeof where === 'object') checkWhere(where as Where, problems)
  if (!problems.length && 'limit' in args) checkPage(args as { limit?: unknown; pagination?: unknown }, req, problems)
  if (problems.length) throw fieldRefusal(problems)
  return args
}
