// A real talkgraph server for the browser tests and the web benchmark: its own Neo4j (unless NEO4J_URI is set),
// the sample corpus ingested, the web build served. Its own database, because other suites clean the shared one.
import path from 'node:path';
import { startApiServer } from '../../api/server';
import { ingestDocuments } from '../../ingest/pipeline';
import { type Executor, openExecutor } from '../../neo4j/executor';
import { startNeo4j, stopNeo4j } from '../../neo4j/server';
import { ensureWebBuilt } from '../../web/build';

const REPO = path.resolve(import.meta.dirname, '..', '..');
export const E2E_DATA_DIR = path.join(REPO, '.talkgraph', 'e2e-neo4j');
const E2E_NEO4J_PORT = Number(process.env.TALKGRAPH_E2E_NEO4J_PORT ?? 7797);

export interface ExplorerServer {
  url: string;
  executor: Executor;
  close(): Promise<void>;
}

export async function startExplorerServer(options: { corpus?: string[]; log?: (line: string) => void } = {}): Promise<ExplorerServer> {
  const log = options.log ?? (() => {});
  await ensureWebBuilt(log);
  let uri = process.env.NEO4J_URI;
  let stopDatabase = async () => {};
  if (!uri) {
    const neo4j = await startNeo4j({ port: E2E_NEO4J_PORT, dataDir: E2E_DATA_DIR, heap: '768m', log });
    uri = neo4j.uri;
    if (!neo4j.alreadyRunning) stopDatabase = async () => void (await stopNeo4j({ dataDir: E2E_DATA_DIR }));
  }
  const executor = openExecutor({ uri });
  try {
    const corpus = options.corpus ?? [path.join(REPO, 'examples')];
    const summary = await ingestDocuments(executor, corpus.map((p) => path.relative(process.cwd(), p) || '.'), { prune: true });
    log(`ingested ${summary.documents} documents (${summary.written} written, ${summary.unchanged} unchanged)`);
    const server = await startApiServer({ executor, port: 0, log });
    return {
      url: server.url.replace(/\/$/, ''),
      executor,
      async close() {
        await server.close();
        await executor.close();
        await stopDatabase();
      },
    };
  } catch (error) {
    await executor.close();
    await stopDatabase();
    throw error;
  }
}
