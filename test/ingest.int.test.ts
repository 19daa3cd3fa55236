// Ingest end to end against the real Neo4j: files in a folder, edited, deleted and broken, as a user would have them.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph } from '../ingest/load';
import { ingestDocuments } from '../ingest';
import { startApiServer } from '../api/server';
import { clearDatabase, testExecutor } from './support/db';

const executor = testExecutor();
const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-ingest-'));

const sessions = `---
title: Our sessions at KubeCon Europe 2024
---

## Session 1: Fluent Operator in Production

### Abstract

How we run Fluent Operator and Fluent Bit on hundreds of clusters.

### Speakers

**Benjamin Huo - Senior Architect at QingCloud**

## Session 2: Serverless Functions with OpenFunction

### Abstract

Building functions on Dapr and KEDA.

### Speakers

**Wang Yifei - Engineer at QingCloud**
`;

const digest = `# Picks from KubeCon EU 2024

- [Logging Pipelines at Scale - Huo Benjamin, QingCloud & Anurag Gupta, Calyptia](https://kccnceu2024.sched.com/event/abc)
`;

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await executor.read<{ n: number }>(cypher, params);
  return row.n;
}

const talkTitles = async (): Promise<string[]> =>
  (await executor.read<{ t: string }>('MATCH (t:Talk) RETURN t.title AS t ORDER BY t')).map((r) => r.t);

beforeAll(async () => {
  await clearDatabase(executor);
  writeFileSync(path.join(folder, 'sessions.md'), sessions);
  writeFileSync(path.join(folder, 'digest.md'), digest);
});

