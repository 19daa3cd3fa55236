// The Apollo server: schema, resolvers, limits and error formatting; transport-free so tests can execute on it.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Executor } from '../neo4j/executor';
import type { ApiContext } from './context';
import type { GraphReader } from './data/cypher';
import { GraphData } from './data/graph-data';
import { formatApiError } from './errors';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { costLimitRule } from './validation/cost-limit';
import { depthLimitRule } from './validation/depth-limit';

/** How long one database query may run before Neo4j stops it. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

export interface ApolloOptions {
  plugins?: ApolloServerPlugin<ApiContext>[];
  log?: (message: string) => void;
}

/**
 * Answers are never cacheable, as Apollo's cache-control plugin said for every answer (no field has cache hints); that
 * plugin is off, since it wrapped every resolver of every request to work out just that.
 */
const noStore: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export function createApolloServer(options: ApolloOptions = {}): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    // The commands that serve stop the API themselves on Ctrl-C, then what they started (Apollo's handler re-raised the
    // signal and ended the process before `start` could stop its Neo4j).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(), costLimitRule()],
    formatError: (formatted, error) => formatApiError(formatted, error, options.log),
    plugins: [ApolloServerPluginCacheControlDisabled(), noStore, ...(options.plugins ?? [])],
  });
}

/** Every query of a request in its own read transaction, bounded in time. */
export function graphReader(executor: Executor, timeoutMs = DEFAULT_QUERY_TIMEOUT_MS): GraphReader {
  return { run: (query) => executor.read(query.cypher, query.params, { timeoutMs }) };
}

/** A fresh context per request: batches and caches must not outlive it. */
export function requestContext(executor: Executor, timeoutMs = DEFAULT_QUERY_TIMEOUT_MS): ApiContext {
  return { data: new GraphData(graphReader(executor, timeoutMs)) };
}
