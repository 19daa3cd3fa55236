// `talkgraph serve`: the GraphQL API, the explorer and the GraphQL IDE on one local HTTP server.
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../api/address';
import { openExecutor } from '../../neo4j/executor';
import { stopOnSignals } from '../shutdown';

interface ServeOptions {
  host: string;
  port: number;
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
    .action(async (options: ServeOptions) => {
      const log = (line: string): void => {
        process.stderr.write(`${line}\n`);
      };
      // Loaded here, not at start-up: the other commands never need Apollo or the web build.
      const [{ startApiServer }, { ensureWebBuilt }] = await Promise.all([import('../../api/server'), import('../../web/build')]);
      await ensureWebBuilt(log);
      const shutdown = stopOnSignals(log);
      const executor = openExecutor();
      shutdown.add(() => executor.close());
      await executor.verifyConnectivity();
      const server = await startApiServer({ executor, host: options.host, port: options.port, log });
      shutdown.add(() => server.close());
      process.stdout.write(`talkgraph is serving ${server.url} (GraphQL at ${server.url}graphql, IDE at ${server.url}graphiql)\n`);
    });
}
