// `npm run test:external`: the integration tests that use Neo4j only as a client (ingest, bulk load, API, export,
// corrections, connection errors) against a second local Neo4j with authentication on and a port of its own, reached
// only through NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD: the path of a user who points talkgraph at a cluster or Aura.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeo4j, stopNeo4j } from '../../neo4j/server';
import { freePort } from '../support/ports';

/** Every integration test file that neither starts its own server nor reads the local server's password file. */
export const CLIENT_TESTS = [
  'test/ingest.int.test.ts',
  'test/load.int.test.ts',
  'test/api.int.test.ts',
  'test/api-guards.int.test.ts',
  'test/api-nested-lists.int.test.ts',
  'test/corrections.int.test.ts',
  'test/corrections-api.int.test.ts',
  'test/export.int.test.ts',
  'test/neo4j-executor.int.test.ts',
  'test/neo4j-connection.int.test.ts',
];

const root = mkdtempSync(join(tmpdir(), 'talkgraph-external-neo4j-'));
const dataDir = join(root, 'neo4j');
const log = (line: string): void => void process.stderr.write(`[external neo4j] ${line}\n`);
let code = 1;
try {
  const server = await startNeo4j({ port: await freePort(), dataDir, heap: '512m', pageCache: '128m', exitWithPid: process.pid, log });
  // The routing scheme a cluster or Aura is reached by; the tests see no data folder, port or password file of it.
  const uri = `neo4j://127.0.0.1:${new URL(server.uri).port}`;
  log(`running at ${uri} with authentication on; the tests get only NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD`);
  const { TALKGRAPH_DATA_DIR: _dir, TALKGRAPH_NEO4J_PORT: _port, NEO4J_DATABASE: _database, ...env } = process.env;
  const vitest = spawn(join('node_modules', '.bin', 'vitest'), ['run', '--project', 'integration', ...CLIENT_TESTS, ...process.argv.slice(2)], {
    stdio: 'inherit',
    // A data folder with no server and no password file in it: were a test to look for the local server, it would fail.
    env: { ...env, NEO4J_URI: uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password, TALKGRAPH_DATA_DIR: join(root, 'no-local-server') },
  });
  code = await new Promise<number>((resolve) => vitest.on('exit', (exit, signal) => resolve(exit ?? (signal ? 1 : 0))));
} finally {
  await stopNeo4j({ dataDir, log });
  rmSync(root, { recursive: true, force: true });
}
process.exit(code);
