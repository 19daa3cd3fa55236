import { describe, expect, it } from 'vitest';
import { assertionsOf, LoadError, relationshipRef } from '../ingest/load/assertions';
import { deriveProperties, encodeClaim } from '../ingest/load/claims';
import { upsertNodesQuery, upsertRelationshipsQuery } from '../ingest/load/cypher';
import { planBatch, type BatchPlan, type StoredDocument, type StoredProperties } from '../ingest/load/plan';
import type { DocumentGraph, NodeLabel } from '../ingest/model';
import { DocumentFixture } from './support/graph-fixtures';

/** The graph as the planner sees it: properties by node id and by relationship ref. */
class PlannedGraph {
  nodes = new Map<string, StoredProperties>();
  relationships = new Map<string, StoredProperties>();

  load(documents: DocumentGraph[], retracted: string[] = [], now = '2025-01-01T00:00:00.000Z'): BatchPlan {
    const stored = new Map<string, StoredDocument>();
    for (const [id, properties] of this.nodes) {
      if (!id.startsWith('Document:')) continue;
      stored.set(String(properties.key), properties as unknown as StoredDocument & StoredProperties);
    }
    const plan = planBatch({
      documents: documents.map(assertionsOf),
      retracted,
      stored: new Map([...stored].map(([path, document]) => [path, { ...document, path }])),
      nodes: this.nodes,
      relationships: this.relationships,
      now,
    });
    for (const ids of plan.nodeDeletes.values()) ids.forEach((id) => this.nodes.delete(id));
    for (const rows of plan.nodeUpserts.values()) rows.forEach((row) => this.nodes.set(row.id, row.properties));
    for (const group of plan.relationshipDeletes.values()) {
      group.rows.forEach((row) => this.relationships.delete(relationshipRef(group.type, row.start, row.end, row.keyProperties)));
    }
    for (const group of plan.relationshipUpserts.values()) {
      group.rows.forEach((row) => this.relationships.set(relationshipRef(group.type, row.start, row.end, row.keyProperties), row.properties));
    }
    return plan;
  }

  relationship(type: string, start: string, end: string): StoredProperties | undefined {
    return this.relationships.get(JSON.stringify([type, start, end]));
  }
}

function writes(plan: BatchPlan): number {
  const count = (map: Map<unknown, unknown[]>) => [...map.values()].reduce((sum, rows) => sum + rows.length, 0);
  const rows = (map: Map<string, { rows: unknown[] }>) => [...map.values()].reduce((sum, group) => sum + group.rows.length, 0);
  return count(plan.nodeUpserts) + count(plan.nodeDeletes) + rows(plan.relationshipUpserts) + rows(plan.relationshipDeletes);
}

function keynote(path: string, withSecondTalk = false): DocumentGraph {
  const doc = new DocumentFixture(path);
  const event = doc.event('kubecon-eu-2022', 'KubeCon EU 2022', 2022, 2);
  const talk = doc.talk('fluent-operator@kubecon-eu-2022', 'Fluent Operator Deep Dive', 3, { abstract: 'Short.' });
  const person = doc.person('benjamin-huo', 'Benjamin Huo', 4);
  const org = doc.organization('kubesphere', 'KubeSphere', 4);
  doc.relate('PART_OF', talk, event, 3).relate('PRESENTED', person, talk, 4).relate('AFFILIATED_WITH', person, org, 4, { talks: [talk] });
  if (withSecondTalk) {
    const second = doc.talk('logging@kubecon-eu-2022', 'Logging at Scale', 9);
    doc.relate('PART_OF', second, event, 9).relate('PRESENTED', person, second, 10);
  }
  return doc.build();
}

function recap(path: string): DocumentGraph {
  const doc = new DocumentFixture(path);
  const talk = doc.talk('observability@kcd-chengdu-2023', 'Observability Talk', 5, { abstract: 'A much longer abstract.' });
  const person = doc.person('benjamin-huo', 'Benjamin Huo', 6, ['Huo Benjamin']);
  const org = doc.organization('kubesphere', 'KubeSphere', 6, ['青云科技']);
  doc.relate('PRESENTED', person, talk, 6).relate('AFFILIATED_WITH', person, org, 6, { talks: [talk] });
  return doc.build();
}

