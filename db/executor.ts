// All database I/O of talkgraph: one driver per process, a session per unit of work, managed transactions.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { LOCAL_NEO4J_USER, readLocalPassword } from '../neo4j/local-password';
import { DEFAULT_NEO4J_PORT, localNeo4jUri, neo4jServerFiles } from '../neo4j/server-config';
import { DatabaseError, toDatabaseError, type DatabaseTarget } from './errors';
import { toPlainValue } from './values';

export { DatabaseError, type DatabaseErrorKind } from './errors';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface TransactionOptions {
  /** The server stops the transaction after this long. */
  timeoutMs?: number;
  /** Stops the work when aborted: the session is closed, which resets its connection and ends the transaction on the server. */
  signal?: AbortSignal;
}

/** A transaction handed to a unit of work; every query it runs is observed and returns plain rows. */
export interface Transaction {
  run<R extends Row = Row>(cypher: string, params?: Params): Promise<R[]>;
}

export type AccessMode = 'read' | 'write';

/** One query that reached the database (retried units of work report each attempt). */
export interface QueryEvent {
  cypher: string;
  params: Params;
  mode: AccessMode;
  rows: number;
  durationMs: number;
}

export type QueryListener = (event: QueryEvent) => void;

export interface Executor {
  /** The Bolt URI this executor talks to. */
  readonly uri: string;
  read<R extends Row = Row>(cypher: string, params?: Params, options?: TransactionOptions): Promise<R[]>;
  write<R extends Row = Row>(cypher: string, params?: Params, options?: TransactionOptions): Promise<R[]>;
  /** Runs the work in one read transaction, retried as a whole on transient errors. */
  readTransaction<T>(work: (tx: Transaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Runs the work in one write transaction, retried as a whole on transient errors. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Calls the listener for every query run from now on; returns the function that stops it. */
  onQuery(listener: QueryListener): () => void;
  /** Resolves when the server answers; rejects with a DatabaseError saying what to do otherwise. */
  verifyConnectivity(): Promise<void>;
  close(): Promise<void>;
}

export interface ExecutorConfig {
  uri?: string;
  user?: string;
  password?: string;
  /** The database to use; the server's default when unset. */
  database?: string;
  /**
   * For a server answering people: a 1 s connection timeout and no retries of failed transactions (a single read is
   * one auto-commit transaction, any other unit of work one explicit transaction), so a request fails at once when
   * Neo4j is away instead of after the driver's retry window.
   */
  failFast?: boolean;
}

/**
 * NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, else the local server on TALKGRAPH_NEO4J_PORT (7687) with
 * the password `db start` keeps beside TALKGRAPH_DATA_DIR (NEO4J_USER and NEO4J_PASSWORD still win when set).
 */
export function executorConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ExecutorConfig {
  const database = env.NEO4J_DATABASE || undefined;
  if (env.NEO4J_URI) {
    return { uri: env.NEO4J_URI, user: env.NEO4J_USER || undefined, password: env.NEO4J_PASSWORD || undefined, database };
  }
  return {
    uri: localNeo4jUri(Number(env.TALKGRAPH_NEO4J_PORT || DEFAULT_NEO4J_PORT)),
    user: env.NEO4J_USER || LOCAL_NEO4J_USER,
    password: env.NEO4J_PASSWORD || readLocalPassword(neo4jServerFiles(undefined, env).passwordFile),
    database,
  };
}

interface SharedDriver {
  driver: Driver;
  users: number;
  // Checked once per driver so an unreachable server fails at once instead of after the driver's retry window.
  connectivity?: Promise<void>;
}

const drivers = new Map<string, SharedDriver>();

const FAIL_FAST_CONNECTION_TIMEOUT_MS = 1_000;

/** Opens an executor; executors with the same URI and user share one driver, closed when the last one closes. */
export function openExecutor(config: ExecutorConfig = {}): Executor {
  const fromEnv = executorConfigFromEnv();
  const uri = config.uri ?? fromEnv.uri!;
  const user = config.uri ? config.user : (config.user ?? fromEnv.user);
  const password = config.uri ? config.password : (config.password ?? fromEnv.password);
  const database = config.database ?? fromEnv.database;
  // Only the server `talkgraph db start` manages gets the advice to start it.
  const target: DatabaseTarget = { uri, database, local: !process.env.NEO4J_URI && (config.uri === undefined || isLoopback(uri)) };

  const failFast = config.failFast ?? false;
  const driverKey = `${uri}\0${user ?? ''}\0${failFast}`;
  let shared = drivers.get(driverKey);
  if (!shared) {
    shared = {
      driver: neo4j.driver(uri, user ? neo4j.auth.basic(user, password ?? '') : undefined, {
        disableLosslessIntegers: true,
        maxTransactionRetryTime: 15_000,
        connectionTimeout: failFast ? FAIL_FAST_CONNECTION_TIMEOUT_MS : 10_000,
        userAgent: 'talkgraph',
      }),
      users: 0,
    };
    drivers.set(driverKey, shared);
  }
  shared.users += 1;
  const driverOf = shared;
  const listeners = new Set<QueryListener>();
  let closed = false;

  const ensureConnected = (): Promise<void> => {
    driverOf.connectivity ??= driverOf.driver.verifyConnectivity({ database }).then(
      () => undefined,
      (error: unknown) => {
        driverOf.connectivity = undefined;
        throw toDatabaseError(error, target);
      },
    );
    return driverOf.connectivity;
  };

  const observed = (tx: Pick<ManagedTransaction, 'run'>, mode: AccessMode): Transaction => ({
    async run<R extends Row = Row>(cypher: string, params: Params = {}): Promise<R[]> {
      const started = performance.now();
      const result = await tx.run(cypher, params);
      const rows = result.records.map((record) => toPlainValue(record.toObject()) as R);
      const event: QueryEvent = { cypher, params, mode, rows: rows.length, durationMs: performance.now() - started };
      for (const listener of listeners) listener(event);
      return rows;
    },
  });

  const unitOfWork = async <T>(
    mode: AccessMode,
    work: (tx: Transaction) => Promise<T>,
    options: TransactionOptions = {},
    oneRead = false,
  ): Promise<T> => {
    if (closed) throw new DatabaseError('the database connection is already closed', 'other');
    const { signal } = options;
    if (signal?.aborted) throw cancelled();
    await ensureConnected();
    const session: Session = driverOf.driver.session({
      database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs };
    // As the driver's own executeQuery does with its signal: closing the session ends what it runs.
    const stop = (): void => void session.close();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      // One read, fail-fast: an auto-commit transaction, one round trip where an explicit one takes two (BEGIN and
      // RUN, then COMMIT). Nothing to retry or roll back either way.
      if (failFast && oneRead) return await work(observed({ run: (cypher, params) => session.run(cypher, params, config) }, mode));
      if (failFast) return await once(session, (tx) => work(observed(tx, mode)), config);
      return mode === 'read'
        ? await session.executeRead((tx) => work(observed(tx, mode)), config)
        : await session.executeWrite((tx) => work(observed(tx, mode)), config);
    } catch (error) {
      throw signal?.aborted ? cancelled(error) : toDatabaseError(error, target);
    } finally {
      signal?.removeEventListener('abort', stop);
      await session.close();
    }
  };

  return {
    uri,
    read: (cypher, params, options) => unitOfWork('read', (tx) => tx.run(cypher, params), options, true),
    write: (cypher, params, options) => unitOfWork('write', (tx) => tx.run(cypher, params), options),
    readTransaction: (work, options) => unitOfWork('read', work, options),
    writeTransaction: (work, options) => unitOfWork('write', work, options),
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    verifyConnectivity: ensureConnected,
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      driverOf.users -= 1;
      if (driverOf.users === 0) {
        drivers.delete(driverKey);
        await driverOf.driver.close();
      }
    },
  };
}

/**
 * The work in one explicit transaction, not retried: the driver's managed transactions retry a failure once after about
 * a second even with no retry time, and a fail-fast caller wants the failure now.
 */
async function once<T>(session: Session, work: (tx: Pick<ManagedTransaction, 'run'>) => Promise<T>, config?: { timeout: number }): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

function cancelled(cause?: unknown): DatabaseError {
  return new DatabaseError('the work was cancelled and its transaction ended', 'cancelled', undefined, { cause });
}

function isLoopback(uri: string): boolean {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(uri).hostname);
  } catch {
    return false;
  }
}
