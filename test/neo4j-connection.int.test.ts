// A user's NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD that do not work: every command that needs the database says so
// in one line naming what to check, with no stack, and exits 1.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testExecutor } from './support/db';
import { freePort } from './support/ports';

const CLI = join(import.meta.dirname, '..', 'cli', 'talkgraph.js');
const root = mkdtempSync(join(tmpdir(), 'talkgraph-connection-'));
writeFileSync(join(root, 'kcd.md'), '# KCD Chengdu 2024\n\n- Scaling Envoy Gateway — Jane Doe (Tetrate)\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The command's exit code and what it wrote to stderr, but the explorer's build that `serve` may run first. */
function talkgraph(args: string[], settings: Record<string, string>): Promise<{ code: number; lines: string[] }> {
  const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...env, ...settings }, timeout: 120_000 }, (error, _stdout, stderr) => {
      const lines = stderr.split('\n').filter((line) => line !== '' && !/web explorer/.test(line));
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, lines });
    });
  });
}

const COMMANDS = [['ingest', root], ['db', 'status'], ['serve', '--port', '0'], ['export', '--format', 'json']].map((args) => [args.join(' ').replace(root, 'NOTES'), args] as const);

// Neo4j locks a user out for a few seconds after repeated wrong passwords: the next test file waits for it to pass.
afterAll(async () => {
  const executor = testExecutor();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await executor.read('RETURN 1');
        return;
      } catch (error) {
        if (attempt >= 60) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  } finally {
    await executor.close();
  }
});

describe('settings that do not reach the database', () => {
  it.each(COMMANDS)('a wrong password: `talkgraph %s` says so in one line', { timeout: 150_000 }, async (_name, args) => {
    const uri = inject('neo4jUri');
    const result = await talkgraph([...args], { NEO4J_URI: uri, NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD: 'not-the-password' });
    expect(result.lines).toEqual([`talkgraph: Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD`]);
    expect(result.code).toBe(1);
  });

  it.each(COMMANDS)('an address nothing answers at: `talkgraph %s` says so in one line', { timeout: 150_000 }, async (_name, args) => {
    const uri = `neo4j://127.0.0.1:${await freePort()}`;
    const result = await talkgraph([...args], { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'whatever' });
    expect(result.lines).toEqual([`talkgraph: cannot reach Neo4j at ${uri} (NEO4J_URI): check the address and that the server is up`]);
    expect(result.code).toBe(1);
  });
});
