import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { createDatabaseAdapter, sqliteFilePath } from '../../src/db/createDatabaseAdapter'
import { databaseKindOf, EnvError, parseEnv } from '../../src/env'

describe('database adapter chosen by DATABASE_URL', () => {
  it.each([
    ['file:./data/legwork.db', 'sqlite', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/legwork', 'postgres', 'postgres'],
    ['postgresql://user:pw@db.internal/legwork', 'postgres', 'postgres'],
    ['mongodb://127.0.0.1:27017/legwork', 'mongodb', 'mongoose'],
    ['mongodb+srv://cluster.example.net/legwork', 'mongodb', 'mongoose'],
  ])('%s → %s', (url, kind, adapterName) => {
    expect(databaseKindOf(url)).toBe(kind)
    // Building the adapter does not connect, so every scheme can be checked without its server.
    expect(createDatabaseAdapter({ url: url.startsWith('file:') ? 'file:./tests/.tmp/adapter.db' : url }).name).toBe(
      adapterName,
    )
  })

  it('stops with one line naming the accepted schemes for anything else', () => {
    expect(() => databaseKindOf('mysql://root@localhost/legwork')).toThrow(EnvError)
    try {
      parseEnv({ DATABASE_URL: 'mysql://root@localhost/legwork' }, () => {})
      expect.unreachable()
    } catch (error) {
      const message = (error as Error).message
      expect(message.split('\n')).toHaveLength(1)
      expect(message).toContain('"mysql:"')
      for (const scheme of ['file:', 'postgres://', 'postgresql://', 'mongodb://', 'mongodb+srv://']) {
        expect(message).toContain(scheme)
      }
    }
  })

  it('resolves a relative SQLite path against the project, not the working directory', () => {
    expect(sqliteFilePath('file:./data/legwork.db')).toBe(path.resolve(import.meta.dirname, '../../data/legwork.db'))
    expect(sqliteFilePath('file:/var/lib/legwork/site.db')).toBe('/var/lib/legwork/site.db')
  })
})
