/**
 * Vitest setup file for the integration project: runs in each test file's context before the file
 * itself, so DATABASE_URL points at a database nobody else uses when the Payload config is imported.
 */
import { afterAll, beforeAll } from 'vitest'

import fs from 'node:fs'
import path from 'node:path'

import { newTestDatabase, TMP_DIR } from './testDatabase'

const database = newTestDatabase()
process.env.DATABASE_URL = database.url
// Uploads go to a folder of this file's own, removed afterwards.
const mediaDir = path.join(TMP_DIR, `media-${path.basename(database.url).replace(/\W/g, '')}`)
process.env.MEDIA_DIR = mediaDir
// Refused logins and validation errors are what these tests provoke; failures show as assertions.
process.env.LOG_LEVEL ??= 'fatal'

beforeAll(async () => {
  await database.create()
})

afterAll(async () => {
  const { closeTestPayload } = await import('./payload')
  await closeTestPayload()
  await database.drop()
  fs.rmSync(mediaDir, { recursive: true, force: true })
})
