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
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
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
  // Commands that tests run as child processes find the server the way users' commands do.
  process.env.NEO4J_URI = started.uri;

  return async () => {
    delete process.env.NEO4J_URI;
    await stopNeo4j({ dataDir });
    rmSync(root, { recursive: true, force: true });
  };
}
