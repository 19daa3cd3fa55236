// Corrections in the corpus folder against the real Neo4j: kept across ingests, --prune and --rebuild, taken back when removed.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTIONS_FILE } from '../ingest/corrections';
import { clearGraph } from '../ingest/load';
import { ingestDocuments } from '../ingest';
import { clearDatabase, testExecutor } from './support/db';

const executor = testExecutor();
const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-corrections-'));
const correctionsPath = path.join(folder, CORRECTIONS_FILE);
const corrections = readFileSync('test/fixtures/corrections/corrections.yml', 'utf8');

/** What a user sees of the corrected facts: one line per fact. */
async function facts(): Promise<string[]> {
  const rows = await executor.read<{ fact: string }>(
    `MATCH (p:Person)-[:PRESENTED]->(t:Talk)
     OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(o:Organization) WHERE t.id IN a.talks
     RETURN p.name + ' | ' + t.title + ' | ' + coalesce(o.name, '-') AS fact ORDER BY fact`,
  );
  return rows.map((r) => r.fact);
}

async function everything(): Promise<unknown[]> {
  return executor.read(`MATCH (n) WHERE NOT n:Document RETURN n.id AS id, properties(n) AS p ORDER BY id`);
}

let uncorrected: string[];

beforeAll(async () => {
  await clearDatabase(executor);
  cpSync('test/fixtures/corrections/corpus', folder, { recursive: true });
  await ingestDocuments(executor, [folder]);
  uncorrected = await facts();
});

afterAll(async () => {
  await clearDatabase(executor);
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('corrections in the corpus folder', () => {
  it('are applied by the next ingest, which re-derives the documents, and the graph says which correction did what', async () => {
    writeFileSync(correctionsPath, corrections);
    const summary = await ingestDocuments(executor, [folder]);
    expect(summary).toMatchObject({ written: 3, unchanged: 0, failed: [], messages: [] });
    const corrected = await facts();
    expect(corrected).toContain('Priya Raman | Golden Paths Without the Gold Plating | Northwind Systems');
    expect(corrected).toContain('Mara Lindqvist | Golden Paths Without the Gold Plating | Contoso');
    expect(corrected).toContain('Tianxin Dong | 基于 KubeVela 的应用交付实践 | Alibaba Cloud');
    expect(corrected).toContain('Omar K. Haddad | Paved Roads for Data Teams | Northwind Systems');
    expect(corrected).toContain('王磊 | 边缘集群的可观测性 | Contoso');
    expect(corrected.join('\n')).not.toMatch(/Lee Park|Helena Brandt|董天欣|Sponsor Demo/);
    const [mara] = await executor.read<{ corrections: string[] }>(
      `MATCH (:Person {name: 'Mara Lindqvist'})-[a:AFFILIATED_WITH]->(:Organization {name: 'Contoso'}) RETURN a.corrections AS corrections`,
    );
    expect(mara.corrections).toEqual(['set-organization of "Mara Lindqvist" to "Contoso" for "Golden Paths Without the Gold Plating"']);
    const [doc] = await executor.read<{ corrections: string[] }>(`MATCH (d:Document) WHERE d.path ENDS WITH 'picks-en.md' RETURN d.corrections AS corrections`);
    expect(doc.corrections).toContain('not-a-talk "Sponsor Demo: The Northwind Developer Portal"');
  });

  it('survive ingesting again, --prune and --rebuild', async () => {
    const corrected = await everything();
    expect(await ingestDocuments(executor, [folder])).toMatchObject({ written: 0, unchanged: 3 });
    expect(await everything()).toEqual(corrected);
    const meetup = readFileSync(path.join(folder, 'meetup-zh.md'), 'utf8');
    unlinkSync(path.join(folder, 'meetup-zh.md'));
    expect(await ingestDocuments(executor, [folder], { prune: true })).toMatchObject({ pruned: 1 });
    expect((await facts()).join('\n')).toContain('Priya Raman | Golden Paths');
    writeFileSync(path.join(folder, 'meetup-zh.md'), meetup);
    await clearGraph(executor);
    await ingestDocuments(executor, [folder]);
    expect(await everything()).toEqual(corrected);
  });

  it('are taken back when removed from the file', async () => {
    unlinkSync(correctionsPath);
    expect(await ingestDocuments(executor, [folder])).toMatchObject({ written: 3 });
    expect(await facts()).toEqual(uncorrected);
    expect(await executor.read(`MATCH (n) WHERE n.corrections IS NOT NULL RETURN n.id`)).toEqual([]);
    expect(await executor.read(`MATCH ()-[r]->() WHERE r.corrections IS NOT NULL RETURN type(r)`)).toEqual([]);
  });

  it('leave the graph as it is when the file has an error, and say where', async () => {
    const before = await everything();
    writeFileSync(correctionsPath, `${corrections}\nrenames:\n  - person: A\n    to: B\n`);
    const summary = await ingestDocuments(executor, [folder], { force: true });
    expect(summary.failed).toEqual([correctionsPath]);
    expect(summary.messages.map((m) => `${path.basename(m.path)}:${m.line}: ${m.severity}: ${m.reason}`)).toEqual([
      `${CORRECTIONS_FILE}:${corrections.split('\n').length + 1}: error: unknown section "renames" (expected one of: same-as, not-same, rename, credits, not-a-talk, aliases)`,
    ]);
    expect(await everything()).toEqual(before);
    unlinkSync(correctionsPath);
  });
});
