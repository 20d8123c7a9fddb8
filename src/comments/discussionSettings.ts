import type { Payload, PayloadRequest } from 'payload'

import { DISCUSSION_SETTINGS } from '../../collections/globals/DiscussionSettings'
import { wordsOf } from '../domain/wordList'

export type Discussion = {
  approvalMode: 'hold_all' | 'approve_returning'
  linkLimit: number
  moderationWords: string[]
  disallowedWords: string[]
  closeAfterDays: number | null
  threadDepth: number
  perPage: number
  notifyModerators: boolean
  minSecondsToPost: number
  floodIntervalSeconds: number
  hourlyLimit: number
}

/** The discussion settings with their defaults filled in. */
export async function loadDiscussionSettings(payload: Payload, req?: PayloadRequest): Promise<Discussion> {
  const settings = await payload.findGlobal({ slug: DISCUSSION_SETTINGS, depth: 0, req })
  return {
    approvalMode: settings.approvalMode ?? 'hold_all',
    linkLimit: settings.linkLimit ?? 2,
    // Stored one per line; the rules get the words, tidied.
    moderationWords: wordsOf(settings.moderationWords),
    disallowedWords: wordsOf(settings.disallowedWords),
    closeAfterDays: settings.closeAfterDays ?? null,
    threadDepth: settings.threadDepth ?? 3,
    perPage: settings.perPage ?? 50,
    notifyModerators: settings.notifyModerators ?? true,
    minSecondsToPost: settings.minSecondsToPost ?? 3,
    floodIntervalSeconds: settings.floodIntervalSeconds ?? 15,
    hourlyLimit: settings.hourlyLimit ?? 20,
  }
}
