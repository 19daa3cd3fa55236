import { nodeId, parseNodeId, type NodeLabel, type PropertyValue, type RelationshipType } from '../model';
import { labelOf, parseRelationshipRef, type DocumentAssertions } from './assertions';
import { deriveProperties, withAssertion, withoutDocuments, type Provenance } from './claims';

export type StoredProperties = Record<string, unknown>;

/** A Document node as stored: what its document asserted, so that it can be taken back without scanning the graph. */
export interface StoredDocument {
  path: string;
  sha256: string;
  ingestedAt: string;
  assertedNodes: string[];
  assertedRelationships: string[];
}

export interface NodeWrite {
  id: string;
  properties: Record<string, PropertyValue>;
}

export interface RelationshipEndpoints {
  start: string;
  end: string;
  keyProperties: Record<string, PropertyValue>;
}

export interface RelationshipWrite extends RelationshipEndpoints {
  properties: Record<string, PropertyValue>;
}

/** Relationships grouped by what a query must spell out literally: type and endpoint labels. */
export interface RelationshipGroup<Row> {
  type: RelationshipType;
  startLabel: NodeLabel;
  endLabel: NodeLabel;
  rows: Row[];
}

export interface ChangeCounts {
  created: number;
  updated: number;
  deleted: number;
}

export interface BatchPlan {
  nodeUpserts: Map<NodeLabel, NodeWrite[]>;
  nodeDeletes: Map<NodeLabel, string[]>;
  relationshipUpserts: Map<string, RelationshipGroup<RelationshipWrite>>;
  relationshipDeletes: Map<string, RelationshipGroup<RelationshipEndpoints>>;
  nodes: Record<string, ChangeCounts>;
  relationships: Record<string, ChangeCounts>;
}

export interface BatchState {
  /** Documents being (re)loaded, and paths being retracted for good. */
  documents: DocumentAssertions[];
  retracted: string[];
  stored: Map<string, StoredDocument>;
  /** Provenance (sources, claims) of every node and relationship the batch touches, by node id and relationship ref;
   *  the full properties of the batch's Document nodes. */
  nodes: Map<string, StoredProperties>;
  relationships: Map<string, StoredProperties>;
  now: string;
}

/** Node ids and relationship refs a batch may change: what its documents assert now or asserted before. */
export function touchedBy(documents: DocumentAssertions[], stored: Iterable<StoredDocument>): { nodes: Set<string>; relationships: Set<string> } {
  const nodes = new Set<string>();
  const relationships = new Set<string>();
  for (const document of stored) {
    document.assertedNodes.forEach((id) => nodes.add(id));
    document.assertedRelationships.forEach((ref) => relationships.add(ref));
  }
  for (const document of documents) {
    document.nodes.forEach((node) => nodes.add(node.id));
    document.relationships.forEach((relationship) => relationships.add(relationship.ref));
  }
  return { nodes, relationships };
}

/**
 * What a batch writes: every touched node and relationship loses what the batch's documents said before and gains
 * what they say now; whatever is left with no source is deleted; whatever ends up as it was is not written at all.
 */
