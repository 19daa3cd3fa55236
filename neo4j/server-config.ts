// Where the local Neo4j server listens and keeps its files, from options, then environment, then defaults.
import { basename, dirname, join, resolve } from 'node:path';
import { Neo4jServerError } from './server-error';

export const DEFAULT_NEO4J_PORT = 7687;
export const DEFAULT_DATA_DIR = join('.talkgraph', 'neo4j');

/** Where a local server keeps its files: the data folder, and beside it the pid file and logs. */
export interface Neo4jServerFiles {
  dataDir: string;
  pidFile: string;
  /** The launcher's output: startup, shutdown, and Neo4j's user log. */
  logFile: string;
  /** Neo4j's own logs (debug.log, query.log). */
  logsDir: string;
  /** The password of the user neo4j, made at the first start (mode 0600). */
  passwordFile: string;
}

export function localNeo4jUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/** The Bolt port: the option, else TALKGRAPH_NEO4J_PORT, else 7687. */
export function neo4jPort(port?: number, env: NodeJS.ProcessEnv = process.env): number {
  const chosen = port ?? (env.TALKGRAPH_NEO4J_PORT ? Number(env.TALKGRAPH_NEO4J_PORT) : DEFAULT_NEO4J_PORT);
  if (!Number.isInteger(chosen) || chosen < 1 || chosen > 65535) {
    throw new Neo4jServerError(`invalid Neo4j port ${String(port ?? env.TALKGRAPH_NEO4J_PORT)}: use a number from 1 to 65535`);
  }
  return chosen;
}

/** The data folder (option, else TALKGRAPH_DATA_DIR, else .talkgraph/neo4j under the working directory) and its siblings. */
export function neo4jServerFiles(dataDir?: string, env: NodeJS.ProcessEnv = process.env): Neo4jServerFiles {
  const dir = resolve(dataDir ?? env.TALKGRAPH_DATA_DIR ?? DEFAULT_DATA_DIR);
  const name = basename(dir);
  const parent = dirname(dir);
  return {
    dataDir: dir,
    pidFile: join(parent, `${name}.pid`),
    logFile: join(parent, `${name}.log`),
    logsDir: join(parent, `${name}-logs`),
    passwordFile: join(parent, `${name}.password`),
  };
}