afterAll(async () => {
  await clearDatabase(executor);
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('talkgraph ingest', () => {
  it('loads a folder with one node per person across documents and word orders, with sources', async () => {
    const summary = await ingestDocuments(executor, [folder]);
    expect(summary).toMatchObject({ documents: 2, written: 2, failed: [] });
    expect(await talkTitles()).toEqual(['Fluent Operator in Production', 'Logging Pipelines at Scale', 'Serverless Functions with OpenFunction']);
    const [huo] = await executor.read<{ sources: string[]; talks: number; aliases: string[] }>(
      `MATCH (p:Person {id: 'Person:benjamin-huo'})-[:PRESENTED]->(t:Talk)
       RETURN COLLECT { MATCH (d:Document)-[r:DESCRIBES]->(p) UNWIND r.lines AS line RETURN d.path + ':' + line } AS sources,
         p.aliases AS aliases, count(t) AS talks`,
    );
    expect(huo.talks).toBe(2);
    expect(huo.aliases).toEqual(expect.arrayContaining(['Benjamin Huo', 'Huo Benjamin']));
    expect(huo.sources.map((s) => path.basename(s)).sort()).toEqual(['digest.md:3', 'sessions.md:13']);
    expect(await count("MATCH (:Person)-[:AFFILIATED_WITH]->(o:Organization {name: 'QingCloud'}) RETURN count(*) AS n")).toBe(2);
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await executor.read('MATCH (n) RETURN n.id AS id, properties(n) AS p ORDER BY id');
    const summary = await ingestDocuments(executor, [folder]);
    expect(summary).toMatchObject({ written: 0, unchanged: 2 });
    expect(await executor.read('MATCH (n) RETURN n.id AS id, properties(n) AS p ORDER BY id')).toEqual(before);
  });

  it('replaces what a changed document said, keeping what the other document says', async () => {
    writeFileSync(path.join(folder, 'sessions.md'), sessions.replace(/## Session 2[\s\S]*/, ''));
    const summary = await ingestDocuments(executor, [folder]);
    expect(summary).toMatchObject({ written: 1, unchanged: 1 });
    expect(await talkTitles()).toEqual(['Fluent Operator in Production', 'Logging Pipelines at Scale']);
    expect(await count("MATCH (p:Person {name: 'Wang Yifei'}) RETURN count(p) AS n")).toBe(0);
    expect(await count("MATCH (p:Person {id: 'Person:benjamin-huo'})-[:PRESENTED]->(:Talk) RETURN count(p) AS n")).toBe(2);
  });

  it('reports a broken file with its line and still ingests the others', async () => {
    writeFileSync(path.join(folder, 'broken.md'), '---\ntitle: ok\nkeywords: [a, b\n---\n\n## A talk - Jane Doe, Acme\n');
    copyFileSync(path.join(import.meta.dirname, 'fixtures', 'extract', 'talk-table', 'input.md'), path.join(folder, 'agenda.md'));
    const summary = await ingestDocuments(executor, [folder]);
    expect(summary.failed.map((f) => path.basename(f))).toEqual(['broken.md']);
    const message = summary.messages.find((m) => m.path.endsWith('broken.md'));
    expect(message).toMatchObject({ severity: 'error', line: 4 });
    expect(message?.reason).toMatch(/YAML front matter/);
    expect(await talkTitles()).toContain('Securing the Supply Chain with Sigstore');
  });

  it('with --prune, removes what a deleted file alone said', async () => {
    unlinkSync(path.join(folder, 'digest.md'));
    const summary = await ingestDocuments(executor, [folder], { prune: true });
    expect(summary.pruned).toBe(1);
    expect(await talkTitles()).not.toContain('Logging Pipelines at Scale');
    expect(await count("MATCH (p:Person {name: 'Anurag Gupta'}) RETURN count(p) AS n")).toBe(0);
    const [huo] = await executor.read<{ sources: string[] }>(
      "MATCH (p:Person {id: 'Person:benjamin-huo'}) RETURN COLLECT { MATCH (d:Document)-[r:DESCRIBES]->(p) UNWIND r.lines AS line RETURN d.path + ':' + line } AS sources",
    );
    expect(huo.sources.map((s) => path.basename(s))).toEqual(['sessions.md:13']);
  });

  it('refuses a graph an older talkgraph wrote and says how to rebuild it, and a rebuild starts from an empty graph', async () => {
    // What the older loader left: Document nodes without the statements this loader keeps per document.
    await executor.write("CREATE (:Document {id: 'Document:old/notes.md', key: 'old/notes.md', sha256: 'x', assertedNodes: []})");
    await expect(ingestDocuments(executor, [folder])).rejects.toThrow(/1 documents loaded by an older talkgraph.*--rebuild/);
    await clearGraph(executor);
    const summary = await ingestDocuments(executor, [folder]);
    expect(summary).toMatchObject({ unchanged: 0, failed: ['broken.md'].map((f) => path.join(folder, f)) });
    expect(await count("MATCH (d:Document {key: 'old/notes.md'}) RETURN count(d) AS n")).toBe(0);
    expect(await talkTitles()).toContain('Fluent Operator in Production');
  });

  it('redoes a first ingest that was stopped before its last counts, ending with the graph a clean run gives', async () => {
    // Every node with its properties but the time it was written, and its relationships.
    const graph = () =>
      executor.read(
        `MATCH (n) RETURN n.id AS id, COLLECT { UNWIND keys(n) AS k WITH k WHERE k <> 'ingestedAt' RETURN [k, n[k]] AS kv ORDER BY k } AS p,
           COLLECT { MATCH (n)-[r]->(m) RETURN type(r) + '>' + m.id AS e ORDER BY e } AS out ORDER BY id`,
      );
    await clearGraph(executor);
    await ingestDocuments(executor, [folder]);
    const clean = await graph();
    // What a killed bulk load leaves: part of the documents, counts behind them, and its mark (its process is gone).
    await clearGraph(executor);
    await ingestDocuments(executor, [path.join(folder, 'sessions.md')]);
    await executor.write("MATCH (p:Person) SET p.documentCount = 7 CREATE (:BulkLoad {id: 'bulk-load', startedAt: '2026-12-01T10:00:00.000Z', host: $host, pid: 2147483646})", {
      host: hostname(),
    });
    const said: string[] = [];
    const summary = await ingestDocuments(executor, [folder], { log: (line) => said.push(line) });
    expect(said).toEqual([expect.stringMatching(/first ingest begun at 2026-12-01T10:00:00\.000Z was stopped before its end.*loading the files anew/)]);
    expect(summary.unchanged).toBe(0);
    expect(await graph()).toEqual(clean);
  });

  it('refuses a graph a first ingest of a process still running is loading', async () => {
    await executor.write("CREATE (:BulkLoad {id: 'bulk-load', startedAt: '2026-12-01T10:00:00.000Z', host: $host, pid: $pid})", { host: hostname(), pid: process.ppid });
    await expect(ingestDocuments(executor, [folder])).rejects.toThrow(/begun at 2026-12-01T10:00:00\.000Z by process \d+ on .*, is still running/);
    await executor.write('MATCH (m:BulkLoad) DELETE m');
  });

  it('says that the previous version of a document that now fails stays, and takes it out when asked', async () => {
    const sessionsFile = path.join(folder, 'sessions.md');
    await ingestDocuments(executor, [folder]);
    expect(await talkTitles()).toContain('Fluent Operator in Production');
    writeFileSync(sessionsFile, `---\ntitle: "unclosed\n---\n${sessions}`);
    const kept = await ingestDocuments(executor, [folder]);
    expect(kept.kept).toEqual([sessionsFile]);
    expect(kept.messages.find((m) => m.path === sessionsFile)?.reason).toMatch(/its previous version stays in the graph/);
    expect(await talkTitles()).toContain('Fluent Operator in Production');
    const dropped = await ingestDocuments(executor, [folder], { dropFailed: true });
    expect(dropped).toMatchObject({ kept: [], dropped: [sessionsFile] });
    expect(await talkTitles()).not.toContain('Fluent Operator in Production');
    writeFileSync(sessionsFile, sessions);
  });
});

describe('one person under two names, across runs', () => {
  const notes = mkdtempSync(path.join(tmpdir(), 'talkgraph-aliases-'));
  const meetup = path.join(notes, 'a-meetup.md');
  const list = path.join(notes, 'z-list.md');
  const talksOf = async (id: string): Promise<number> =>
    count('MATCH (p:Person {id: $id})-[:PRESENTED]->(t:Talk) RETURN count(t) AS n', { id });
  const people = async (): Promise<string[]> =>
    (await executor.read<{ id: string }>("MATCH (p:Person) WHERE p.id IN ['Person:霍秉杰', 'Person:benjamin-huo'] RETURN p.id AS id ORDER BY id")).map(
      (r) => r.id,
    );

  beforeAll(async () => {
    await clearDatabase(executor);
    writeFileSync(meetup, '## 日志管道\n\n讲师：霍秉杰，青云科技 架构师\n');
    writeFileSync(list, '- Fluent Operator 实践 —— 霍秉杰（Benjamin Huo）, QingCloud\n');
  });
  afterAll(() => rmSync(notes, { recursive: true, force: true }));

  it('merges a name given alone into the person a later document of the same run names both ways', async () => {
    // One document per transaction: the meetup is written before the list that links the two names is read.
    const summary = await ingestDocuments(executor, [notes], { batchSize: 1, workers: 0 });
    expect(summary).toMatchObject({ written: 2, rekeyed: 1 });
    expect(await people()).toEqual(['Person:benjamin-huo']);
    expect(await talksOf('Person:benjamin-huo')).toBe(2);
  });

  it('merges across runs, and parts the two again when the document that linked them is deleted', async () => {
    await clearDatabase(executor);
    await ingestDocuments(executor, [meetup]);
    expect(await people()).toEqual(['Person:霍秉杰']);

    const second = await ingestDocuments(executor, [list]);
    expect(second).toMatchObject({ written: 1, rekeyed: 1 });
    expect(await people()).toEqual(['Person:benjamin-huo']);
    expect(await talksOf('Person:benjamin-huo')).toBe(2);

    unlinkSync(list);
    const third = await ingestDocuments(executor, [notes], { prune: true });
    expect(third).toMatchObject({ pruned: 1, rekeyed: 1 });
    expect(await people()).toEqual(['Person:霍秉杰']);
    expect(await talksOf('Person:霍秉杰')).toBe(1);
  });
});

describe('documents kept by the folder they were ingested from', () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'talkgraph-places-'));
  const notes = path.join(parent, 'a', 'notes');
  const other = path.join(parent, 'b', 'notes');
  const keys = async (): Promise<{ key: string; id: string; path: string; root: string | null }[]> =>
    executor.read('MATCH (d:Document) RETURN d.key AS key, d.id AS id, d.path AS path, d.root AS root ORDER BY key');

  beforeAll(async () => {
    await clearDatabase(executor);
    mkdirSync(notes, { recursive: true });
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(notes, 'sessions.md'), sessions);
    writeFileSync(path.join(other, 'sessions.md'), digest);
  });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('keys a document by its folder\'s name and its path within it, and keeps the folder itself apart from what is shown', async () => {
    await ingestDocuments(executor, [notes]);
    expect(await keys()).toEqual([{ key: 'notes/sessions.md', id: 'Document:notes/sessions.md', path: 'notes/sessions.md', root: notes }]);
  });

  it('finds the same documents when the folder is named another way (from another working directory)', async () => {
    const summary = await ingestDocuments(executor, [path.relative(process.cwd(), notes)]);
    expect(summary).toMatchObject({ written: 0, unchanged: 1 });
    // A file of the folder named alone, or the folder above it, keeps the key too.
    expect(await ingestDocuments(executor, [path.join(notes, 'sessions.md')])).toMatchObject({ written: 0, unchanged: 1 });
    expect((await keys()).map((d) => d.key)).toEqual(['notes/sessions.md']);
  });

  it('shows no absolute path in any answer of the API', async () => {
    const server = await startApiServer({ executor, port: 0, webRoot: '/nonexistent', log: () => {} });
    try {
      const query = `{
        document(key: "notes/sessions.md") { id key name path talks { id sources { path line } } events { id } }
        search(text: "Fluent Operator", first: 10) { node { id name ... on Document { path } } }
        talks(first: 10) { nodes { id documents { id path } sources { path line } speakers { sources { path line } } } }
        node(id: "Document:notes/sessions.md") { id name ... on Document { path } }
      }`;
      const response = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const answer = (await response.json()) as { data: unknown; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      const strings: string[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string') strings.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(answer.data);
      expect(strings).toContain('notes/sessions.md');
      expect(strings.filter((s) => s.includes(parent) || path.isAbsolute(s.replace(/^[A-Za-z]+:/, '')))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('keeps two folders of the same name apart', async () => {
    await ingestDocuments(executor, [other]);
    expect((await keys()).map((d) => [d.key, d.root])).toEqual([
      ['notes-2/sessions.md', other],
      ['notes/sessions.md', notes],
    ]);
    expect(await talkTitles()).toEqual(['Fluent Operator in Production', 'Logging Pipelines at Scale', 'Serverless Functions with OpenFunction']);
  });

  it('prunes by where the folder is on this machine', async () => {
    unlinkSync(path.join(other, 'sessions.md'));
    const summary = await ingestDocuments(executor, [other], { prune: true });
    expect(summary.pruned).toBe(1);
    expect((await keys()).map((d) => d.key)).toEqual(['notes/sessions.md']);
    expect(await talkTitles()).not.toContain('Logging Pipelines at Scale');
  });

  it('moves a document an older talkgraph kept under the path as given to its key, without a second copy', async () => {
    const file = path.join(notes, 'sessions.md');
    await executor.write(
      "MATCH (d:Document {key: 'notes/sessions.md'}) SET d.key = $file, d.id = 'Document:' + $file, d.path = $file REMOVE d.root",
      { file },
    );
    await ingestDocuments(executor, [notes]);
    expect((await keys()).map((d) => d.key)).toEqual(['notes/sessions.md']);
    expect(await count("MATCH (p:Person {id: 'Person:benjamin-huo'})<-[:DESCRIBES]-(d:Document) RETURN count(d) AS n")).toBe(1);
  });
});
