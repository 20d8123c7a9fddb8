import type { GraphQLExtension } from 'payload'

type Resolver = (...args: unknown[]) => Promise<Record<string, unknown> | null> | Record<string, unknown> | null

/**
 * `{ Access { canAccessAdmin } }` answered 500 to every anonymous visitor: Payload's schema declares
 * `canAccessAdmin: Boolean!`, and its permission sanitiser deletes the field when it is false. The
 * same query is kept, with `false` filled back in. (Payload 3.90.1; `sanitizePermissions` in
 * payload/dist/utilities/sanitizePermissions.js.)
 */
export const accessQueryWithAdminFlag: GraphQLExtension = (_graphQL, { Query }) => {
  const access = (Query.fields as Record<string, { type: unknown; resolve: Resolver }>).Access
  if (!access) return {}
  return {
    Access: {
      ...access,
      resolve: async (...args: unknown[]) => {
        const result = await access.resolve(...args)
        return result ? { ...result, canAccessAdmin: result.canAccessAdmin === true } : result
      },
    },
  }
}
