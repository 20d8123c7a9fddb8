import type { CollectionBeforeOperationHook } from 'payload'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A JSON body that is not an object (`null`, `42`, `"text"`, `[]`) would crash Payload's field
 * traversal and answer 500. Read it as an empty comment instead: the client gets a 400 naming each
 * missing field, like any other incomplete comment.
 */
export const requireDataObject: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data } = args as { data?: unknown }
  return isObject(data) ? args : { ...args, data: {} }
}