export function planBatch(state: BatchState): BatchPlan {
  const paths = new Set([...state.retracted, ...state.documents.map((document) => document.graph.document.path)]);
  const plan: BatchPlan = {
    nodeUpserts: new Map(),
    nodeDeletes: new Map(),
    relationshipUpserts: new Map(),
    relationshipDeletes: new Map(),
    nodes: {},
    relationships: {},
  };
  const touched = touchedBy(state.documents, [...paths].flatMap((path) => state.stored.get(path) ?? []));

  const nodeAssertions = new Map<string, Provenance>();
  const relationshipAssertions = new Map<string, Provenance>();
  for (const document of state.documents) {
    for (const node of document.nodes) nodeAssertions.set(node.id, withAssertion(nodeAssertions.get(node.id) ?? empty, node));
    for (const relationship of document.relationships) {
      relationshipAssertions.set(relationship.ref, withAssertion(relationshipAssertions.get(relationship.ref) ?? empty, relationship));
    }
  }

  for (const id of touched.nodes) {
    const label = labelOf(id);
    const existing = state.nodes.get(id);
    const provenance = withAssertion(withoutDocuments(provenanceOf(existing), paths), nodeAssertions.get(id) ?? empty);
    if (provenance.sources.length === 0) {
      if (existing) {
        push(plan.nodeDeletes, label, id);
        count(plan.nodes, label, 'deleted');
      }
      continue;
    }
    // The other properties are derived from the provenance alone: the same provenance means nothing to write.
    if (existing && sameProvenance(existing, provenance)) continue;
    push(plan.nodeUpserts, label, { id, properties: nodeProperties(id, provenance) });
    count(plan.nodes, label, existing ? 'updated' : 'created');
  }

  for (const ref of touched.relationships) {
    const { type, start, end, keyProperties } = parseRelationshipRef(ref);
    const group = `${type} ${labelOf(start)} ${labelOf(end)}`;
    const existing = state.relationships.get(ref);
    const provenance = withAssertion(withoutDocuments(provenanceOf(existing), paths), relationshipAssertions.get(ref) ?? empty);
    if (provenance.sources.length === 0) {
      if (existing) {
        pushRow(plan.relationshipDeletes, group, type, start, end, { start, end, keyProperties });
        count(plan.relationships, type, 'deleted');
      }
      continue;
    }
    if (existing && sameProvenance(existing, provenance)) continue;
    const properties: Record<string, PropertyValue> = {
      ...deriveProperties(provenance.claims),
      ...keyProperties,
      sources: provenance.sources,
      claims: provenance.claims,
    };
    pushRow(plan.relationshipUpserts, group, type, start, end, { start, end, keyProperties, properties });
    count(plan.relationships, type, existing ? 'updated' : 'created');
  }

  for (const path of state.retracted) {
    if (!state.stored.has(path)) continue;
    push(plan.nodeDeletes, 'Document', nodeId('Document', path));
    count(plan.nodes, 'Document', 'deleted');
  }
  for (const { graph, nodes, relationships } of state.documents) {
    const { document } = graph;
    const id = nodeId('Document', document.path);
    const stored = state.stored.get(document.path);
    const name = document.title || document.path;
    const properties: Record<string, PropertyValue> = {
      id,
      key: document.path,
      path: document.path,
      name,
      searchText: name,
      title: document.title,
      sha256: document.sha256,
      lang: document.lang,
      ...(document.extractor ? { extractor: document.extractor } : {}),
      ingestedAt: stored?.sha256 === document.sha256 ? stored.ingestedAt : state.now,
      assertedNodes: nodes.map((node) => node.id).sort(),
      assertedRelationships: relationships.map((relationship) => relationship.ref).sort(),
    };
    const existing = state.nodes.get(id);
    if (existing && sameProperties(existing, properties)) continue;
    push(plan.nodeUpserts, 'Document', { id, properties });
    count(plan.nodes, 'Document', existing ? 'updated' : 'created');
  }
  return plan;
}

const empty: Provenance = { sources: [], claims: [] };

function provenanceOf(properties: StoredProperties | undefined): Provenance {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return { sources: list(properties?.sources), claims: list(properties?.claims) };
}

/** A node's stored properties: derived from its claims, plus the loader's own (id, key, name, searchText). */
export function nodeProperties(id: string, provenance: Provenance): Record<string, PropertyValue> {
  const { label, key } = parseNodeId(id) ?? { label: labelOf(id), key: id };
  const derived = deriveProperties(provenance.claims);
  const text = (value: PropertyValue | undefined) => (typeof value === 'string' && value !== '' ? value : undefined);
  const list = (value: PropertyValue | undefined) => (Array.isArray(value) ? value : []);
  const name = (label === 'Talk' ? text(derived.title) ?? text(derived.name) : text(derived.name) ?? text(derived.title)) ?? key;
  const searchText = [...new Set([name, ...list(derived.aliases), ...list(derived.altTitles)].filter((item) => item !== ''))].join('\n');
  return { ...derived, id, key, name, searchText, sources: provenance.sources, claims: provenance.claims };
}

function sameProvenance(stored: StoredProperties, next: Provenance): boolean {
  const current = provenanceOf(stored);
  return sameList(current.sources, next.sources) && sameList(current.claims, next.claims);
}

function sameList(left: string[], right: string[]): boolean {
  return left.length === right.length && left.every((item, i) => item === right[i]);
}

/** Whether what is stored already equals what would be written (both read back as plain JSON values). */
export function sameProperties(stored: StoredProperties, next: Record<string, PropertyValue>): boolean {
  const keys = Object.keys(next);
  if (Object.keys(stored).length !== keys.length) return false;
  return keys.every((key) => JSON.stringify(stored[key]) === JSON.stringify(next[key]));
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pushRow<Row>(
  map: Map<string, RelationshipGroup<Row>>,
  group: string,
  type: RelationshipType,
  start: string,
  end: string,
  row: Row,
): void {
  const existing = map.get(group);
  if (existing) existing.rows.push(row);
  else map.set(group, { type, startLabel: labelOf(start), endLabel: labelOf(end), rows: [row] });
}

function count(counts: Record<string, ChangeCounts>, name: string, change: keyof ChangeCounts): void {
  counts[name] ??= { created: 0, updated: 0, deleted: 0 };
  counts[name][change] += 1;
}
