import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocuments, extractFile } from '../ingest/pipeline';
import { PersonAliasBook } from '../ingest/resolve/rekey';
import { personKey } from '../ingest/resolve/keys';
import { applyPersonAliases } from '../ingest/resolve/aliases';
import type { DocumentGraph, GraphNode, GraphRelationship } from '../graph/model';

const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-aliases-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('one person across documents and languages', () => {
  it('merges a Chinese name into the romanized one when any document gives both', async () => {
    writeFileSync(path.join(folder, 'list.md'), '- Fluent Operator 实践 —— 霍秉杰（Benjamin Huo）, QingCloud\n');
    writeFileSync(path.join(folder, 'meetup.md'), '## 日志管道\n\n讲师：霍秉杰，青云科技 架构师\n');
    writeFileSync(path.join(folder, 'notes.md'), '### Logging at Scale - Huo Benjamin, QingCloud\n');
    writeFileSync(path.join(folder, 'other.md'), '### Logging Elsewhere - Wei Huo, Acme Corp\n');
    const { graph } = await extractDocuments([folder]);
    const people = graph.nodes.filter((n) => n.label === 'Person');
    expect(people.map((p) => p.id).sort()).toEqual(['Person:benjamin-huo', 'Person:huo-wei']);
    const huo = people.find((p) => p.id === 'Person:benjamin-huo')!;
    expect(huo.properties.aliases).toEqual(expect.arrayContaining(['霍秉杰', 'Huo Benjamin']));
    expect(graph.relationships.filter((r) => r.type === 'PRESENTED' && r.start === huo.id)).toHaveLength(3);
  });
});

describe('re-keying: an alias learned after a document was written', () => {
  it('marks the documents it renames someone in, and only those', async () => {
    writeFileSync(path.join(folder, 'first.md'), '## 日志管道\n\n讲师：霍秉杰，青云科技 架构师\n');
    writeFileSync(path.join(folder, 'unrelated.md'), '### Logging Elsewhere - Wei Huo, Acme Corp\n');
    writeFileSync(path.join(folder, 'later.md'), '- Fluent Operator 实践 —— 霍秉杰（Benjamin Huo）, QingCloud\n');
    const { documents } = await extractDocuments(['first.md', 'unrelated.md', 'later.md'].map((name) => path.join(folder, name)));
    // extractDocuments gives the documents re-keyed already; the book sees them as ingest does, one at a time, raw.
    const raw = await Promise.all(['first.md', 'unrelated.md', 'later.md'].map((name) => extractFile(path.join(folder, name))));
    const book = new PersonAliasBook([], () => true);
    for (const extraction of raw) {
      if ('reason' in extraction) throw new Error(extraction.reason);
      book.learn(extraction.document);
      book.record(extraction.document.document.path, extraction.document);
    }
    expect(book.stale().map((key) => path.basename(key))).toEqual(['first.md']);
    expect(book.renamedSince(new Map())).toContain(personKey('霍秉杰'));
    // With every alias known, the first document's speaker is the one the later document names.
    const first = documents.find((d) => d.document.path.endsWith('first.md'))!;
    expect(first.graph.nodes.filter((n) => n.label === 'Person').map((n) => n.id)).toEqual(['Person:benjamin-huo']);
  });

  it('leaves out an alias the corrections do not allow', async () => {
    const raw = await extractFile(path.join(folder, 'later.md'));
    if ('reason' in raw) throw new Error(raw.reason);
    const book = new PersonAliasBook([], () => false);
    expect(book.learn(raw.document)).toEqual([]);
    expect(book.map.size).toBe(0);
  });
});

describe('people merged by aliases within one document', () => {
  const source = (line: number) => ({ path: 'notes.md', line });
  const person = (key: string, aliases: string[], lines: number[]): GraphNode => ({
    id: `Person:${key}`,
    label: 'Person',
    key,
    properties: { name: key, aliases },
    sources: lines.map(source),
  });

  it('become one node with every alias and every place once, and their relationships merged', () => {
    const names = Array.from({ length: 300 }, (_, n) => `spelling${n}`);
    const document: DocumentGraph = {
      document: { path: 'notes.md', title: 'notes', ingestedAt: '2026-12-05T00:00:00.000Z', extractor: 'test', sha256: '0', lang: 'en' } as DocumentGraph['document'],
      graph: {
        // Each spelling also gives the next as an alias, and two spellings share each line.
        nodes: names.map((name, n) => person(name, [name, names[(n + 1) % names.length]], [Math.floor(n / 2) + 1])),
        relationships: names.map((name, n) => ({
          type: 'PRESENTED',
          start: `Person:${name}`,
          end: 'Talk:one-talk',
          properties: {},
          sources: [source(Math.floor(n / 2) + 1)],
        })) as GraphRelationship[],
      },
    };
    const merged = applyPersonAliases(document, new Map(names.map((name) => [name, 'ada-lovelace'])));
    expect(merged.graph.nodes).toHaveLength(1);
    const [ada] = merged.graph.nodes;
    expect(ada.id).toBe('Person:ada-lovelace');
    expect(ada.properties.aliases).toEqual(names);
    expect(ada.sources).toEqual(Array.from({ length: 150 }, (_, n) => source(n + 1)));
    expect(merged.graph.relationships).toHaveLength(1);
    expect(merged.graph.relationships[0]).toMatchObject({ start: 'Person:ada-lovelace', end: 'Talk:one-talk' });
    expect(merged.graph.relationships[0].sources).toHaveLength(150);
  });
});
