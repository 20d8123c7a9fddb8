import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Resolves @payload-config and @/… from tsconfig.json, as Next does.
  resolve: { tsconfigPaths: true },
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
