import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One graphql realm: Apollo and type-graphql load graphql's CommonJS build (stack-notes trap 5).
const graphqlPath = require.resolve('graphql', { paths: [new URL('./packages/api', import.meta.url).pathname] });

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', root: 'packages/domain', include: ['src/**/*.test.ts'] } },
      { test: { name: 'exchange', root: 'packages/exchange', include: ['src/**/*.test.ts'], testTimeout: 30_000 } },
      {
        resolve: { alias: { graphql: graphqlPath } },
        test: {
          name: 'integration',
          include: [
            'packages/db/src/**/*.test.ts',
            'packages/api/src/**/*.test.ts',
            'apps/cli/src/**/*.test.ts',
            'apps/server/src/**/*.test.ts',
          ],
          globalSetup: ['packages/db/src/test-support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      'apps/admin/vitest.config.ts',
    ],
  },
});
