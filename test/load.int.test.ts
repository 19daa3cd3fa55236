import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bulkLoad, type KnownGraph, LoadError, loadDocuments, retractDocuments, storedDocuments } from '../ingest/load';
import type { DocumentGraph } from '../graph/model';
import { ensureSchema, FULLTEXT_INDEX, FULLTEXT_INDEX_CJK } from '../db/schema';
import { DocumentFixture } from './support/graph-fixtures';
import { testExecutor } from './support/db';

// Every key and path here carries this mark, so the test reads and cleans only its own part of the shared database.
const MARK = 'loadtest';
const executor = testExecutor();

beforeAll(async () => {
  await ensureSchema(executor);
});
afterAll(async () => {
  await removeOwnNodes();
  await executor.close();
});
beforeEach(removeOwnNodes);

async function removeOwnNodes(): Promise<void> {
  await executor.write('MATCH (n) WHERE n.id CONTAINS $mark DETACH DELETE n', { mark: MARK });
}

/** Every node and relationship of this test, with all properties, in a stable order. */
async function snapshot() {
  const nodes = await executor.read(
    'MATCH (n) WHERE n.id CONTAINS $mark RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id',
    { mark: MARK },
  );
  const relationships = await executor.read(
    `MATCH (a)-[r]->(b) WHERE a.id CONTAINS $mark
     RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS properties ORDER BY start, type, end, r.role`,
    { mark: MARK },
  );
  return { nodes, relationships };
}

async function node(id: string): Promise<Record<string, unknown> | undefined> {
  const [record] = await executor.read('MATCH (n {id: $id}) RETURN properties(n) AS properties', { id });
  return record?.properties as Record<string, unknown> | undefined;
}

async function relationship(type: string, start: string, end: string): Promise<Record<string, unknown> | undefined> {
  const records = await executor.read('MATCH (a {id: $start})-[r]->(b {id: $end}) WHERE type(r) = $type RETURN properties(r) AS properties', {
    start,
    end,
    type,
  });
  expect(records.length).toBeLessThanOrEqual(1);
  return records[0]?.properties as Record<string, unknown> | undefined;
}

/** "path:line" of the DESCRIBES edges into a node, by path and line: where documents state it. */
async function sources(id: string): Promise<string[]> {
  const records = await executor.read<{ path: string; lines: number[] }>(
    'MATCH (d:Document)-[r:DESCRIBES]->({id: $id}) RETURN d.path AS path, r.lines AS lines ORDER BY path',
    { id },
  );
  return records.flatMap(({ path, lines }) => lines.map((line) => `${path}:${line}`));
}

const ids = {
  event: `Event:${MARK}-kubecon-eu-2022`,
  fluent: `Talk:${MARK}-fluent-operator@kubecon-eu-2022`,
  logging: `Talk:${MARK}-logging@kubecon-eu-2022`,
  recapTalk: `Talk:${MARK}-observability@kcd-chengdu-2023`,
  benjamin: `Person:${MARK}-benjamin-huo`,
  feynman: `Person:${MARK}-feynman-zhou`,
  kubesphere: `Organization:${MARK}-kubesphere`,
};

/** A conference write-up: two speakers from one company at one talk; later versions drop a speaker, add a talk. */
function writeUp(version: 1 | 2): DocumentGraph {
  const doc = new DocumentFixture(`${MARK}/kubecon-eu-2022.md`, 'KubeCon EU 2022 notes');
  const event = doc.event(`${MARK}-kubecon-eu-2022`, 'KubeCon + CloudNativeCon Europe 2022', 2022, 1);
  const talk = doc.talk(`${MARK}-fluent-operator@kubecon-eu-2022`, 'Fluent Operator Intro and Deep Dive', 3, {
    abstract: 'Logging pipelines on Kubernetes.',
    day: '2022-05-18',
  });
  const benjamin = doc.person(`${MARK}-benjamin-huo`, 'Benjamin Huo', 5);
  const org = doc.organization(`${MARK}-kubesphere`, 'KubeSphere', 5);
  doc.relate('PART_OF', talk, event, 3).relate('PRESENTED', benjamin, talk, 5).relate('AFFILIATED_WITH', benjamin, org, 5, { talks: [talk] });
  if (version === 1) {
    const feynman = doc.person(`${MARK}-feynman-zhou`, 'Feynman Zhou', 6);
    doc.relate('PRESENTED', feynman, talk, 6).relate('AFFILIATED_WITH', feynman, org, 6, { talks: [talk] });
  } else {
    const logging = doc.talk(`${MARK}-logging@kubecon-eu-2022`, 'Logging at Scale', 9);
    doc.relate('PART_OF', logging, event, 9).relate('PRESENTED', benjamin, logging, 10);
  }
  return doc.build();
}

