import type { CollectionConfig } from 'payload'

import { refuseUnknownStatus } from './draftStatus'
import { limitQueries } from './queryLimits'

/** Every collection, with the rules about what a request may ask placed in front of its own hooks. */
export function withRequestRules(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const hasDrafts = typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [limitQueries, ...(hasDrafts ? [refuseUnknownStatus] : []), ...(hooks.beforeOperation ?? [])],
    },
  }
}
