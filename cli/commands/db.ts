// `talkgraph db start|stop|status|fetch`: the local Neo4j server.
import { relative } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { openExecutor } from '../../db/executor';
import { ensureNeo4jBuilt, findJava17, neo4jIsBuilt, neo4jStatus, Neo4jServerError, startNeo4j, stopNeo4j } from '../../neo4j/server';

interface ServerOptions {
  port?: number;
  dataDir?: string;
  heap?: string;
  pageCache?: string;
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

export function register(program: Command): void {
  const db = program.command('db').description('manage the local Neo4j server (data in .talkgraph/neo4j by default)');

  withDataDir(withPort(db.command('start')))
    .description('start the local Neo4j in the background (fetching it from Maven Central on first use) and print its URI')
    .option('--heap <size>', 'JVM heap, e.g. 1g (env TALKGRAPH_NEO4J_HEAP)')
    .option('--page-cache <size>', 'page cache, e.g. 256m or 512m (env TALKGRAPH_NEO4J_PAGE_CACHE)')
    .action(async (options: ServerOptions) => {
      refuseWhenRemote('start');
      const started = await startNeo4j({ ...options, log });
      const data = displayPath(started.dataDir);
      process.stdout.write(
        started.alreadyRunning
          ? `Neo4j is already running at ${started.uri} (pid ${started.pid}, data: ${data})\n`
          : `Neo4j is running at ${started.uri} (pid ${started.pid}, data: ${data})\n`,
      );
    });

  withDataDir(db.command('stop'))
    .description('stop the local Neo4j cleanly; its data stays for the next start')
    .action(async (options: ServerOptions) => {
      refuseWhenRemote('stop');
      const stopped = await stopNeo4j({ ...options, log });
      process.stdout.write(stopped.wasRunning ? `Neo4j stopped (pid ${stopped.pid})\n` : 'Neo4j was not running\n');
    });

  withDataDir(db.command('status'))
    .description('say whether Neo4j runs, where, and where its data is')
    .action(async (options: ServerOptions) => {
      if (process.env.NEO4J_URI) {
        await printRemoteStatus(process.env.NEO4J_URI);
        return;
      }
      const status = await neo4jStatus(options);
      const lines = status.running
        ? [`Neo4j is running at ${status.uri} (pid ${status.pid})`]
        : ['Neo4j is not running (start it with `npx talkgraph db start`)'];
      lines.push(`data: ${displayPath(status.dataDir)}`, `log:  ${displayPath(status.logFile)}`, `password of user neo4j: in ${displayPath(status.passwordFile)}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });

  db.command('fetch')
    .description('fetch Neo4j from Maven Central and build its launcher, without starting it')
    .action(async () => {
      const wasBuilt = neo4jIsBuilt();
      findJava17();
      await ensureNeo4jBuilt(log);
      process.stdout.write(wasBuilt ? 'Neo4j is already fetched and built\n' : 'Neo4j is fetched and built\n');
    });
}

function withPort(command: Command): Command {
  return command.option('--port <port>', 'Bolt port on 127.0.0.1 (env TALKGRAPH_NEO4J_PORT, default 7687)', parsePort);
}

function withDataDir(command: Command): Command {
  return command.option('--data-dir <dir>', 'data folder (env TALKGRAPH_DATA_DIR, default .talkgraph/neo4j)');
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidArgumentError('use a number from 1 to 65535');
  return port;
}

function refuseWhenRemote(action: string): void {
  if (process.env.NEO4J_URI) {
    throw new Neo4jServerError(
      `NEO4J_URI is set (${process.env.NEO4J_URI}), so talkgraph uses that server and does not ${action} a local one; unset NEO4J_URI to use the local server`,
    );
  }
}

async function printRemoteStatus(uri: string): Promise<void> {
  const executor = openExecutor();
  try {
    await executor.verifyConnectivity();
    process.stdout.write(`Neo4j at ${uri} (NEO4J_URI) answers\n`);
  } finally {
    await executor.close();
  }
}

function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}
