// The project–organization links the loader stores (LINKED_TO) against the links computed over the graph as it is
// (the API's linksQuery, which answers filtered requests), after every kind of write a corpus goes through.
import { mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorrectionsWriter } from '../api/corrections';
import { linksQuery } from '../api/queries/links';
import { generateCorpus } from '../bench/generate';
import { BULK_LOAD_DOCUMENTS, clearGraph } from '../ingest/load';
import { ingestDocuments } from '../ingest';
import { clearDatabase, testExecutor } from './support/db';

const executor = testExecutor();
const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-links-'));
const notes = path.join(folder, 'notes.md');

// Written for this test: QingCloud behind Fluent Operator, Fluent Bit and OpenFunction, DaoCloud behind Fluent Bit.
const sessions = (organization: string, project: string) => `---
title: Our sessions at KubeCon Europe 2024
---

## Session 1: Fluent Operator in Production

How we run Fluent Operator and Fluent Bit on hundreds of clusters.

### Speakers

**Benjamin Huo - Engineer at ${organization}**

## Session 2: Serverless Functions with ${project}

Building functions on Dapr and KEDA.

### Speakers

**Wang Yifei - Engineer at QingCloud**

## Session 3: Logging Pipelines with Fluent Bit

### Speakers

**Anurag Gupta - Engineer at DaoCloud**
`;

/** One line per link: its ends, weight, counts, stewardship, and its talks and people in the order they are served. */
type Links = string[];

async function storedLinks(): Promise<Links> {
  const rows = await executor.read<{ line: string }>(
    `MATCH (o:Organization)-[l:LINKED_TO]->(j:Project)
     RETURN o.id + ' -> ' + j.id + ' w' + l.weight + ' t' + l.talkCount + ' p' + l.peopleCount + ' m' + l.maintains
       + ' talks=' + reduce(s = '', id IN l.talks | s + id + ',') + ' people=' + reduce(s = '', id IN l.people | s + id + ',') AS line ORDER BY line`,
  );
  return rows.map((row) => row.line);
}

async function computedLinks(): Promise<Links> {
  const query = linksQuery({ evidence: true });
  const rows = await executor.read<{
    project: { id: string };
    organization: { id: string };
    weight: number;
    talkCount: number;
    peopleCount: number;
    maintains: boolean;
    talks: string[];
    people: string[];
  }>(query.cypher, query.params);
  const ids = (list: string[]) => list.map((id) => `${id},`).join('');
  return rows
    .map((r) => `${r.organization.id} -> ${r.project.id} w${r.weight} t${r.talkCount} p${r.peopleCount} m${r.maintains} talks=${ids(r.talks)} people=${ids(r.people)}`)
    .sort();
}

async function expectStoredEqualComputed(): Promise<Links> {
  const computed = await computedLinks();
  expect(computed.length).toBeGreaterThan(0);
  expect(await storedLinks()).toEqual(computed);
  return computed;
}

const linksOf = (links: Links, organization: string) => links.filter((line) => line.startsWith(`Organization:${organization} `));

/** How many talks stand behind the organization's link to the project (0 without a link). */
const talksBehind = (links: Links, organization: string, project: string): number =>
  Number(/ t(\d+) /.exec(linksOf(links, organization).find((line) => line.includes(`Project:${project} `)) ?? '')?.[1] ?? 0);

beforeAll(async () => {
  await clearDatabase(executor);
  // Enough documents that the first ingest into the empty graph is a bulk load.
  await generateCorpus({ docs: BULK_LOAD_DOCUMENTS + 20, out: folder });
  writeFileSync(notes, sessions('QingCloud', 'OpenFunction'));
}, 120_000);

