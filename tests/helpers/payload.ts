import type { Payload } from 'payload'
import { getPayload } from 'payload'

let instance: Payload | undefined

/** Payload on this test file's fresh database, schema pushed from the config on first use. */
export async function getTestPayload(): Promise<Payload> {
  if (instance) return instance
  const { default: config } = await import('@payload-config')
  instance = await getPayload({ config })
  return instance
}

export async function closeTestPayload(): Promise<void> {
  if (!instance) return
  await instance.destroy()
  instance = undefined
}
