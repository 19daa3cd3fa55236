// The local server's lifecycle as a user drives it: through the CLI, in a data folder and port of its own.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openExecutor, type ExecutorConfig } from '../db/executor';
import { boltAnswers, LOCAL_NEO4J_USER, readLocalPassword } from '../neo4j/server';
import { freePort } from './support/ports';

const CLI = join(import.meta.dirname, '..', 'cli', 'talkgraph.js');
const root = mkdtempSync(join(tmpdir(), 'talkgraph-lifecycle-'));
const dataDir = join(root, 'neo4j');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function talkgraph(...args: string[]): Promise<CliResult> {
  // The integration setup exports NEO4J_URI and its credentials for its shared server; this test manages its own local one.
  const { NEO4J_URI: _shared, NEO4J_USER: _user, NEO4J_PASSWORD: _password, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 240_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** The local server of this test's data folder, with the password its first start made. */
function localServer(uri: string): ExecutorConfig {
  return { uri, user: LOCAL_NEO4J_USER, password: readLocalPassword(join(root, 'neo4j.password')) };
}

afterAll(async () => {
  await talkgraph('db', 'stop', '--data-dir', dataDir);
  rmSync(root, { recursive: true, force: true });
});

describe('talkgraph db', () => {
  it('starts, reports, stops and restarts the local server, keeping its data', { timeout: 300_000 }, async () => {
    const port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;

    const started = await talkgraph('db', 'start', '--port', String(port), '--data-dir', dataDir);
    expect(started.code).toBe(0);
    expect(started.stdout).toContain(`Neo4j is running at ${uri}`);

    const running = await talkgraph('db', 'status', '--data-dir', dataDir);
    expect(running.stdout).toContain(`Neo4j is running at ${uri}`);
    expect(running.stdout).toContain(`data: ${dataDir}`);

    const again = await talkgraph('db', 'start', '--port', String(port), '--data-dir', dataDir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Neo4j is already running at ${uri}`);

    let executor = openExecutor(localServer(uri));
    await executor.write("CREATE (:Talk {id: 'Talk:hello@kcd-chengdu-2024', key: 'hello@kcd-chengdu-2024', name: 'Hello'})");
    await executor.close();

    const stopped = await talkgraph('db', 'stop', '--data-dir', dataDir);
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toContain('Neo4j stopped');
    expect(await boltAnswers(port)).toBe(false);
    expect((await talkgraph('db', 'status', '--data-dir', dataDir)).stdout).toContain('Neo4j is not running');

    // A lost password file: the next start makes a new password and gives it to the store, whose data stays.
    const lost = localServer(uri);
    rmSync(join(root, 'neo4j.password'));
    const restarted = await talkgraph('db', 'start', '--port', String(port), '--data-dir', dataDir);
    expect(restarted.code).toBe(0);
    expect(localServer(uri).password).not.toBe(lost.password);
    executor = openExecutor(localServer(uri));
    try {
      expect(await executor.read('MATCH (t:Talk) RETURN t.name AS name')).toEqual([{ name: 'Hello' }]);
    } finally {
      await executor.close();
    }
    const stale = openExecutor(lost);
    await expect(stale.verifyConnectivity()).rejects.toThrow('refused the credentials');
    await stale.close();
    expect((await talkgraph('db', 'stop', '--data-dir', dataDir)).code).toBe(0);
  });

  it('fails with a clear one-line message when the port is taken', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen({ host: '127.0.0.1', port }, resolve));
    try {
      const result = await talkgraph('db', 'start', '--port', String(port), '--data-dir', join(root, 'other'));
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n').at(-1)).toBe(
        `talkgraph: port ${port} on 127.0.0.1 is already in use by another program; choose another port with --port N or TALKGRAPH_NEO4J_PORT=N`,
      );
      expect((await talkgraph('db', 'status', '--data-dir', join(root, 'other'))).stdout).toContain('Neo4j is not running');
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('refuses to start a local server when NEO4J_URI names another one', async () => {
    const result = await new Promise<CliResult>((resolve) => {
      execFile(process.execPath, [CLI, 'db', 'start'], { env: { ...process.env, NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' } }, (error, stdout, stderr) =>
        resolve({ code: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('NEO4J_URI is set (neo4j+s://example.databases.neo4j.io)');
  });
});
