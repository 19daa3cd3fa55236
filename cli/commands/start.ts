// `talkgraph start`: the quick start in one command: a local Neo4j, the sample corpus ingested, the API and the
// explorer served. Ctrl-C stops what it started.
import path from 'node:path';
import type { Command } from 'commander';
import { openExecutor } from '../../neo4j/executor';
import { neo4jStatus, startNeo4j, stopNeo4j } from '../../neo4j/server';
import { stopOnSignals } from '../shutdown';
import { runIngest } from './ingest';

const SAMPLE_CORPUS = path.join(import.meta.dirname, '..', '..', 'examples');

export function register(program: Command): void {
  program
    .command('start')
    .description('start a local Neo4j, ingest the sample corpus (or PATHS) and serve the API and the explorer')
    .argument('[paths...]', 'documents to ingest instead of the sample corpus in examples/')
    .option('--host <host>', 'address to serve on', process.env.HOST ?? '127.0.0.1')
    .option('--port <port>', 'port to serve on', process.env.PORT ?? '4000')
    .option('--rebuild', 'delete the whole graph first, then ingest into the empty database')
    .action(async (paths: string[], options: { host: string; port: string; rebuild?: boolean }) => {
      const log = (line: string): void => {
        process.stderr.write(`${line}\n`);
      };
      // Set before anything starts: Ctrl-C while Neo4j starts or the files are ingested stops Neo4j too.
      const shutdown = stopOnSignals(log);
      if (!process.env.NEO4J_URI) {
        // Added before the server starts, so that a signal while it starts stops it too.
        if (!(await neo4jStatus()).running) shutdown.add(async () => void (await stopNeo4j({ log })));
        const neo4j = await startNeo4j({ log });
        log(`Neo4j ${neo4j.alreadyRunning ? 'already running' : 'started'} at ${neo4j.uri}`);
      }
      const [{ startApiServer }, { ensureWebBuilt }] = await Promise.all([import('../../api/server'), import('../../web/build')]);
      await ensureWebBuilt(log);
      const executor = openExecutor();
      shutdown.add(() => executor.close());
      await runIngest(executor, paths.length > 0 ? paths : [path.relative(process.cwd(), SAMPLE_CORPUS) || SAMPLE_CORPUS], { prune: true, rebuild: options.rebuild });
      const server = await startApiServer({ executor, host: options.host, port: Number(options.port) });
      shutdown.add(() => server.close());
      process.stdout.write(`talkgraph is ready: ${server.url} (GraphQL at ${server.url}graphql, IDE at ${server.url}graphiql)\n`);
    });
}