describe('deriveProperties', () => {
  it('unions lists, takes the first non-empty scalar in path order and the longest abstract, whatever the load order', () => {
    const claims = [
      encodeClaim('b.md', 'name', 'Second'),
      encodeClaim('b.md', 'abstract', 'The longer abstract'),
      encodeClaim('b.md', 'aliases', ['B', 'Shared']),
      encodeClaim('a.md', 'name', ''),
      encodeClaim('a.md', 'url', null),
      encodeClaim('a.md', 'abstract', 'Short'),
      encodeClaim('a.md', 'aliases', ['A', 'Shared']),
      encodeClaim('c.md', 'name', 'Third'),
    ];
    const derived = deriveProperties(claims);
    expect(derived).toEqual({ name: 'Second', abstract: 'The longer abstract', aliases: ['A', 'Shared', 'B'] });
    expect(deriveProperties([...claims].reverse())).toEqual(derived);
  });

  it('keeps tabs and colons in paths and values apart from the claim syntax', () => {
    const derived = deriveProperties([encodeClaim('notes\tand:odd.md', 'name', 'Tab\there')]);
    expect(derived).toEqual({ name: 'Tab\there' });
  });
});

describe('planBatch', () => {
  it('writes a node stated by two documents once, with both sources and the union of aliases', () => {
    const graph = new PlannedGraph();
    graph.load([keynote('a.md'), recap('b.md')]);
    const person = graph.nodes.get('Person:benjamin-huo');
    expect(person?.sources).toEqual(['a.md:4', 'b.md:6']);
    expect(person?.aliases).toEqual(['Huo Benjamin']);
    expect(person?.searchText).toBe('Benjamin Huo\nHuo Benjamin');
    expect(graph.nodes.get('Talk:fluent-operator@kubecon-eu-2022')?.name).toBe('Fluent Operator Deep Dive');
    expect(graph.relationship('AFFILIATED_WITH', 'Person:benjamin-huo', 'Organization:kubesphere')?.talks).toEqual([
      'Talk:fluent-operator@kubecon-eu-2022',
      'Talk:observability@kcd-chengdu-2023',
    ]);
    expect(graph.relationship('DESCRIBES', 'Document:a.md', 'Event:kubecon-eu-2022')?.sources).toEqual(['a.md:2']);
  });

  it('writes nothing when the same documents are loaded again', () => {
    const graph = new PlannedGraph();
    graph.load([keynote('a.md'), recap('b.md')]);
    const again = graph.load([keynote('a.md'), recap('b.md')]);
    expect(writes(again)).toBe(0);
    expect(again.nodes).toEqual({});
  });

  it('replaces what a changed document said and keeps what the other document said', () => {
    const graph = new PlannedGraph();
    graph.load([keynote('a.md'), recap('b.md')]);
    const changed = new DocumentFixture('a.md');
    changed.event('kubecon-eu-2022', 'KubeCon EU 2022', 2022, 2);
    changed.organization('kubesphere', 'KubeSphere', 7);
    const plan = graph.load([changed.build()]);

    expect(graph.nodes.has('Talk:fluent-operator@kubecon-eu-2022')).toBe(false);
    expect(graph.relationship('PRESENTED', 'Person:benjamin-huo', 'Talk:fluent-operator@kubecon-eu-2022')).toBeUndefined();
    expect(graph.nodes.get('Person:benjamin-huo')?.sources).toEqual(['b.md:6']);
    expect(graph.nodes.get('Organization:kubesphere')?.sources).toEqual(['a.md:7', 'b.md:6']);
    expect(graph.relationship('AFFILIATED_WITH', 'Person:benjamin-huo', 'Organization:kubesphere')).toMatchObject({
      sources: ['b.md:6'],
      talks: ['Talk:observability@kcd-chengdu-2023'],
    });
    expect(plan.nodes.Talk).toEqual({ created: 0, updated: 0, deleted: 1 });
    expect(plan.relationships.PRESENTED).toEqual({ created: 0, updated: 0, deleted: 1 });
  });

  it('retracts a document: its Document node and what it alone said go, shared nodes lose its sources', () => {
    const graph = new PlannedGraph();
    graph.load([keynote('a.md', true), recap('b.md')]);
    graph.load([], ['a.md']);
    const labels = (label: NodeLabel) => [...graph.nodes.keys()].filter((id) => id.startsWith(`${label}:`)).sort();
    expect(labels('Document')).toEqual(['Document:b.md']);
    expect(labels('Talk')).toEqual(['Talk:observability@kcd-chengdu-2023']);
    expect(labels('Event')).toEqual([]);
    expect(graph.nodes.get('Organization:kubesphere')).toMatchObject({ sources: ['b.md:6'], aliases: ['青云科技'] });
    expect([...graph.relationships.keys()].every((ref) => !ref.includes('a.md'))).toBe(true);
  });

  it('keeps ingestedAt while the sha256 is unchanged and renews it when the document changes', () => {
    const graph = new PlannedGraph();
    graph.load([keynote('a.md')], [], '2025-01-01T00:00:00.000Z');
    graph.load([keynote('a.md')], [], '2025-02-02T00:00:00.000Z');
    const document = graph.nodes.get('Document:a.md');
    expect(document).toMatchObject({ key: 'a.md', ingestedAt: '2025-01-01T00:00:00.000Z' });
    expect(document?.assertedNodes).toContain('Person:benjamin-huo');
    graph.load([keynote('a.md', true)], [], '2025-03-03T00:00:00.000Z');
    expect(graph.nodes.get('Document:a.md')?.ingestedAt).toBe('2025-03-03T00:00:00.000Z');
  });
});

