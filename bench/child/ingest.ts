// Runs one ingest in its own process, so that its peak memory is its own: prints a JSON line with the figures.

import { ingestDocuments } from '../../ingest';
import { openExecutor } from '../../db/executor';

const paths = process.argv.slice(2);
const executor = openExecutor();
const started = performance.now();
try {
  const summary = await ingestDocuments(executor, paths);
  const seconds = (performance.now() - started) / 1000;
  // resourceUsage().maxRSS is in kibibytes.
  console.log(JSON.stringify({ seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024, documents: summary.documents, written: summary.written, failed: summary.failed.length }));
} finally {
  await executor.close();
}
