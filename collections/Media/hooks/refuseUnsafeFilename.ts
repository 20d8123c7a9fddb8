import type { CollectionBeforeOperationHook } from 'payload'

import { fieldRefusal } from '../../../src/errors/fieldRefusal'

/** NUL and other control characters: no file system takes NUL, and the rest make names unreadable. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/** A file name with a NUL byte reached the disk write and answered 500; it is refused naming the field. */
export const refuseUnsafeFilename: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const name = req.file?.name
  if (typeof name === 'string' && CONTROL_CHARACTERS.test(name)) {
    throw fieldRefusal([{ path: 'file', message: 'file: the file name may not contain control characters.' }])
  }
  return args
}
