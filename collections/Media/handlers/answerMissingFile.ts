import fs from 'node:fs/promises'
import path from 'node:path'

import type { UploadConfig } from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Payload's file route answered 500 when a file was missing from disk (deleted by hand, a restore
 * without the media folder): a missing file is a 404. Runs before Payload's own handler, which
 * serves the file when it is there.
 */
export function answerMissingFile(mediaDir: string): FileHandler {
  const handler = async (filename: string): Promise<Response | undefined> => {
    const file = path.resolve(mediaDir, filename)
    // Payload refuses names that leave the folder itself; this only decides between 404 and serving.
    if (!file.startsWith(mediaDir + path.sep)) return
    const exists = await fs
      .stat(file)
      .then((stat) => stat.isFile())
      .catch(() => false)
    if (exists) return
    return Response.json({ errors: [{ message: `No file named ${filename}.` }] }, { status: 404 })
  }
  // Payload's type allows a Response or nothing, but not a promise of either.
  return (_req, { params }) => handler(params.filename) as Promise<Response>
}
