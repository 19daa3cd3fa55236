import { describe, expect, it } from 'vitest';
import { assertionsOf, LoadError, relationshipRef } from '../ingest/load/plan/assertions';
import { createRelationshipsQuery, updateNodesQuery } from '../ingest/load/cypher';
import { decodeStatements, planBatch, type BatchPlan, type EntityState, type StoredDocument, type StoredProperties } from '../ingest/load/plan';
import { claimsOf, deriveProperties, parseTallies, type Tallies } from '../ingest/load/plan/tallies';
import type { DocumentGraph, NodeLabel } from '../graph/model';
import { DocumentFixture } from './support/graph-fixtures';

/** The graph as the planner sees it: properties by node id and relationship ref, DESCRIBES lines by document. */
class PlannedGraph {
  nodes = new Map<string, StoredProperties>();
  relationships = new Map<string, StoredProperties>();
  describes = new Map<string, Map<string, number[]>>();

  load(documents: DocumentGraph[], retracted: string[] = [], now = '2025-01-01T00:00:00.000Z'): BatchPlan {
    const stored = new Map<string, StoredDocument>();
    for (const [id, properties] of this.nodes) {
      if (!id.startsWith('Document:')) continue;
      const path = String(properties.key);
      stored.set(path, {
        path,
        sha256: String(properties.sha256),
        ingestedAt: String(properties.ingestedAt),
        statements: decodeStatements(properties.statements),
        properties,
      });
    }
    const state = (properties: StoredProperties): EntityState => ({
      documentCount: Number(properties.documentCount),
      tallies: parseTallies(properties.tallies),
    });
    const plan = planBatch({
      documents: documents.map(assertionsOf),
      retracted,
      stored,
      nodes: new Map([...this.nodes].filter(([id]) => !id.startsWith('Document:')).map(([id, p]) => [id, state(p)])),
      relationships: new Map([...this.relationships].map(([ref, p]) => [ref, state(p)])),
      now,
    });
    for (const group of plan.relationshipDeletes.values()) {
      group.rows.forEach((row) => this.relationships.delete(relationshipRef(group.type, row.start, row.end, row.keyProperties)));
    }
    for (const ids of plan.nodeDeletes.values()) {
      for (const id of ids) {
        this.nodes.delete(id);
        this.describes.delete(id);
        for (const edges of this.describes.values()) edges.delete(id);
      }
    }
    for (const id of plan.describesDeletes) this.describes.delete(id);
    // Creates set every property; updates are `SET +=` with null for what goes.
    const set = (before: StoredProperties | undefined, changes: StoredProperties) =>
      Object.fromEntries(Object.entries({ ...before, ...changes }).filter(([, value]) => value !== null));
    for (const rows of plan.nodeCreates.values()) rows.forEach((row) => this.nodes.set(row.id, row.properties));
    for (const rows of plan.nodeUpdates.values()) rows.forEach((row) => this.nodes.set(row.id, set(this.nodes.get(row.id), row.properties)));
    for (const group of plan.relationshipCreates.values()) {
      group.rows.forEach((row) => this.relationships.set(relationshipRef(group.type, row.start, row.end, row.keyProperties), row.properties));
    }
    // Counted relationships: the database adds the change, creating or deleting as the count says.
    for (const group of [...plan.relationshipsStatedMore.values(), ...plan.relationshipsStatedLess.values()]) {
      for (const row of group.rows) {
        const ref = relationshipRef(group.type, row.start, row.end, row.keyProperties);
        const before = this.relationships.get(ref);
        const documentCount = Number(before?.documentCount ?? 0) + row.documents;
        if (documentCount <= 0) this.relationships.delete(ref);
        else this.relationships.set(ref, { ...(before ?? { ...row.keyProperties, tallies: [] }), documentCount });
      }
    }
    for (const group of plan.relationshipUpdates.values()) {
      for (const row of group.rows) {
        const ref = relationshipRef(group.type, row.start, row.end, row.keyProperties);
        this.relationships.set(ref, set(this.relationships.get(ref), row.properties));
      }
    }
    for (const rows of plan.describesCreates.values()) {
      for (const row of rows) {
        const edges = this.describes.get(row.document) ?? new Map<string, number[]>();
        for (const node of row.nodes) edges.set(node.id, node.lines);
        this.describes.set(row.document, edges);
      }
    }
    return plan;
  }

