// The error codes clients see, and the one place where failures become them.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseError, type DatabaseErrorKind } from '../db/executor';
import { isFullTextIndexMissing, isTooManyClauses } from '../db/errors';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** One client has too many requests waiting (HTTP 429). */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What a client whose line of waiting requests is full is told, over HTTP (429) or in a GraphQL error. */
export const TOO_MANY_WAITING = 'This client has too many requests waiting; try again shortly.';

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName } });
}

/** A write the server was not started to allow. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * An argument that names no entity: NOT_FOUND with the nearest entities (`extensions.suggestions`, each `{id, name}`),
 * so a client can offer them rather than show an empty list.
 */
export function noMatch(label: string, value: string, argumentName: string, nearest: readonly { id: string; name: string }[]): GraphQLError {
  const suggestions = nearest.map(({ id, name }) => ({ id, name }));
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `${s.name} (${s.id})`).join(', ')}?` : ' Nothing has a similar name.';
  return new GraphQLError(`No ${label} has the id, key, name or alias "${value}" (${argumentName}).${hint}`, {
    extensions: { code: ErrorCode.NOT_FOUND, argumentName, suggestions },
  });
}

export function notFound(id: string): GraphQLError {
  return new GraphQLError(`No entity has the id "${id}".`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}

// Failures of Neo4j itself (down, unreachable, refusing us, too slow), as opposed to a bug in a query.
const UNAVAILABLE: ReadonlySet<DatabaseErrorKind> = new Set(['unreachable', 'unauthorized', 'database-not-found', 'timeout', 'cancelled']);

const UNAVAILABLE_MESSAGES: Partial<Record<DatabaseErrorKind, string>> = {
  timeout: 'The database did not answer in time and the query was stopped; ask for less (depth, limit, first) or try again.',
  // Only a request whose time budget ran out still has a client to read this: one that went away gets no answer.
  cancelled: "The request used up its database time and its queries were stopped; ask for less (depth, limit, first) or try again.",
};

function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof DatabaseError && UNAVAILABLE.has(error.kind);
}

/**
 * Apollo's formatError: keeps GraphQL's own errors and ours (they carry a code), turns database outages into
 * DATABASE_UNAVAILABLE and anything else into a bare INTERNAL_SERVER_ERROR, logged here and never sent with details.
 */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown, log: (message: string) => void = console.error): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { locations, path } = formatted;
  const coded = (message: string, code: ErrorCode): GraphQLFormattedError => ({ message, locations, path, extensions: { code } });
  if (original instanceof GraphQLError) return withoutStack(formatted);
  if (isDatabaseUnavailable(original)) {
    return coded(UNAVAILABLE_MESSAGES[(original as DatabaseError).kind] ?? 'The database is unavailable; try again later.', ErrorCode.DATABASE_UNAVAILABLE);
  }
  if (isTooManyClauses(original)) {
    return coded('The search text has too many words for the full-text index; search for fewer words.', ErrorCode.BAD_USER_INPUT);
  }
  if (isFullTextIndexMissing(original)) {
    return coded('Search is being rebuilt: a first ingest builds its full-text indexes when it ends; try again then.', ErrorCode.DATABASE_UNAVAILABLE);
  }
  const code = formatted.extensions?.code;
  if (code !== undefined && code !== ErrorCode.INTERNAL_SERVER_ERROR) return withoutStack(formatted);
  log(`talkgraph api: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
  return coded('Internal server error.', ErrorCode.INTERNAL_SERVER_ERROR);
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
