// `talkgraph serve`: the GraphQL API, the explorer and the GraphQL IDE on one local HTTP server.
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../api/address';
import { openExecutor } from '../../db/executor';
import { stopOnSignals } from '../shutdown';

interface ServeOptions {
  host: string;
  port: number;
  graphiql: boolean;
  allowCorrections?: string;
  corrections?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('use a number from 0 to 65535');
  return port;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (/graphql), the explorer (/) and the GraphQL IDE (/graphiql) over the graph in Neo4j')
    .option('--host <host>', 'address to listen on (env HOST)', process.env.HOST ?? DEFAULT_HOST)
    .option('--port <port>', 'port to listen on, 0 for any free one (env PORT)', parsePort, process.env.PORT ? parsePort(process.env.PORT) : DEFAULT_PORT)
    .option('--no-graphiql', 'no GraphiQL at /graphiql and no introspection (env TALKGRAPH_GRAPHIQL=off)')
    .option('--allow-corrections <folder>', "let the API's addCorrection write the corrections file of the corpus in FOLDER and ingest FOLDER again")
    .option('--corrections <file>', 'with --allow-corrections: the corrections file (default: TALKGRAPH_CORRECTIONS, else talkgraph.corrections.yml in FOLDER)')
    .action(async (options: ServeOptions) => {
      const log = (line: string): void => {
        process.stderr.write(`${line}\n`);
      };
      // Loaded here, not at start-up: the other commands never need Apollo or the web build.
      const [{ startApiServer }, { ensureWebBuilt }, { CorrectionsWriter }] = await Promise.all([
        import('../../api/server'),
        import('../../web/build'),
        import('../../api/corrections'),
      ]);
      await ensureWebBuilt(log);
      const shutdown = stopOnSignals(log);
      const executor = openExecutor({ failFast: true });
      shutdown.add(() => executor.close());
      await executor.verifyConnectivity();
      // Corrections ingest the corpus again: they get an executor of their own, with the ingest's retries.
      const writer = options.allowCorrections ? openExecutor() : undefined;
      if (writer) shutdown.add(() => writer.close());
      const corrections = writer ? new CorrectionsWriter(writer, [options.allowCorrections!], options.corrections) : undefined;
      if (corrections) log(`the API may write corrections into ${corrections.file}`);
      const server = await startApiServer({ executor, host: options.host, port: options.port, log, graphiql: options.graphiql ? undefined : false, corrections });
      shutdown.add(() => server.close());
      process.stdout.write(`talkgraph is serving ${server.url} (GraphQL at ${server.url}graphql, IDE at ${server.url}graphiql)\n`);
    });
}