  relationship(type: string, start: string, end: string): StoredProperties | undefined {
    return this.relationships.get(JSON.stringify([type, start, end]));
  }

  /** "path:line" of every DESCRIBES edge into the node, by path and line: what the API serves as its sources. */
  sources(id: string): string[] {
    return [...this.describes]
      .filter(([, edges]) => edges.has(id))
      .map(([document, edges]) => [document.slice('Document:'.length), edges.get(id)!] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .flatMap(([path, lines]) => lines.map((line) => `${path}:${line}`));
  }
}

function writes(plan: BatchPlan): number {
  const count = (map: Map<unknown, unknown[]>) => [...map.values()].reduce((sum, rows) => sum + rows.length, 0);
  const rows = (map: Map<string, { rows: unknown[] }>) => [...map.values()].reduce((sum, group) => sum + group.rows.length, 0);
  return (
    count(plan.nodeCreates) +
    count(plan.nodeUpdates) +
    count(plan.nodeDeletes) +
    rows(plan.relationshipCreates) +
    rows(plan.relationshipUpdates) +
    rows(plan.relationshipDeletes) +
    rows(plan.relationshipsStatedMore) +
    rows(plan.relationshipsStatedLess) +
    [...plan.describesCreates.values()].flat().reduce((sum, row) => sum + row.nodes.length, 0) +
    plan.describesDeletes.length
  );
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

/** Tallies of several documents' properties, as the loader adds them up. */
function talliesOf(...documents: Record<string, string | string[] | null>[]): Tallies {
  const tallies: Tallies = new Map();
  for (const properties of documents) for (const claim of claimsOf(properties, new Set())) tallies.set(claim, (tallies.get(claim) ?? 0) + 1);
  return tallies;
}

describe('deriveProperties', () => {
  it('takes the value most documents give, the longest abstract, and every list item, most given first', () => {
    const derived = deriveProperties(
      talliesOf(
        { name: 'Kubernetes', abstract: 'Short', aliases: ['K8s', 'kube'] },
        { name: 'kubernetes', abstract: 'The longer abstract', aliases: ['K8s'] },
        { name: 'Kubernetes', url: null, aliases: [] },
        { name: '' },
      ),
    );
    expect(derived).toEqual({ name: 'Kubernetes', abstract: 'The longer abstract', aliases: ['K8s', 'kube'] });
  });

  it('breaks a tie the same way whatever order the documents came in', () => {
    const one = deriveProperties(talliesOf({ title: 'Beta' }, { title: 'Alpha' }));
    const other = deriveProperties(talliesOf({ title: 'Alpha' }, { title: 'Beta' }));
    expect(one).toEqual(other);
    expect(one.title).toBe('Alpha');
  });

  it('keeps tabs in values apart from the tally syntax', () => {
    expect(deriveProperties(talliesOf({ name: 'Tab\there', aliases: ['a\tb'] }))).toEqual({ name: 'Tab\there', aliases: ['a\tb'] });
  });
});

describe('planBatch', () => {
  it('writes a node stated by two documents once, with both documents describing it and the union of aliases', () => {
    const graph = new PlannedGraph();
    graph.load([keynote('a.md'), recap('b.md')]);
    const person = graph.nodes.get('Person:benjamin-huo');
    expect(graph.sources('Person:benjamin-huo')).toEqual(['a.md:4', 'b.md:6']);
    expect(person).toMatchObject({ aliases: ['Huo Benjamin'], documentCount: 2, searchText: 'Benjamin Huo\nHuo Benjamin' });
    expect(graph.nodes.get('Talk:fluent-operator@kubecon-eu-2022')?.name).toBe('Fluent Operator Deep Dive');
    expect(graph.relationship('AFFILIATED_WITH', 'Person:benjamin-huo', 'Organization:kubesphere')).toMatchObject({
      talks: ['Talk:fluent-operator@kubecon-eu-2022', 'Talk:observability@kcd-chengdu-2023'],
      documentCount: 2,
    });
    expect(graph.sources('Event:kubecon-eu-2022')).toEqual(['a.md:2']);
  });

  it('writes nothing when the same documents are loaded again', () => {
    const graph = new PlannedGraph();
    graph.load([keynote('a.md'), recap('b.md')]);
    const again = graph.load([keynote('a.md'), recap('b.md')]);
    expect(writes(again)).toBe(0);
    expect(again.nodes).toEqual({});
  });

  it('gives a node the same properties whatever order and batches its documents came in', () => {
    const together = new PlannedGraph();
    together.load([keynote('a.md'), recap('b.md')]);
    const apart = new PlannedGraph();
    apart.load([recap('b.md')]);
    apart.load([keynote('a.md')]);
    expect(apart.nodes).toEqual(together.nodes);
    expect(apart.relationships).toEqual(together.relationships);
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
    expect(graph.sources('Person:benjamin-huo')).toEqual(['b.md:6']);
    expect(graph.sources('Organization:kubesphere')).toEqual(['a.md:7', 'b.md:6']);
    expect(graph.relationship('AFFILIATED_WITH', 'Person:benjamin-huo', 'Organization:kubesphere')).toMatchObject({
      documentCount: 1,
      talks: ['Talk:observability@kcd-chengdu-2023'],
    });
    expect(plan.nodes.Talk).toEqual({ created: 0, updated: 0, deleted: 1 });
    // Relationships without claims are counted down by the database, which says what it deleted (see load.int).
    expect(plan.relationshipsStatedLess.get('PRESENTED Person Talk')?.rows).toEqual([
      { start: 'Person:benjamin-huo', end: 'Talk:fluent-operator@kubecon-eu-2022', keyProperties: {}, documents: -1 },
    ]);
  });

  it('retracts a document: its Document node and what it alone said go, shared nodes lose its statements', () => {
    const graph = new PlannedGraph();
    graph.load([keynote('a.md', true), recap('b.md')]);
    graph.load([], ['a.md']);
    const labels = (label: NodeLabel) => [...graph.nodes.keys()].filter((id) => id.startsWith(`${label}:`)).sort();
    expect(labels('Document')).toEqual(['Document:b.md']);
    expect(labels('Talk')).toEqual(['Talk:observability@kcd-chengdu-2023']);
    expect(labels('Event')).toEqual([]);
    expect(graph.nodes.get('Organization:kubesphere')).toMatchObject({ documentCount: 1, aliases: ['青云科技'] });
    expect(graph.sources('Organization:kubesphere')).toEqual(['b.md:6']);
    expect([...graph.relationships.values()].every((r) => r.documentCount === 1)).toBe(true);
  });

  it('keeps ingestedAt while the sha256 is unchanged and renews it when the document changes', () => {
    const graph = new PlannedGraph();
    graph.load([keynote('a.md')], [], '2025-01-01T00:00:00.000Z');
    graph.load([keynote('a.md')], [], '2025-02-02T00:00:00.000Z');
    const document = graph.nodes.get('Document:a.md');
    expect(document).toMatchObject({ key: 'a.md', ingestedAt: '2025-01-01T00:00:00.000Z' });
    expect([...decodeStatements(document?.statements).nodes.keys()]).toContain('Person:benjamin-huo');
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
    const query = createRelationshipsQuery('CONTRIBUTES_TO', 'Person', 'Project', [
      { start: 'Person:x', end: 'Project:y', keyProperties: { role: 'creator' }, properties: { role: "x.md:1'})" } },
    ]);
    expect(query.cypher).toContain('CREATE (a)-[r:CONTRIBUTES_TO]->(b) SET r = row.properties');
    expect(query.cypher).not.toContain('x.md');
    expect(() => updateNodesQuery('Talk) DETACH DELETE (n' as NodeLabel, [])).toThrow(/unknown node label/);
  });
});