/** A Chinese meetup recap that names the same person and company. */
function recap(): DocumentGraph {
  const doc = new DocumentFixture(`${MARK}/kcd-chengdu.md`, 'KCD 成都');
  const talk = doc.talk(`${MARK}-observability@kcd-chengdu-2023`, '云原生可观测性', 4, { lang: 'zh' });
  const benjamin = doc.person(`${MARK}-benjamin-huo`, 'Benjamin Huo', 7, ['霍秉杰']);
  const org = doc.organization(`${MARK}-kubesphere`, '青云科技', 7, ['QingCloud']);
  doc.relate('PRESENTED', benjamin, talk, 7).relate('AFFILIATED_WITH', benjamin, org, 7, { talks: [talk] });
  return doc.build();
}

// A fresh server plans each of the loader's queries once, which takes most of the first test's time.
describe('loadDocuments against Neo4j', { timeout: 120_000 }, () => {
  it('writes a person and an organization two documents share once, with both documents as sources', async () => {
    const summary = await loadDocuments(executor, [writeUp(1), recap()]);
    expect(summary.documents).toBe(2);
    expect(summary.nodes.Person).toEqual({ created: 2, updated: 0, deleted: 0 });
    expect(summary.nodes.Organization).toEqual({ created: 1, updated: 0, deleted: 0 });

    expect(await node(ids.benjamin)).toMatchObject({ name: 'Benjamin Huo', aliases: ['霍秉杰'], documentCount: 2, searchText: 'Benjamin Huo\n霍秉杰' });
    expect(await sources(ids.benjamin)).toEqual([`${MARK}/kcd-chengdu.md:7`, `${MARK}/kubecon-eu-2022.md:5`]);
    expect(await sources(ids.kubesphere)).toEqual([`${MARK}/kcd-chengdu.md:7`, `${MARK}/kubecon-eu-2022.md:5`]);
    expect(await node(ids.event)).toMatchObject({ year: 2022, name: 'KubeCon + CloudNativeCon Europe 2022' });
    expect(await relationship('AFFILIATED_WITH', ids.benjamin, ids.kubesphere)).toMatchObject({ documentCount: 2, talks: [ids.fluent, ids.recapTalk] });
    expect(await node(`Document:${MARK}/kubecon-eu-2022.md`)).toMatchObject({ title: 'KubeCon EU 2022 notes', lang: 'en' });
    expect(await relationship('DESCRIBES', `Document:${MARK}/kubecon-eu-2022.md`, ids.fluent)).toBeDefined();

    const stored = await storedDocuments(executor);
    expect(stored.get(`${MARK}/kcd-chengdu.md`)).toBe(recap().document.sha256);
  });

  it('changes nothing when the same documents are loaded again', async () => {
    await loadDocuments(executor, [writeUp(1), recap()]);
    const before = await snapshot();
    const summary = await loadDocuments(executor, [recap(), writeUp(1)], { batchSize: 1 });
    expect(summary).toEqual({ documents: 2, nodes: {}, relationships: {}, setAside: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('replaces what a changed document said and keeps what the other document said', async () => {
    await loadDocuments(executor, [writeUp(1), recap()]);
    const summary = await loadDocuments(executor, [writeUp(2)]);
    expect(summary.relationships.PRESENTED).toEqual({ created: 1, updated: 0, deleted: 1 });
    expect(summary.nodes.Person).toEqual({ created: 0, updated: 0, deleted: 1 });

    expect(await node(ids.feynman)).toBeUndefined();
    expect(await relationship('PRESENTED', ids.feynman, ids.fluent)).toBeUndefined();
    expect(await node(ids.logging)).toMatchObject({ title: 'Logging at Scale', documentCount: 1 });
    expect(await sources(ids.logging)).toEqual([`${MARK}/kubecon-eu-2022.md:9`]);
    expect(await relationship('PRESENTED', ids.benjamin, ids.logging)).toBeDefined();
    expect(await relationship('DESCRIBES', `Document:${MARK}/kubecon-eu-2022.md`, ids.logging)).toBeDefined();
    expect(await sources(ids.benjamin)).toEqual([`${MARK}/kcd-chengdu.md:7`, `${MARK}/kubecon-eu-2022.md:5`]);
    expect(await node(ids.kubesphere)).toMatchObject({ aliases: ['QingCloud'] });
  });

  it('counts a relationship another document states when a changed document adds it between people it already named', async () => {
    // The recap states Benjamin, his talk there and that he gave it; a first version of the notes names the same
    // talk and Benjamin without saying he gave it, the second says so.
    const notes = (version: 1 | 2) => {
      const doc = new DocumentFixture(`${MARK}/notes.md`);
      const talk = doc.talk(`${MARK}-observability@kcd-chengdu-2023`, '云原生可观测性', 4, { lang: 'zh' });
      const benjamin = doc.person(`${MARK}-benjamin-huo`, 'Benjamin Huo', 7, ['霍秉杰']);
      if (version === 2) doc.relate('PRESENTED', benjamin, talk, 7);
      return doc.build();
    };
    await loadDocuments(executor, [recap(), notes(1)]);
    await loadDocuments(executor, [notes(2)]);
    const presented = await executor.read<{ documentCount: number }>(
      'MATCH (:Person {id: $person})-[r:PRESENTED]->(:Talk {id: $talk}) RETURN r.documentCount AS documentCount',
      { person: ids.benjamin, talk: ids.recapTalk },
    );
    expect(presented).toEqual([{ documentCount: 2 }]);
  });

  it('retracts a document: what it alone said goes, shared facts keep the other document', async () => {
    await loadDocuments(executor, [writeUp(1), recap()]);
    const summary = await retractDocuments(executor, [`${MARK}/kubecon-eu-2022.md`]);
    expect(summary.documents).toBe(1);

    const left = await snapshot();
    expect(left.nodes.map((record) => record.id)).toEqual([
      `Document:${MARK}/kcd-chengdu.md`,
      ids.kubesphere,
      ids.benjamin,
      ids.recapTalk,
    ]);
    expect(await sources(ids.benjamin)).toEqual([`${MARK}/kcd-chengdu.md:7`]);
    expect(await node(ids.kubesphere)).toMatchObject({ name: '青云科技', documentCount: 1 });
    expect(await sources(ids.kubesphere)).toEqual([`${MARK}/kcd-chengdu.md:7`]);
    expect(await relationship('AFFILIATED_WITH', ids.benjamin, ids.kubesphere)).toMatchObject({ documentCount: 1, talks: [ids.recapTalk] });
    expect((await storedDocuments(executor)).has(`${MARK}/kubecon-eu-2022.md`)).toBe(false);
  });

  it('rolls a failing batch back whole and names the document that made it fail', async () => {
    await loadDocuments(executor, [recap()]);
    const before = await snapshot();
    const broken = new DocumentFixture(`${MARK}/broken.md`);
    // A map is not a value Neo4j can store in a property: the query fails inside the transaction.
    broken.person(`${MARK}-someone`, 'Someone', 2, { nested: true } as unknown as string[]);

    const failing = loadDocuments(executor, [writeUp(1), broken.build()], { batchSize: 10_000 });
    await expect(failing).rejects.toThrow(LoadError);
    await expect(loadDocuments(executor, [writeUp(1), broken.build()], { batchSize: 10_000 })).rejects.toThrow(
      new RegExp(`^Loading ${MARK}/broken\\.md failed`),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('keeps ids and keys unique however documents are batched', async () => {
    await loadDocuments(executor, [writeUp(1)], { batchSize: 1 });
    await loadDocuments(executor, [recap(), writeUp(2), writeUp(1)], { batchSize: 1 });
    const duplicates = await executor.read(
      `MATCH (n) WHERE n.id CONTAINS $mark WITH labels(n)[0] AS label, n.key AS key, count(*) AS copies
       WHERE copies > 1 RETURN label, key`,
      { mark: MARK },
    );
    expect(duplicates).toEqual([]);
    expect(await sources(ids.feynman)).toEqual([`${MARK}/kubecon-eu-2022.md:6`]);
  });
});

describe('a bulk load against Neo4j', { timeout: 120_000 }, () => {
  const fullTextIndexes = () => executor.read('SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name');
  const searched = async (index: string, text: string) =>
    (
      await executor.read(`CALL db.index.fulltext.queryNodes('${index}', $text) YIELD node WHERE node.id CONTAINS $mark RETURN node.id AS id`, {
        text,
        mark: MARK,
      })
    ).map((record) => record.id);
  const online = [
    { name: FULLTEXT_INDEX, state: 'ONLINE' },
    { name: FULLTEXT_INDEX_CJK, state: 'ONLINE' },
  ];

  it('ends with search online over everything it wrote, in English and Chinese', async () => {
    await loadDocuments(executor, [writeUp(1), recap()], { bulk: true, batchSize: 1 });
    expect(await fullTextIndexes()).toEqual(online);
    expect(await searched(FULLTEXT_INDEX, 'fluent operator')).toContain(ids.fluent);
    expect(await searched(FULLTEXT_INDEX_CJK, '可观测')).toContain(ids.recapTalk);
  });

  it('writes the same graph from its own record of what it wrote as a load that reads the counts back', async () => {
    const withoutTimes = async () => {
      const { nodes, relationships } = await snapshot();
      return { nodes: nodes.map(({ properties: { ingestedAt: _at, ...properties }, ...node }: any) => ({ ...node, properties })), relationships };
    };
    // Batches of one document: every entity the second and third state is stored already; the third rewrites the first.
    let known: KnownGraph | undefined;
    await bulkLoad(executor, async (record) => {
      known = record;
      await loadDocuments(executor, [writeUp(1), recap()], { batchSize: 1, known });
      await loadDocuments(executor, [writeUp(2)], { known });
    });
    const recorded = await withoutTimes();
    expect(await executor.read('MATCH (m:BulkLoad) RETURN m')).toEqual([]);
    await removeOwnNodes();
    await loadDocuments(executor, [writeUp(1), recap()], { bulk: false, batchSize: 1 });
    await loadDocuments(executor, [writeUp(2)], { bulk: false });
    expect(recorded).toEqual(await withoutTimes());
    expect(recorded.relationships.length).toBeGreaterThan(10);
    expect(known!.relationships.size + known!.nodes.size).toBeGreaterThan(10);
  });

  it('keeps what the batches before a failing one wrote, counts included, and nothing planned after it', async () => {
    const withoutTimes = async () => {
      const { nodes, relationships } = await snapshot();
      return { nodes: nodes.map(({ properties: { ingestedAt: _at, ...properties }, ...node }: any) => ({ ...node, properties })), relationships };
    };
    const broken = new DocumentFixture(`${MARK}/broken.md`);
    broken.person(`${MARK}-someone`, 'Someone', 2, { nested: true } as unknown as string[]);
    // Planned while the broken one is written, then taken back: it states Benjamin Huo a third time.
    const third = new DocumentFixture(`${MARK}/third.md`);
    third.relate('PRESENTED', third.person(`${MARK}-benjamin-huo`, 'Benjamin Huo', 3), third.talk(`${MARK}-third@kubecon-eu-2022`, 'Third Talk', 2));
    const load = bulkLoad(executor, (known) => loadDocuments(executor, [writeUp(1), recap(), broken.build(), third.build()], { batchSize: 1, known }));
    await expect(load).rejects.toThrow(new RegExp(`^Loading ${MARK}/broken\\.md failed`));
    const kept = await withoutTimes();
    expect(await node(ids.benjamin)).toMatchObject({ documentCount: 2 });
    await removeOwnNodes();
    await loadDocuments(executor, [writeUp(1), recap()], { bulk: false, batchSize: 1 });
    expect(kept).toEqual(await withoutTimes());
  });

  it('puts search back when it fails, and writes nothing of the failing batch', async () => {
    const broken = new DocumentFixture(`${MARK}/broken.md`);
    broken.person(`${MARK}-someone`, 'Someone', 2, { nested: true } as unknown as string[]);
    await expect(loadDocuments(executor, [broken.build()], { bulk: true })).rejects.toThrow(LoadError);
    expect(await fullTextIndexes()).toEqual(online);
    expect((await snapshot()).nodes).toEqual([]);
    expect(await executor.read('MATCH (m:BulkLoad) RETURN m')).toEqual([]);
  });
});
