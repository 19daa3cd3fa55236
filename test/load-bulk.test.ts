// A first load of many documents builds search (the full-text indexes) once, at its end; other loads keep it up.
import { describe, expect, it } from 'vitest';
import { BULK_LOAD_DOCUMENTS, loadDocuments, type LoadExecutor } from '../ingest/load';
import type { Transaction } from '../db/executor';
import { FULLTEXT_INDEXES } from '../db/schema';
import { DocumentFixture } from './support/graph-fixtures';

/** A database holding `talks` Talk nodes, recording each schema statement and each write transaction in order. */
function database(talks: number, failWrites = false): { executor: LoadExecutor; log: string[]; reads: string[] } {
  const log: string[] = [];
  const executor = {
    read: async (cypher: string) => {
      if (cypher.includes('count(n) AS count')) return [{ label: 'Talk', count: talks }];
      return [];
    },
    write: async (cypher: string) => {
      log.push(cypher.split(' ').slice(0, 4).join(' '));
      return [];
    },
    writeTransaction: async <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
      if (failWrites) throw new Error('Neo.ClientError.Statement.TypeError: cannot store a map');
      log.push('batch');
      return work({
        run: async (cypher: string) => {
          if (/RETURN .*documentCount/.test(cypher)) reads.push(cypher);
          return [];
        },
      } as unknown as Transaction);
    },
  } as unknown as LoadExecutor;
  const reads: string[] = [];
  return { executor, log, reads };
}

const documents = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const doc = new DocumentFixture(`notes/${i}.md`);
    doc.relate('PRESENTED', doc.person(`person-${i}`, `Person ${i}`), doc.talk(`talk-${i}@kubecon-eu-2024`, `Talk ${i}`));
    return doc.build();
  });

describe('full-text indexes in a load', () => {
  it('are dropped before a first load of many documents and built again after its last batch', async () => {
    const { executor, log } = database(0);
    await loadDocuments(executor, documents(BULK_LOAD_DOCUMENTS), { batchSize: 200 });
    const drops = FULLTEXT_INDEXES.map((name) => `DROP INDEX ${name} IF`);
    expect(log.slice(0, 2)).toEqual(drops);
    const lastBatch = log.lastIndexOf('batch');
    expect(log.filter((line) => line === 'batch').length).toBeGreaterThan(1);
    expect(log.slice(lastBatch + 1).filter((line) => line.startsWith('CREATE FULLTEXT INDEX'))).toHaveLength(FULLTEXT_INDEXES.length);
    expect(log.at(-1)).toBe('CALL db.awaitIndexes($seconds)');
  });

  it('leave a first load of many documents to its own record of what it wrote: no batch reads counts back', async () => {
    const bulk = database(0);
    await loadDocuments(bulk.executor, documents(BULK_LOAD_DOCUMENTS), { batchSize: 200 });
    expect(bulk.reads).toEqual([]);
    const filled = database(1);
    await loadDocuments(filled.executor, documents(BULK_LOAD_DOCUMENTS), { batchSize: 200 });
    expect(filled.reads.length).toBeGreaterThan(0);
  });

  it('are built again when the load fails', async () => {
    const { executor, log } = database(0, true);
    await expect(loadDocuments(executor, documents(BULK_LOAD_DOCUMENTS))).rejects.toThrow(/cannot store a map/);
    expect(log.filter((line) => line.startsWith('CREATE FULLTEXT INDEX'))).toHaveLength(FULLTEXT_INDEXES.length);
  });

  it('stay in place for a graph that holds something, or a load of a few documents', async () => {
    for (const [talks, count] of [
      [1, BULK_LOAD_DOCUMENTS],
      [0, BULK_LOAD_DOCUMENTS - 1],
    ]) {
      const { executor, log } = database(talks);
      await loadDocuments(executor, documents(count));
      expect(log.every((line) => line === 'batch')).toBe(true);
    }
  });
});
