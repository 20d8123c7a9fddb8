import type { Payload } from 'payload'
import { cache } from 'react'

import { loadDiscussionSettings } from '../../comments/discussionSettings'

/** The thread depth setting, read once per admin render however many rows ask for it. */
export const threadDepthOf = cache(async (payload: Payload): Promise<number> => {
  return (await loadDiscussionSettings(payload)).threadDepth
})
