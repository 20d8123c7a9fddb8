import { createRequire } from 'node:module'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Resolves @payload-config and @/… from tsconfig.json, as Next does.
    tsconfigPaths: true,
    // Vite would give the project's own files graphql's ES modules while Payload and graphql-http,
    // loaded by Node, get its CommonJS files: two copies whose `instanceof` checks fail on each other.
    // Next keeps graphql external, so in the server every import gets the CommonJS one, as here.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.test.ts'],
          // Each test file gets its own fresh database before anything imports the Payload config.
          setupFiles: ['tests/helpers/freshDatabase.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
