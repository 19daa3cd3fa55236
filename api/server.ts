// The HTTP server: GraphQL at /graphql, the GraphQL IDE at /graphiql, the explorer (web/dist) at /.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Executor } from '../neo4j/executor';
import { ensureSchema } from '../neo4j/schema';
import type { CorrectionsWriter } from './corrections';
import { createApolloServer, DEFAULT_QUERY_TIMEOUT_MS, requestContext } from './apollo';
import { DEFAULT_HOST, DEFAULT_PORT } from './address';
import { handleGraphQL } from './http/graphql-handler';
import { sendFile, sendJson, staticFile } from './http/static-files';

export { DEFAULT_HOST, DEFAULT_PORT } from './address';
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../web/dist', import.meta.url));

export interface ApiServerOptions {
  executor: Executor;
  /** Defaults to HOST, else 127.0.0.1: nothing outside this machine reaches it unless asked. */
  host?: string;
  /** Defaults to PORT, else 4000; 0 picks a free port. */
  port?: number;
  /** The web build to serve at /; defaults to web/dist. */
  webRoot?: string;
  /** How long one database query may run; defaults to 10 s. */
  queryTimeoutMs?: number;
  log?: (message: string) => void;
  /** Lets the addCorrection mutation write this corpus's corrections file; without it, every write is FORBIDDEN. */
  corrections?: CorrectionsWriter;
}

export interface ApiServer {
  /** The base URL with its trailing slash, e.g. http://127.0.0.1:4000/; GraphQL is at `${url}graphql`. */
  url: string;
  close(): Promise<void>;
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { executor } = options;
  const host = options.host ?? process.env.HOST ?? DEFAULT_HOST;
  const port = options.port ?? (process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT);
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const timeoutMs = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const log = options.log ?? ((message: string) => console.error(message));

  await ensureSchema(executor);

  const httpServer = createServer();
  const apollo = createApolloServer({ plugins: [ApolloServerPluginDrainHttpServer({ httpServer })], log });
  await apollo.start();

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/graphql') {
      await handleGraphQL(apollo, async () => requestContext(executor, timeoutMs, options.corrections), request, response);
      return;
    }
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    const file = readOnly ? await staticFile(webRoot, pathname === '/graphiql' ? '/graphiql.html' : pathname) : undefined;
    if (file) {
      sendFile(response, file, request.method === 'HEAD');
      return;
    }
    const missingBuild = readOnly && (pathname === '/' || pathname === '/graphiql');
    sendJson(response, 404, {
      error: missingBuild ? `The web build is missing: no ${pathname === '/' ? 'index' : 'graphiql'}.html under ${webRoot}.` : 'Not found.',
      path: pathname,
      graphql: '/graphql',
    });
  };
  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    route(request, response).catch((error: unknown) => {
      log(`talkgraph api: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { error: 'Internal server error.' });
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    // Apollo's drain plugin closes the HTTP server and waits for requests in flight.
    close: () => apollo.stop(),
  };
}
