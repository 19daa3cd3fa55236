// The HTTP server: GraphQL at /graphql, the GraphQL IDE at /graphiql, the explorer (web/dist) at /.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { DatabaseError, type Executor } from '../db/executor';
import { ensureSchema } from '../db/schema';
import type { CorrectionsWriter } from './corrections';
import { createApolloServer, DEFAULT_QUERY_TIMEOUT_MS, DEFAULT_REQUEST_BUDGET_MS, requestContext } from './apollo';
import { ClientTurns, DEFAULT_CLIENT_CONCURRENCY } from './http/client-turns';
import { DEFAULT_MAX_RUNNING, ServerTurns } from './http/server-turns';
import { costSharePlugin, DEFAULT_CLIENT_COST_SHARE, type Admission } from './http/cost-shares';
import { ErrorCode, TOO_MANY_WAITING } from './errors';
import { boundRequest } from './http/request-bounds';
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
  /** How long all the database work of one request may take; defaults to 15 s. */
  requestBudgetMs?: number;
  /** GraphQL requests one client (address) may have running at once; defaults to TALKGRAPH_CLIENT_CONCURRENCY, else 4. */
  clientConcurrency?: number;
  /** The estimated cost one client's running requests may add up to (one alone always runs); defaults to the cost limit. */
  clientCostShare?: number;
  /** GraphQL requests of all clients running at once, the rest waiting in rotation; defaults to TALKGRAPH_MAX_RUNNING, else 4 per core. */
  maxRunning?: number;
  /** GraphiQL at /graphiql and introspection; on unless TALKGRAPH_GRAPHIQL=off. */
  graphiql?: boolean;
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
  const budgetMs = options.requestBudgetMs ?? DEFAULT_REQUEST_BUDGET_MS;
  const turns = new ClientTurns(
    options.clientConcurrency ?? (Number(process.env.TALKGRAPH_CLIENT_CONCURRENCY) || DEFAULT_CLIENT_CONCURRENCY),
  );
  const log = options.log ?? ((message: string) => console.error(message));

  const graphiql = options.graphiql ?? process.env.TALKGRAPH_GRAPHIQL !== 'off';
  if (!isLoopback(host)) {
    log(
      `talkgraph: warning: listening on ${host}, not on a loopback address: anyone who can reach this machine can query the graph` +
        (graphiql ? ' and use GraphiQL (TALKGRAPH_GRAPHIQL=off turns it and introspection off)' : ''),
    );
  }

  await ensureSchema(executor);

  const httpServer = createServer();
  const shares = new ClientTurns(options.clientCostShare ?? DEFAULT_CLIENT_COST_SHARE);
  const serverTurns = new ServerTurns(options.maxRunning ?? (Number(process.env.TALKGRAPH_MAX_RUNNING) || DEFAULT_MAX_RUNNING));
  const apollo = createApolloServer({ plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), costSharePlugin(shares, serverTurns)], log, introspection: graphiql });
  await apollo.start();

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/graphql') {
      const arrivedAt = performance.now();
      const bounded = boundRequest(request, response);
      const client = request.socket.remoteAddress ?? '';
      const turn = await turns.take(client, bounded.bounds.signal);
      if (turn === 'full') {
        response.setHeader('retry-after', '1');
        sendJson(response, 429, { errors: [{ message: TOO_MANY_WAITING, extensions: { code: ErrorCode.TOO_MANY_REQUESTS } }] });
      }
      if (typeof turn !== 'function') return bounded.done();
      // Its share, weighed by the operation's estimated cost, is taken once the operation is validated; the time
      // budget starts then.
      const admission: Admission = { client, signal: bounded.bounds.signal, startBudget: () => bounded.startBudget(budgetMs), arrivedAt };
      try {
        await handleGraphQL(apollo, async () => requestContext(executor, timeoutMs, bounded.bounds, options.corrections, admission), request, response);
      } finally {
        admission.end?.();
        turn();
        bounded.done();
      }
      return;
    }
    if (pathname === '/health') {
      sendJson(response, 200, { status: 'ok' });
      return;
    }
    if (pathname === '/ready') {
      const reason = await databaseProblem(executor);
      sendJson(response, reason ? 503 : 200, reason ? { ready: false, reason } : { ready: true });
      return;
    }
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    const hidden = !graphiql && (pathname === '/graphiql' || pathname === '/graphiql.html');
    const file = readOnly && !hidden ? await staticFile(webRoot, pathname === '/graphiql' ? '/graphiql.html' : pathname) : undefined;
    if (file) {
      sendFile(response, file, request.method === 'HEAD');
      return;
    }
    const missingBuild = readOnly && !hidden && (pathname === '/' || pathname === '/graphiql');
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

/** Why the database cannot answer now, or undefined when it answers a trivial query within a second or two. */
async function databaseProblem(executor: Executor): Promise<string | undefined> {
  try {
    await executor.read('RETURN 1 AS ready', {}, { timeoutMs: 2_000, signal: AbortSignal.timeout(2_000) });
    return undefined;
  } catch (error) {
    if (error instanceof DatabaseError && error.kind === 'cancelled') return 'Neo4j did not answer within 2 s';
    return error instanceof Error ? error.message : String(error);
  }
}

/** Whether only this machine can reach the address. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
