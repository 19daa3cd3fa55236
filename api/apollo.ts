// The Apollo server: schema, resolvers, limits and error formatting; transport-free so tests can execute on it.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Executor } from '../db/executor';
import type { ApiContext } from './context';
import type { CorrectionsWriter } from './corrections';
import type { GraphReader } from './queries/cypher';
import { GraphData } from './resolvers/graph-data';
import { ErrorCode, formatApiError } from './errors';
import type { Admission } from './http/cost-shares';
import type { RequestBounds } from './http/request-bounds';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { limitRules, MAX_QUERY_TOKENS } from './validation';

/** How long one database query may run before Neo4j stops it. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

/** How long all the database work of one request may take, its queries one after another or side by side. */
export const DEFAULT_REQUEST_BUDGET_MS = 15_000;

export interface ApolloOptions {
  plugins?: ApolloServerPlugin<ApiContext>[];
  log?: (message: string) => void;
  /** Whether clients may ask for the schema (GraphiQL needs it); on unless turned off. */
  introspection?: boolean;
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
        // The answer is not the client's fault, and retrying later may work: say so in the status too.
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        }
      },
    };
  },
};

export function createApolloServer(options: ApolloOptions = {}): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection ?? true,
    // The commands that serve stop the API themselves on Ctrl-C, then what they started (Apollo's handler re-raised the
    // signal and ended the process before `start` could stop its Neo4j).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: limitRules(),
    // A document this long is not one a person or the explorer writes; refused before it is even parsed in full.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    formatError: (formatted, error) => formatApiError(formatted, error, options.log),
    plugins: [ApolloServerPluginCacheControlDisabled(), noStore, ...(options.plugins ?? [])],
  });
}

/**
 * Every query of a request in its own read transaction, bounded in time: by the query timeout and, when the request
 * has bounds, by what is left of its budget; all of them end when its signal aborts.
 */
export function graphReader(executor: Executor, timeoutMs = DEFAULT_QUERY_TIMEOUT_MS, bounds?: RequestBounds): GraphReader {
  return {
    run: (query) => {
      const left = bounds?.deadline === undefined ? timeoutMs : Math.min(timeoutMs, bounds.deadline - Date.now());
      return executor.read(query.cypher, query.params, { timeoutMs: Math.max(1, left), signal: bounds?.signal });
    },
  };
}

/** A fresh context per request: batches and caches must not outlive it. */
export function requestContext(
  executor: Executor,
  timeoutMs = DEFAULT_QUERY_TIMEOUT_MS,
  bounds?: RequestBounds,
  corrections?: CorrectionsWriter,
  admission?: Admission,
): ApiContext {
  return { data: new GraphData(graphReader(executor, timeoutMs, bounds)), ...(corrections ? { corrections } : {}), ...(admission ? { admission } : {}) };
}