afterAll(async () => {
  await clearDatabase(executor);
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('links stored by the loader', { timeout: 180_000 }, () => {
  it('equal the computed links after a first (bulk) load', async () => {
    const summary = await ingestDocuments(executor, [folder]);
    expect(summary.written).toBeGreaterThan(BULK_LOAD_DOCUMENTS);
    const links = await expectStoredEqualComputed();
    expect(linksOf(links, 'daocloud').some((line) => line.includes('Project:fluentbit'))).toBe(true);
  });

  it('follow an incremental re-ingest of one changed document', async () => {
    // Benjamin Huo moves to DaoCloud and the second talk is about another project: links of both organizations move.
    const before = await storedLinks();
    writeFileSync(notes, sessions('DaoCloud', 'Knative'));
    expect(await ingestDocuments(executor, [folder])).toMatchObject({ written: 1 });
    const links = await expectStoredEqualComputed();
    expect(talksBehind(links, 'daocloud', 'fluentoperator')).toBe(talksBehind(before, 'daocloud', 'fluentoperator') + 1);
    expect(talksBehind(links, 'qingcloud', 'openfunction')).toBe(talksBehind(before, 'qingcloud', 'openfunction') - 1);
  });

  it('follow --prune of removed files', async () => {
    const before = await storedLinks();
    const generated = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md') && name !== 'notes.md');
    for (const name of generated.slice(0, 20)) unlinkSync(path.join(folder, name));
    unlinkSync(notes);
    const summary = await ingestDocuments(executor, [folder], { prune: true });
    expect(summary.pruned).toBe(21);
    const links = await expectStoredEqualComputed();
    expect(talksBehind(links, 'daocloud', 'fluentoperator')).toBe(talksBehind(before, 'daocloud', 'fluentoperator') - 1);
  });

  it('follow corrections, from the corrections file and from addCorrection', async () => {
    writeFileSync(notes, sessions('QingCloud', 'OpenFunction'));
    await ingestDocuments(executor, [folder]);
    const before = talksBehind(await expectStoredEqualComputed(), 'qingcloud', 'fluentbit');
    // Anurag Gupta's talk about Fluent Bit was given for QingCloud: one more talk behind QingCloud → Fluent Bit.
    writeFileSync(path.join(folder, 'talkgraph.corrections.yml'), 'credits:\n  - talk: Logging Pipelines with Fluent Bit\n    speaker: Anurag Gupta\n    organization: QingCloud\n');
    await ingestDocuments(executor, [folder], { prune: true });
    expect(talksBehind(await expectStoredEqualComputed(), 'qingcloud', 'fluentbit')).toBe(before + 1);
    const writer = new CorrectionsWriter(executor, [folder]);
    await writer.add({ kind: 'same-as', label: 'Organization', name: 'QingCloud', names: ['DaoCloud'] });
    const merged = await expectStoredEqualComputed();
    expect(linksOf(merged, 'daocloud')).toEqual([]);
  });

  it('are whole again after a killed first load is redone', async () => {
    const clean = await storedLinks();
    // What a killed bulk load leaves: part of the documents, links behind them, and its mark (its process is gone).
    await clearGraph(executor);
    await ingestDocuments(executor, [notes]);
    await executor.write("MATCH (:Organization)-[l:LINKED_TO]->() SET l.weight = 99 CREATE (:BulkLoad {id: 'bulk-load', startedAt: '2026-12-01T10:00:00.000Z', host: $host, pid: 2147483646})", {
      host: hostname(),
    });
    await ingestDocuments(executor, [folder], { log: () => {} });
    expect(await expectStoredEqualComputed()).toEqual(clean);
  });

  it('gain their talks and people at the next ingest when an older talkgraph stored them without', async () => {
    const clean = await storedLinks();
    await executor.write('MATCH (:Organization)-[l:LINKED_TO]->() REMOVE l.talks, l.people');
    // Nothing changed in the files: the run writes no document, and still counts the links again.
    expect(await ingestDocuments(executor, [folder])).toMatchObject({ written: 0 });
    expect(await expectStoredEqualComputed()).toEqual(clean);
  });
});
