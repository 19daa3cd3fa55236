import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    fileParallelism: true,
  },
});
