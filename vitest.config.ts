import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; integration tests (*.int.test.ts) share one Neo4j database, so they run one file at a
// time, and only a run that includes them starts the throwaway Neo4j (test/setup/neo4j.ts).
export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build while @apollo/server (loaded by Node) gets the CommonJS one: two graphql
    // instances, and "Cannot use GraphQLObjectType from another module or realm". One build for everyone.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts'],
          fileParallelism: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
