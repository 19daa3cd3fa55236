// The database integration tests share: the throwaway Neo4j of test/setup/neo4j.ts, or the one NEO4J_URI names.
import { inject } from 'vitest';
import { openExecutor, type Executor } from '../../db/executor';

/** An executor on the test database; close it in afterAll. */
export function testExecutor(): Executor {
  // NEO4J_URI's user, password and database come from the environment as they would for a user.
  return process.env.NEO4J_URI === inject('neo4jUri') ? openExecutor() : openExecutor({ uri: inject('neo4jUri') });
}

/** Deletes every node and relationship (the schema stays). */
export async function clearDatabase(executor: Pick<Executor, 'write'>): Promise<void> {
  // In batches, so that a large graph does not need one huge transaction.
  for (;;) {
    const [row] = await executor.write<{ deleted: number }>(
      'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    if (row.deleted === 0) return;
  }
}