describe('assertionsOf', () => {
  it('rejects a relationship whose endpoint the document does not state, naming the document', () => {
    const doc = new DocumentFixture('broken.md');
    const person = doc.person('someone', 'Someone');
    doc.relate('PRESENTED', person, 'Talk:missing@nowhere');
    expect(() => assertionsOf(doc.build())).toThrow(LoadError);
    expect(() => assertionsOf(doc.build())).toThrow(/broken\.md.*Talk:missing@nowhere/);
  });

  it('keys CONTRIBUTES_TO by role and requires one', () => {
    const doc = new DocumentFixture('bio.md');
    const person = doc.person('someone', 'Someone');
    const project = doc.node('Project', 'fluent-bit', { name: 'Fluent Bit', aliases: [] });
    doc.relate('CONTRIBUTES_TO', person, project, 1, { role: 'maintainer' }).relate('CONTRIBUTES_TO', person, project, 2, { role: 'creator' });
    expect(assertionsOf(doc.build()).relationships.filter((r) => r.type === 'CONTRIBUTES_TO')).toHaveLength(2);
    doc.relate('CONTRIBUTES_TO', person, project, 3);
    expect(() => assertionsOf(doc.build())).toThrow(/bio\.md.*no role/);
  });
});

describe('loader Cypher', () => {
  it('spells only known labels and types into the text and passes values as parameters', () => {
    const query = upsertRelationshipsQuery('CONTRIBUTES_TO', 'Person', 'Project', [
      { start: 'Person:x', end: 'Project:y', keyProperties: { role: 'creator' }, properties: { sources: ["x.md:1'})"] } },
    ]);
    expect(query.cypher).toContain('MERGE (a)-[r:CONTRIBUTES_TO {role: row.keyProperties.role}]->(b)');
    expect(query.cypher).not.toContain('x.md');
    expect(() => upsertNodesQuery('Talk) DETACH DELETE (n' as NodeLabel, [])).toThrow(/unknown node label/);
  });
});
