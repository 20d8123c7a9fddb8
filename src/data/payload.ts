import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The website's handle on the Local API; Payload caches the instance per process. */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}

/** Every website read passes this: readers get exactly what anonymous API clients get. */
export const AS_READER = { overrideAccess: false } as const

/** Readers' access already hides drafts; queries say it too, so they also hold with a staff user. */
export const PUBLISHED = { _status: { equals: 'published' } } as const
