// `talkgraph start`: the quick start in one command: a local Neo4j, the sample corpus ingested, the API and the
// explorer served. Ctrl-C stops what it started.
import path from 'node:path';
import type { Command } from 'commander';
import { openExecutor } from '../../db/executor';
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
    .option('--no-graphiql', 'no GraphiQL at /graphiql and no introspection (env TALKGRAPH_GRAPHIQL=off)')
    .option('--allow-corrections', "let the API's addCorrection write the corpus's corrections file and ingest the corpus again")
    .action(async (paths: string[], options: { host: string; port: string; rebuild?: boolean; graphiql: boolean; allowCorrections?: boolean }) => {
      const log = (line: string): void => {
        process.stderr.write(`${line}\n`);
      };
      // Set before anything starts: Ctrl-C while Neo4j starts or the files are ingested stops Neo4j too.
      const shutdown = stopOnSignals(log);
      // A start that fails half-way (a taken port, a broken corrections file) stops what it started, Neo4j included.
      try {
        if (!process.env.NEO4J_URI) {
          // Added before the server starts, so that a signal while it starts stops it too.
          if (!(await neo4jStatus()).running) shutdown.add(async () => void (await stopNeo4j({ log })));
          const neo4j = await startNeo4j({ log });
          log(`Neo4j ${neo4j.alreadyRunning ? 'already running' : 'started'} at ${neo4j.uri}`);
        }
        const [{ startApiServer }, { ensureWebBuilt }, { CorrectionsWriter }] = await Promise.all([
          import('../../api/server'),
          import('../../web/build'),
          import('../../api/corrections'),
        ]);
        await ensureWebBuilt(log);
        const ingestExecutor = openExecutor();
        shutdown.add(() => ingestExecutor.close());
        const corpus = paths.length > 0 ? paths : [path.relative(process.cwd(), SAMPLE_CORPUS) || SAMPLE_CORPUS];
        await runIngest(ingestExecutor, corpus, { prune: true, rebuild: options.rebuild });
        // Corrections ingest the corpus again: they keep the ingest's executor, with its retries.
        const corrections = options.allowCorrections ? new CorrectionsWriter(ingestExecutor, corpus) : undefined;
        if (corrections) log(`the API may write corrections into ${corrections.file}`);
        // The API answers people: when Neo4j is away it says so at once rather than retrying for seconds.
        const executor = openExecutor({ failFast: true });
        shutdown.add(() => executor.close());
        const server = await startApiServer({ executor, host: options.host, port: Number(options.port), log, graphiql: options.graphiql ? undefined : false, corrections });
        shutdown.add(() => server.close());
        process.stdout.write(`talkgraph is ready: ${server.url} (GraphQL at ${server.url}graphql, IDE at ${server.url}graphiql)\n`);
      } catch (error) {
        await shutdown.undo();
        throw error;
      }
    });
}
