// A real talkgraph server for the browser tests: its own Neo4j (unless TALKGRAPH_E2E_NEO4J_URI names one), the sample
// corpus ingested, the web build served. Not the suites' shared database: other suites empty it while they run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { CorrectionsWriter } from '../../api/corrections';
import { startApiServer } from '../../api/server';
import { clearGraph, outdatedDocuments } from '../../ingest/load';
import { ingestDocuments } from '../../ingest';
import { type Executor, openExecutor } from '../../db/executor';
import { startNeo4j, stopNeo4j } from '../../neo4j/server';
import { ensureWebBuilt } from '../../web/build';
import { freePort } from '../support/ports';

const REPO = path.resolve(import.meta.dirname, '..', '..');
export const E2E_DATA_DIR = path.join(REPO, '.talkgraph', 'e2e-neo4j');
/** A fixed port when asked for one; otherwise any free one, so that two checkouts can test side by side. */
const E2E_NEO4J_PORT = process.env.TALKGRAPH_E2E_NEO4J_PORT ? Number(process.env.TALKGRAPH_E2E_NEO4J_PORT) : undefined;

export interface ExplorerServer {
  url: string;
  executor: Executor;
  close(): Promise<void>;
}

export async function startExplorerServer(
  options: {
    corpus?: string[];
    log?: (line: string) => void;
    /** Let the API write the corpus's corrections file; the graph then holds this corpus alone, and is emptied at the end. */
    allowCorrections?: boolean;
  } = {},
): Promise<ExplorerServer> {
  const log = options.log ?? (() => {});
  await ensureWebBuilt(log);
  let uri = process.env.TALKGRAPH_E2E_NEO4J_URI;
  let auth: { user?: string; password?: string } = { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD };
  let stopDatabase = async () => {};
  if (!uri) {
    // exitWithPid: the database goes when this process goes, even when it is killed.
    const neo4j = await startNeo4j({ port: E2E_NEO4J_PORT ?? (await freePort()), dataDir: E2E_DATA_DIR, heap: '768m', exitWithPid: process.pid, log });
    uri = neo4j.uri;
    auth = { user: neo4j.user, password: neo4j.password };
    if (!neo4j.alreadyRunning) stopDatabase = async () => void (await stopNeo4j({ dataDir: E2E_DATA_DIR }));
  }
  const executor = openExecutor({ uri, ...auth });
  try {
    // This database is the tests' own: one an older talkgraph loaded is rebuilt rather than refused.
    if ((await outdatedDocuments(executor)) > 0) await clearGraph(executor);
    const corpus = (options.corpus ?? [path.join(REPO, 'examples')]).map((p) => path.relative(process.cwd(), p) || '.');
    if (options.allowCorrections) await clearGraph(executor);
    const summary = await ingestDocuments(executor, corpus, { prune: true });
    log(`ingested ${summary.documents} documents (${summary.written} written, ${summary.unchanged} unchanged)`);
    const corrections = options.allowCorrections ? new CorrectionsWriter(executor, corpus) : undefined;
    const server = await startApiServer({ executor, port: 0, log, corrections });
    return {
      url: server.url.replace(/\/$/, ''),
      executor,
      async close() {
        await server.close();
        // The sample corpus's suites expect no other documents in this database.
        if (options.allowCorrections) await clearGraph(executor);
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

/**
 * The same server in a child process, for vitest: inside vitest's module graph graphql would load twice (its ESM
 * build for the schema, its CommonJS build for Apollo) and every request would fail.
 */
export function spawnExplorerServer(args: string[] = []): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'sample-server.ts'), ...args], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const ready = /READY (\S+)/.exec(chunk.toString());
      if (!ready) return;
      resolve({
        url: ready[1],
        async close() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`the sample server exited with ${code}:\n${output}`)));
  });
}
