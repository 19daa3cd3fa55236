import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseError, openExecutor, type QueryEvent } from '../db/executor';
import { ensureSchema, FULLTEXT_INDEX, FULLTEXT_INDEX_CJK } from '../db/schema';
import { NODE_LABELS } from '../graph/model';
import { clearDatabase, testExecutor } from './support/db';
import { freePort } from './support/ports';

const executor = testExecutor();

afterAll(async () => {
  await clearDatabase(executor);
  await executor.close();
});

beforeEach(async () => {
  await clearDatabase(executor);
});

describe('executor against a real Neo4j', () => {
  it('writes through Bolt and reads back plain JavaScript values', async () => {
    await executor.write(
      'CREATE (:Event {id: $id, key: $key, name: $name, year: $year, aliases: $aliases, startDate: date($day)})',
      { id: 'Event:kubecon-eu-2022', key: 'kubecon-eu-2022', name: 'KubeCon + CloudNativeCon Europe 2022', year: 2022, aliases: ['KubeCon EU 2022'], day: '2022-05-16' },
    );
    const rows = await executor.read('MATCH (e:Event {id: $id}) RETURN e, e.year AS year, e.startDate AS startDate, count(*) AS n', {
      id: 'Event:kubecon-eu-2022',
    });
    expect(rows).toEqual([
      {
        e: {
          id: 'Event:kubecon-eu-2022',
          key: 'kubecon-eu-2022',
          name: 'KubeCon + CloudNativeCon Europe 2022',
          year: 2022,
          aliases: ['KubeCon EU 2022'],
          startDate: '2022-05-16',
        },
        year: 2022,
        startDate: '2022-05-16',
        n: 1,
      },
    ]);
    expect(typeof rows[0].year).toBe('number');
  });

  it('rolls back a write transaction whose work throws', async () => {
    await expect(
      executor.writeTransaction(async (tx) => {
        await tx.run("CREATE (:Topic {id: 'Topic:gitops', key: 'gitops', name: 'GitOps'})");
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await executor.read('MATCH (t:Topic) RETURN t.id AS id')).toEqual([]);
  });

  it('runs several queries in one transaction and reports each to query listeners', async () => {
    const seen: QueryEvent[] = [];
    const stop = executor.onQuery((event) => seen.push(event));
    const count = await executor.writeTransaction(async (tx) => {
      await tx.run("CREATE (:Topic {id: 'Topic:ebpf', key: 'ebpf', name: 'eBPF'})");
      const [row] = await tx.run<{ n: number }>('MATCH (t:Topic) RETURN count(t) AS n');
      return row.n;
    });
    stop();
    await executor.read('RETURN 1 AS one');
    expect(count).toBe(1);
    expect(seen.map((event) => [event.mode, event.cypher, event.rows])).toEqual([
      ['write', "CREATE (:Topic {id: 'Topic:ebpf', key: 'ebpf', name: 'eBPF'})", 0],
      ['write', 'MATCH (t:Topic) RETURN count(t) AS n', 1],
    ]);
  });

  it('stops a transaction that runs past its time limit with a clear error', async () => {
    const slow = executor.read('UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n', {}, { timeoutMs: 300 });
    await expect(slow).rejects.toBeInstanceOf(DatabaseError);
    await expect(slow).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('ensureSchema', () => {
  it('creates the uniqueness constraints, full-text and range indexes, and is idempotent', async () => {
    await ensureSchema(executor);
    await ensureSchema(executor);

    const constraints = await executor.read<{ labels: string[]; properties: string[]; type: string }>(
      'SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type',
    );
    const unique = constraints.filter((c) => c.type === 'UNIQUENESS').map((c) => `${c.labels[0]}.${c.properties[0]}`);
    for (const label of NODE_LABELS) expect(unique).toEqual(expect.arrayContaining([`${label}.id`, `${label}.key`]));

    const indexes = await executor.read<{ name: string; type: string; state: string; labels: string[]; properties: string[]; analyzer: string | null }>(
      "SHOW INDEXES YIELD name, type, state, labelsOrTypes AS labels, properties, options RETURN name, type, state, labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    const byName = new Map(indexes.map((index) => [index.name, index]));
    expect(byName.get(FULLTEXT_INDEX)).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', analyzer: 'standard-no-stop-words', properties: ['name', 'searchText', 'abstract'] });
    expect(byName.get(FULLTEXT_INDEX_CJK)).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', analyzer: 'cjk' });
    expect(byName.get(FULLTEXT_INDEX)?.labels.sort()).toEqual(['Event', 'Organization', 'Person', 'Project', 'Talk', 'Topic']);
    expect(indexes.some((index) => index.type === 'RANGE' && index.labels[0] === 'Talk' && index.properties[0] === 'day')).toBe(true);
    expect(indexes.some((index) => index.type === 'RANGE' && index.labels[0] === 'Event' && index.properties[0] === 'year')).toBe(true);
  });

  it('puts back what is missing even when everything else is there', async () => {
    await ensureSchema(executor);
    await executor.write('DROP INDEX talk_day');
    await ensureSchema(executor);
    const [index] = await executor.read<{ state: string }>("SHOW INDEXES YIELD name, state WHERE name = 'talk_day' RETURN state");
    expect(index).toEqual({ state: 'ONLINE' });
  });

  it('rejects a second node with the same id, as a constraint error', async () => {
    await ensureSchema(executor);
    const create = "CREATE (:Person {id: 'Person:benjamin-huo', key: $key, name: 'Benjamin Huo'})";
    await executor.write(create, { key: 'benjamin-huo' });
    await expect(executor.write(create, { key: 'benjamin-huo-2' })).rejects.toMatchObject({ kind: 'constraint' });
  });

  it('finds part of a Chinese name through the cjk full-text index', async () => {
    await ensureSchema(executor);
    await executor.write(
      "CREATE (:Organization {id: 'Organization:ant-group', key: 'ant-group', name: 'Ant Group', searchText: 'Ant Group\n蚂蚁集团'})",
    );
    const found = await executor.read(`CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX_CJK}', $q) YIELD node RETURN node.id AS id`, {
      q: '蚂蚁',
    });
    expect(found).toEqual([{ id: 'Organization:ant-group' }]);
  });
});

describe('errors', () => {
  it('names the URI and how to start the local server when nothing answers', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const unreachable = openExecutor({ uri });
    try {
      const error = await unreachable.read('RETURN 1').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as DatabaseError).kind).toBe('unreachable');
      expect((error as DatabaseError).message).toContain(uri);
    } finally {
      await unreachable.close();
    }
  });
});
