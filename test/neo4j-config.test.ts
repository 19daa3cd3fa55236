import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toDatabaseError } from '../db/errors';
import { executorConfigFromEnv } from '../db/executor';
import { neo4jPort, neo4jServerFiles } from '../neo4j/server-config';

const local = { uri: 'bolt://127.0.0.1:7687', local: true };
const remote = { uri: 'neo4j+s://abc.databases.neo4j.io', local: false };

function neo4jError(code: string, message: string): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception');
}

describe('database errors', () => {
  it('tells how to start the local server when it cannot be reached', () => {
    const error = toDatabaseError(neo4jError('ServiceUnavailable', 'Could not perform discovery. ECONNREFUSED'), local);
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe('cannot reach Neo4j at bolt://127.0.0.1:7687: start the local server with `npx talkgraph db start`');
  });

  it('points at NEO4J_URI, not at db start, for a remote server', () => {
    const error = toDatabaseError(neo4jError('ServiceUnavailable', 'connection refused'), remote);
    expect(error.message).toContain('neo4j+s://abc.databases.neo4j.io (NEO4J_URI)');
    expect(error.message).not.toContain('db start');
  });

  it('names the variables to check for bad credentials and a missing database', () => {
    expect(toDatabaseError(neo4jError('Neo.ClientError.Security.Unauthorized', 'auth failed'), remote).message).toContain(
      'NEO4J_USER and NEO4J_PASSWORD',
    );
    const missing = toDatabaseError(neo4jError('Neo.ClientError.Database.DatabaseNotFound', 'no db'), { ...remote, database: 'talks' });
    expect(missing.message).toBe('Neo4j at neo4j+s://abc.databases.neo4j.io has no database "talks": check NEO4J_DATABASE');
  });

  it('keeps other errors to their first line with the Neo4j code', () => {
    const error = toDatabaseError(neo4jError('Neo.ClientError.Statement.TypeError', 'Expected a string\nat line 3'), local);
    expect(error.message).toBe('Neo4j error Neo.ClientError.Statement.TypeError: Expected a string');
    expect(error.neo4jCode).toBe('Neo.ClientError.Statement.TypeError');
  });
});

describe('configuration from the environment', () => {
  it('uses the local server on TALKGRAPH_NEO4J_PORT unless NEO4J_URI is set', () => {
    expect(executorConfigFromEnv({ TALKGRAPH_NEO4J_PORT: '7799' }).uri).toBe('bolt://127.0.0.1:7799');
    expect(executorConfigFromEnv({}).uri).toBe('bolt://127.0.0.1:7687');
    expect(executorConfigFromEnv({ NEO4J_URI: 'neo4j://db:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'talks' })).toEqual({
      uri: 'neo4j://db:7687',
      user: 'neo4j',
      password: 'pw',
      database: 'talks',
    });
  });

  it('rejects a port that is not one', () => {
    expect(neo4jPort(undefined, { TALKGRAPH_NEO4J_PORT: '7700' })).toBe(7700);
    expect(() => neo4jPort(undefined, { TALKGRAPH_NEO4J_PORT: 'seven' })).toThrow('invalid Neo4j port seven');
    expect(() => neo4jPort(70000, {})).toThrow('use a number from 1 to 65535');
  });

  it('keeps the pid file and logs beside the data folder', () => {
    expect(neo4jServerFiles('/srv/tg/neo4j', {})).toEqual({
      dataDir: '/srv/tg/neo4j',
      pidFile: '/srv/tg/neo4j.pid',
      logFile: '/srv/tg/neo4j.log',
      logsDir: '/srv/tg/neo4j-logs',
      passwordFile: '/srv/tg/neo4j.password',
    });
    expect(neo4jServerFiles(undefined, { TALKGRAPH_DATA_DIR: '/data/graph' }).pidFile).toBe('/data/graph.pid');
  });
});
