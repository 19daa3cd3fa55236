// The database the benchmarks write to: a throwaway local Neo4j (temp data folder, free port), or NEO4J_URI when set.

import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { executorConfigFromEnv, openExecutor, type Executor } from '../db/executor';
import { startNeo4j, stopNeo4j } from '../neo4j/server';

export interface BenchDatabase {
  uri: string;
  executor: Executor;
  /** A driver of the benchmark's own, for the raw baselines that bypass talkgraph. */
  driver: Driver;
  /** Environment for child processes, so that they reach the same server. */
  env: NodeJS.ProcessEnv;
  version: string;
  /** CPU seconds the server process has used so far, when it is a local one (undefined for NEO4J_URI). */
  serverCpuSeconds(): number | undefined;
  /** Deletes every node, relationship, index and constraint: the "empty database" of the write limit. */
  clear(options?: { keepSchema?: boolean }): Promise<void>;
  /** SIGKILL of the local server, as a crash would end it (undefined for NEO4J_URI). */
  killServer?(): void;
  /** Starts the local server again on its port and data folder, once the killed one is gone. */
  restartServer?(): Promise<void>;
  close(): Promise<void>;
}

export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  let stop = async (): Promise<void> => {};
  let serverPid: number | undefined;
  let env: NodeJS.ProcessEnv = { ...process.env };
  let local: Pick<BenchDatabase, 'killServer' | 'restartServer'> = {};
  if (process.env.NEO4J_URI) {
    // The benchmarks delete everything in the database they use.
    if (process.env.TALKGRAPH_BENCH_WIPE !== 'yes') {
      throw new Error(`NEO4J_URI is set (${process.env.NEO4J_URI}): the benchmarks delete all data there. Set TALKGRAPH_BENCH_WIPE=yes to allow it, or unset NEO4J_URI to use a throwaway local server.`);
    }
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'talkgraph-bench-neo4j-'));
    const port = await freePort();
    log(`starting a throwaway Neo4j on port ${port} (${dataDir})`);
    serverPid = (await startNeo4j({ port, dataDir, log })).pid;
    local = {
      killServer: () => process.kill(serverPid!, 'SIGKILL'),
      async restartServer() {
        while (processRuns(serverPid!)) await new Promise((resolve) => setTimeout(resolve, 100));
        serverPid = (await startNeo4j({ port, dataDir, log })).pid;
      },
    };
    // The benchmark's commands and child processes find the server, and its password beside its data, as users' do.
    env = { ...env, TALKGRAPH_NEO4J_PORT: String(port), TALKGRAPH_DATA_DIR: dataDir };
    process.env.TALKGRAPH_NEO4J_PORT = String(port);
    process.env.TALKGRAPH_DATA_DIR = dataDir;
    stop = async () => {
      await stopNeo4j({ dataDir, log });
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.log`, { force: true });
      await rm(`${dataDir}.pid`, { force: true });
      await rm(`${dataDir}-logs`, { recursive: true, force: true });
      await rm(`${dataDir}.password`, { force: true });
    };
  }
  const executor = openExecutor();
  const uri = executor.uri;
  const { user, password } = executorConfigFromEnv();
  const driver = neo4j.driver(uri, user ? neo4j.auth.basic(user, password ?? '') : undefined, { disableLosslessIntegers: true });
  const database = process.env.NEO4J_DATABASE || undefined;
  const [component] = await executor.read<{ versions: string[] }>('CALL dbms.components() YIELD versions RETURN versions');
  const version = component?.versions?.[0] ?? 'unknown';

  return {
    uri,
    executor,
    driver,
    env,
    version,
    ...local,
    serverCpuSeconds: () => (serverPid === undefined ? undefined : processCpuSeconds(serverPid)),
    async clear(options = {}) {
      const session = driver.session({ database });
      try {
        // Relationships first, in small batches: one batch of hub nodes (a project with thousands of talks) would
        // otherwise exceed the server's transaction memory.
        await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
        await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
        if (!options.keepSchema) {
          for (const r of (await session.run('SHOW CONSTRAINTS YIELD name')).records) await session.run(`DROP CONSTRAINT \`${r.get('name')}\``);
          for (const r of (await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records) await session.run(`DROP INDEX \`${r.get('name')}\``);
        }
      } finally {
        await session.close();
      }
    },
    async close() {
      await driver.close();
      await executor.close();
      await stop();
    },
  };
}

/** User + system CPU seconds of a process, from /proc (Linux). */
function processCpuSeconds(pid: number): number | undefined {
  try {
    // Fields after the command name: state is the 1st, utime the 12th, stime the 13th, in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Whether the process exists and is not a zombie waiting to be reaped. */
function processRuns(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0] !== 'Z';
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
