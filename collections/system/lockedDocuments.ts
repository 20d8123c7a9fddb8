import type { Access, SanitizedConfig } from 'payload'

import { nobody } from '../shared/access'
import { idOf } from '../shared/refs'

const LOCKED_DOCUMENTS = 'payload-locked-documents'

/** The user a lock's `user` value names, as `{ relationTo, value }` or a bare id. */
function lockUser(value: unknown): { collection?: string; id: unknown } {
  if (value && typeof value === 'object' && 'value' in value) {
    const { relationTo, value: id } = value as { relationTo?: string; value: unknown }
    return { collection: relationTo, id: idOf(id) }
  }
  return { id: idOf(value) }
}

/**
 * A lock may only be handed to oneself: the admin's "take over" sends `{ user: <me> }` and nothing else.
 * Changing the document a lock is on, or giving it to someone else, would lock that person's
 * colleagues out (423) in their name.
 */
const takeOverOnly: Access = ({ req, data }) => {
  if (!req.user || !data) return false
  if (Object.keys(data).some((key) => key !== 'user')) return false
  const { collection, id } = lockUser(data.user)
  return String(id) === String(req.user.id) && (collection === undefined || collection === req.user.collection)
}

/**
 * Document locks, which Payload adds to the config itself (no option reaches them), open to every
 * signed-in user through REST and GraphQL by default. The server creates each lock for the user
 * editing, with its database adapter (the admin's form state), so the API creates none; and a lock is
 * only ever taken over by the one taking it. Applied to the built config, where the collection exists.
 */
export function guardDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS)
  if (locks) locks.access = { ...locks.access, create: nobody, update: takeOverOnly }
  return config
}
