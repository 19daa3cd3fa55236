// Vitest globalSetup of the integration project: a throwaway Neo4j for the run, unless NEO4J_URI names one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../support/ports';
import { startNeo4j, stopNeo4j } from '../../neo4j/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Bolt URI integration tests talk to. */
    neo4jUri: string;
    /** The password file of the throwaway local server; empty when NEO4J_URI names another server. */
    neo4jPasswordFile: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jPasswordFile', '');
    return undefined;
  }
  const root = mkdtempSync(join(tmpdir(), 'talkgraph-test-neo4j-'));
  const dataDir = join(root, 'neo4j');
  const log = (line: string): void => {
    process.stderr.write(`[test neo4j] ${line}\n`);
  };
  const started = await startNeo4j({ port: await freePort(), dataDir, pageCache: '128m', exitWithPid: process.pid, log });
  log(`running at ${started.uri}`);
  project.provide('neo4jUri', started.uri);
  project.provide('neo4jPasswordFile', `${dataDir}.password`);
  // Commands that tests run as child processes find the server the way users' commands do.
  process.env.NEO4J_URI = started.uri;
  process.env.NEO4J_USER = started.user;
  process.env.NEO4J_PASSWORD = started.password;

  return async () => {
    delete process.env.NEO4J_URI;
    delete process.env.NEO4J_USER;
    delete process.env.NEO4J_PASSWORD;
    await stopNeo4j({ dataDir });
    rmSync(root, { recursive: true, force: true });
  };
}
