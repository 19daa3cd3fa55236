// Neo4j and driver errors mapped, in one place, to one-line messages a user can act on, and the one place that reads
// Neo4j's error text to tell what went wrong (callers ask these functions, never match messages themselves).
import { Neo4jError } from 'neo4j-driver';

export type DatabaseErrorKind =
  | 'unreachable'
  | 'unauthorized'
  | 'database-not-found'
  | 'constraint'
  | 'timeout'
  | 'syntax'
  /** Stopped by its caller (a client gone, a request's time budget spent). */
  | 'cancelled'
  | 'other';

export class DatabaseError extends Error {
  override name = 'DatabaseError';

  constructor(
    message: string,
    readonly kind: DatabaseErrorKind,
    /** Neo4j's status code (e.g. Neo.ClientError.Schema.ConstraintValidationFailed), when the error came from it. */
    readonly neo4jCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Where the executor talks to, so messages can say what to do about it. */
export interface DatabaseTarget {
  uri: string;
  database?: string;
  /** True for the server `talkgraph db start` manages; false when NEO4J_URI points elsewhere. */
  local: boolean;
}

export function toDatabaseError(error: unknown, target: DatabaseTarget): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = error instanceof Neo4jError ? error.code : undefined;
  const detail = firstLine(error instanceof Error ? error.message : String(error));
  const make = (kind: DatabaseErrorKind, message: string): DatabaseError =>
    new DatabaseError(message, kind, code && code.startsWith('Neo.') ? code : undefined, { cause: error });

  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH/.test(detail)) {
    return make(
      'unreachable',
      target.local
        ? `cannot reach Neo4j at ${target.uri}: start the local server with \`npx talkgraph db start\``
        : `cannot reach Neo4j at ${target.uri} (NEO4J_URI): check the address and that the server is up`,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return make('unauthorized', `Neo4j at ${target.uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return make('database-not-found', `Neo4j at ${target.uri} has no database "${target.database ?? 'neo4j'}": check NEO4J_DATABASE`);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return make('constraint', `a uniqueness constraint was violated: ${detail}`);
  }
  if (code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
    return make('timeout', `the query ran past its time limit and was stopped: ${detail}`);
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError' || code === 'Neo.ClientError.Statement.ParameterMissing') {
    return make('syntax', `Neo4j rejected a query: ${detail}`);
  }
  return make('other', code ? `Neo4j error ${code}: ${detail}` : `Neo4j error: ${detail}`);
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

/** Whether the error or one of its causes says this. */
function causedBy(error: unknown, pattern: RegExp): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (pattern.test(e.message)) return true;
  }
  return false;
}

/** A transaction that outgrew the server's transaction memory (dbms.memory.transaction.total.max). */
export function isOutOfTransactionMemory(error: unknown): boolean {
  if (causedBy(error, /MemoryPoolOutOfMemoryError|memory pool limit was exceeded|dbms\.memory\.transaction/i)) return true;
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { neo4jCode?: string; code?: string }).neo4jCode?.includes('MemoryPoolOutOfMemoryError')) return true;
    if ((e as { code?: string }).code?.includes('MemoryPoolOutOfMemoryError')) return true;
  }
  return false;
}

/** A query on a full-text index that is not there: a first bulk ingest builds them when it ends. */
export const isFullTextIndexMissing = (error: unknown): boolean => causedBy(error, /no such fulltext schema index/i);

/** A search text that Lucene splits into more clauses than it takes: the text's fault, not the server's. */
export const isTooManyClauses = (error: unknown): boolean => causedBy(error, /TooManyClauses|maxClauseCount/);
