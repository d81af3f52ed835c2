import { defineConfig } from 'vitest/config';

// One vitest run for the whole workspace: unit and service tests next to their code,
// browser end-to-end tests under web/e2e (they start the product themselves).
export default defineConfig({
  // graphql ships CJS and ESM builds; make every importer load the same one (one realm).
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['{shared,server,seeds,web}/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
