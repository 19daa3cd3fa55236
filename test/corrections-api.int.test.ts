// Corrections through the GraphQL API against the real Neo4j: suggestions, the corrections in force, and the
// mutation that writes the corpus's corrections file, refused unless the server was started to allow it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorrectionsWriter } from '../api/corrections';
import { startApiServer, type ApiServer } from '../api/server';
import { CORRECTIONS_FILE } from '../ingest/corrections';
import { ingestDocuments } from '../ingest';
import { clearDatabase, testExecutor } from './support/db';

const executor = testExecutor();
const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-corrections-api-'));
const webRoot = mkdtempSync(path.join(tmpdir(), 'talkgraph-corrections-web-'));
const file = path.join(folder, CORRECTIONS_FILE);
/** The file as the API shows it: from the corpus folder by name, never where it is on this machine. */
const shown = `${path.basename(folder)}/${CORRECTIONS_FILE}`;
let writable: ApiServer;
let readOnly: ApiServer;

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

async function gql(server: ApiServer, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Answer;
}

const ADD = `mutation ($c: CorrectionInput!) { addCorrection(correction: $c) { written messages correction { id file line documents } } }`;
const people = async (): Promise<string[]> => (await executor.read<{ name: string }>('MATCH (p:Person) RETURN p.name AS name ORDER BY name')).map((r) => r.name);

beforeAll(async () => {
  await clearDatabase(executor);
  cpSync('test/fixtures/corrections/corpus', folder, { recursive: true });
  await ingestDocuments(executor, [folder]);
  writable = await startApiServer({ executor, port: 0, webRoot, log: () => {}, corrections: new CorrectionsWriter(executor, [folder]) });
  readOnly = await startApiServer({ executor, port: 0, webRoot, log: () => {} });
});

afterAll(async () => {
  await writable?.close();
  await readOnly?.close();
  await clearDatabase(executor);
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(webRoot, { recursive: true, force: true });
});

describe('corrections over GraphQL', () => {
  it('suggests the Chinese and English names of one person, with the evidence', async () => {
    const answer = await gql(readOnly, '{ mergeSuggestions(first: 5) { label score evidence keep { id name } merge { id name } } }');
    expect(answer.errors).toBeUndefined();
    const [first] = answer.data!.mergeSuggestions;
    expect(first).toMatchObject({ label: 'Person', keep: { name: 'Tianxin Dong' }, merge: { id: 'Person:董天欣', name: '董天欣' } });
    expect(first.evidence[0]).toBe('"Tianxin Dong" is the pinyin of "董天欣"');
  });

  it('refuses to write on a server not started with --allow-corrections, and writes no file', async () => {
    const answer = await gql(readOnly, ADD, { c: { kind: 'SAME_AS', label: 'Person', name: 'Tianxin Dong', names: ['董天欣'] } });
    expect(answer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(existsSync(file)).toBe(false);
    expect(await people()).toContain('董天欣');
  });

  it('writes a same-as into the corpus file and the graph shows it at once', async () => {
    const answer = await gql(writable, ADD, { c: { kind: 'SAME_AS', label: 'Person', name: 'Tianxin Dong', names: ['董天欣'] } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.addCorrection.correction).toEqual({ id: 'same-as person "Tianxin Dong" = "董天欣"', file: shown, line: 4, documents: 2 });
    expect(readFileSync(file, 'utf8')).toContain('  - person: Tianxin Dong\n    names: [ 董天欣 ]\n');
    expect(await people()).not.toContain('董天欣');
    const merged = await gql(readOnly, '{ person(id: "Person:dong-tianxin") { aliases corrections } }');
    expect(merged.data!.person).toEqual({ aliases: ['董天欣'], corrections: ['same-as person "Tianxin Dong" = "董天欣"'] });
    const suggestions = await gql(writable, '{ mergeSuggestions { merge { id } } }');
    expect(suggestions.data!.mergeSuggestions.map((s: { merge: { id: string } }) => s.merge.id)).not.toContain('Person:董天欣');
  });

  it('takes a talk out of the graph with NOT_A_TALK, and lists the corrections in force', async () => {
    const talk = 'Talk:sponsor-demo-the-northwind-developer-portal@kubecon-eu-2025';
    const answer = await gql(writable, ADD, { c: { kind: 'NOT_A_TALK', talk } });
    expect(answer.errors).toBeUndefined();
    expect(await executor.read('MATCH (t:Talk {id: $talk}) RETURN t', { talk })).toEqual([]);
    const listed = await gql(writable, '{ corrections { id file line documents } }');
    expect(listed.data!.corrections).toEqual([
      { id: 'same-as person "Tianxin Dong" = "董天欣"', file: shown, line: 4, documents: 2 },
      { id: `not-a-talk "${talk}"`, file: shown, line: 7, documents: 1 },
    ]);
    const fromGraph = await gql(readOnly, '{ corrections { id file documents } }');
    expect(fromGraph.data!.corrections).toHaveLength(2);
    const document = await gql(readOnly, `{ document(key: "${path.basename(folder)}/picks-en.md") { corrections } }`);
    expect(document.data!.document.corrections).toEqual(['not-a-talk "Talk:sponsor-demo-the-northwind-developer-portal@kubecon-eu-2025"', 'same-as person "Tianxin Dong" = "董天欣"']);
  });

  it('turns down a correction the file cannot hold, leaving the file as it was', async () => {
    const before = readFileSync(file, 'utf8');
    const answer = await gql(writable, ADD, { c: { kind: 'NOT_SAME', label: 'Person', names: ['董天欣', 'Tianxin Dong'] } });
    expect(answer.errors?.[0]).toMatchObject({ message: 'not-same: "董天欣" and "Tianxin Dong" are merged by same-as on line 4', extensions: { code: 'BAD_USER_INPUT' } });
    const missing = await gql(writable, ADD, { c: { kind: 'RENAME', label: 'Person', name: 'Mara Lindqvist' } });
    expect(missing.errors?.[0]).toMatchObject({ message: 'A RENAME correction needs "to".', extensions: { code: 'BAD_USER_INPUT' } });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
