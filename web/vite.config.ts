// The explorer and the offline GraphiQL page: two entries, every asset bundled into web/dist (no CDN at run time).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL with React is large by nature; it is loaded only on /graphiql.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // React libraries mark modules "use client"; meaningless in a plain bundle, and noisy on every build.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      input: {
        explorer: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  server: {
    // `vite --config web/vite.config.ts` during development talks to a running `talkgraph serve`.
    proxy: { '/graphql': process.env.TALKGRAPH_API ?? 'http://127.0.0.1:4000' },
  },
});
