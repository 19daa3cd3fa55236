// A batch that outgrows Neo4j's transaction memory is written in smaller transactions, documents kept whole.
import { describe, expect, it } from 'vitest';
import { loadDocuments, type LoadExecutor } from '../ingest/load';
import { DatabaseError, type Transaction } from '../db/executor';
import { DocumentFixture } from './support/graph-fixtures';

/**
 * An empty database that refuses any transaction holding more than `maxDocuments` documents, or holding the document
 * `tooBig`, as Neo4j does past its limit.
 */
function smallMemoryDatabase(maxDocuments: number, tooBig?: string): { executor: LoadExecutor; committed: string[][] } {
  const committed: string[][] = [];
  const executor = {
    read: async () => [],
    writeTransaction: async <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
      let documents: string[] = [];
      const tx = {
        run: async (cypher: string, params: Record<string, unknown> = {}) => {
          if (cypher.includes('MATCH (d:Document {key: path})')) documents = params.paths as string[];
          return [];
        },
      } as unknown as Transaction;
      const result = await work(tx);
      if (documents.length > maxDocuments || (tooBig !== undefined && documents.includes(tooBig))) {
        throw new Error('Neo.TransientError.General.MemoryPoolOutOfMemoryError: dbms.memory.transaction.total.max threshold reached');
      }
      committed.push(documents);
      return result;
    },
  } as unknown as LoadExecutor;
  return { executor, committed };
}

const documents = Array.from({ length: 5 }, (_, i) => {
  const doc = new DocumentFixture(`notes/${i}.md`);
  const person = doc.person(`person-${i}`, `Person ${i}`);
  const talk = doc.talk(`talk-${i}@kubecon-eu-2024`, `Talk ${i}`);
  doc.relate('PRESENTED', person, talk);
  return doc.build();
});

describe('loading within transaction memory', () => {
  it('splits a batch that is too big for one transaction, never a document', async () => {
    const { executor, committed } = smallMemoryDatabase(2);
    const summary = await loadDocuments(executor, documents);
    expect(summary.documents).toBe(5);
    expect(committed.flat().sort()).toEqual(documents.map((d) => d.document.path).sort());
    expect(committed.every((paths) => paths.length <= 2)).toBe(true);
  });

  it('sets aside a document too big for one transaction alone, naming it, and writes every other', async () => {
    const { executor, committed } = smallMemoryDatabase(2, 'notes/2.md');
    const summary = await loadDocuments(executor, documents);
    expect(summary.setAside).toEqual([{ path: 'notes/2.md', reason: expect.stringMatching(/too big to write in one transaction/) }]);
    expect(summary.documents).toBe(4);
    expect(committed.flat().sort()).toEqual(['notes/0.md', 'notes/1.md', 'notes/3.md', 'notes/4.md']);
  });
});

describe('losing the server mid-load', () => {
  it('stops at once, blaming no document', async () => {
    let transactions = 0;
    const executor = {
      read: async () => [],
      writeTransaction: async () => {
        transactions += 1;
        throw new DatabaseError('cannot reach Neo4j at bolt://127.0.0.1:7687', 'unreachable');
      },
    } as unknown as LoadExecutor;
    const failure = await loadDocuments(executor, documents).catch((error: unknown) => error);
    expect(failure).toMatchObject({ message: expect.stringMatching(/^lost the connection to Neo4j/), paths: [] });
    expect(transactions).toBe(1);
  });

  it('says so in a bulk load too, though the indexes and counts left for its end cannot be written either', async () => {
    let down = false;
    const unreachable = (): never => {
      down = true;
      throw new DatabaseError('cannot reach Neo4j at bolt://127.0.0.1:7687', 'unreachable');
    };
    const executor = {
      read: async () => [],
      write: async () => (down ? unreachable() : []),
      writeTransaction: async () => unreachable(),
    } as unknown as LoadExecutor;
    await expect(loadDocuments(executor, documents, { bulk: true })).rejects.toThrow(/^lost the connection to Neo4j/);
  });
});

