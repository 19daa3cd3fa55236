import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build while @apollo/server (loaded by Node) gets the CommonJS one: two graphql
    // instances, and "Cannot use GraphQLObjectType from another module or realm". One build for everyone.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    fileParallelism: true,
  },
});
