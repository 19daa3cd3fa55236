// Ctrl-C and SIGTERM on the commands that keep running: the API stops, then the Neo4j that `start` started; so does
// a `start` that fails.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openExecutor } from '../db/executor';
import { LOCAL_NEO4J_USER, readLocalPassword } from '../neo4j/server';
import { freePort } from './support/ports';

const CLI = join(import.meta.dirname, '..', 'cli', 'talkgraph.js');
const root = mkdtempSync(join(tmpdir(), 'talkgraph-signals-'));
const dataDir = join(root, 'neo4j');
const corpus = join(root, 'notes');

// Apollo installs its own signal handler, which ended the process before `start` stopped Neo4j, except under tests.
const outsideTests = { NODE_ENV: 'production' };

/** The environment of a user with no NEO4J_URI: `start` runs its own Neo4j in `dataDir`. */
function localEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Its own server, with its own password: none of the test run's connection settings.
  const { NEO4J_URI: _shared, NEO4J_USER: _user, NEO4J_PASSWORD: _password, ...env } = process.env;
  return { ...env, ...outsideTests, TALKGRAPH_DATA_DIR: dataDir, TALKGRAPH_NEO4J_HEAP: '512m', TALKGRAPH_NEO4J_PAGE_CACHE: '64m', ...extra };
}

function talkgraph(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 120_000 }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout });
    });
  });
}

/** Runs the command until its stdout says `ready`, sends `signal`, and resolves with its exit code and stderr. */
function interrupt(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (ready.test(stdout)) child.kill(signal);
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

afterAll(async () => {
  await talkgraph(['db', 'stop', '--data-dir', dataDir], localEnv({}));
  rmSync(root, { recursive: true, force: true });
});

describe('signals', () => {
  it('Ctrl-C on `start` stops the API and then the Neo4j it started', { timeout: 300_000 }, async () => {
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'kcd.md'), '# KCD Chengdu 2024\n\n- Scaling Envoy Gateway — Jane Doe (Tetrate)\n');
    const env = localEnv({ TALKGRAPH_NEO4J_PORT: String(await freePort()), PORT: String(await freePort()) });
    const stopped = await interrupt(['start', corpus], env, /talkgraph is ready/, 'SIGINT');
    expect(stopped.stderr).toContain('stopping…');
    expect(stopped.stderr).toContain('Stopping Neo4j');
    expect(stopped.code).toBe(130);
    expect((await talkgraph(['db', 'status', '--data-dir', dataDir], env)).stdout).toContain('Neo4j is not running');
  });

  it('a `start` that fails while it ingests stops the Neo4j it started', { timeout: 300_000 }, async () => {
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'kcd.md'), '# KCD Chengdu 2024\n\n- Scaling Envoy Gateway — Jane Doe (Tetrate)\n');
    const port = await freePort();
    const env = localEnv({ TALKGRAPH_NEO4J_PORT: String(port), PORT: String(await freePort()) });
    // The mark of a first ingest that a live process (this one) is still running: the ingest refuses the graph.
    expect((await talkgraph(['db', 'start'], env)).code).toBe(0);
    const executor = openExecutor({ uri: `bolt://127.0.0.1:${port}`, user: LOCAL_NEO4J_USER, password: readLocalPassword(`${dataDir}.password`) });
    try {
      await executor.write("MERGE (m:BulkLoad {id: 'bulk-load'}) SET m.startedAt = '2026-12-05T01:00:00.000Z', m.host = $host, m.pid = $pid", { host: hostname(), pid: process.pid });
    } finally {
      await executor.close();
    }
    expect((await talkgraph(['db', 'stop'], env)).code).toBe(0);

    const failed = await talkgraph(['start', corpus], env);
    expect(failed.code).toBe(1);
    expect(failed.stdout).not.toContain('talkgraph is ready');
    expect((await talkgraph(['db', 'status'], env)).stdout).toContain('Neo4j is not running');
  });

  it('SIGTERM on `serve` stops the API and leaves the database to whoever started it', { timeout: 120_000 }, async () => {
    const stopped = await interrupt(['serve', '--port', '0'], { ...process.env, ...outsideTests }, /talkgraph is serving/, 'SIGTERM');
    expect(stopped.stderr).toContain('stopping…');
    expect(stopped.stderr).not.toContain('Stopping Neo4j');
    expect(stopped.code).toBe(143);
  });
});
