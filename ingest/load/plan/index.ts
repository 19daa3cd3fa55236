import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { nodeId, parseNodeId, type NodeLabel, type PropertyValue, type RelationshipType } from '../../../graph/model';
import { labelOf, parseRelationshipRef, type DocumentAssertions, type Statement } from './assertions';
import { addToTally, deriveProperties, formatTallies, type Tallies } from './tallies';

export type StoredProperties = Record<string, unknown>;

/** What a document said, as its Document node keeps it: a statement per node id and per relationship ref. */
export interface DocumentStatements {
  nodes: Map<string, Statement>;
  relationships: Map<string, Statement>;
}

/** A Document node as stored: what its document said, so that it can be taken back without scanning the graph. */
export interface StoredDocument {
  path: string;
  sha256: string;
  ingestedAt: string;
  statements: DocumentStatements;
  properties: StoredProperties;
}

/** A node or relationship as stored: how many documents state it and what they claim of it. */
export interface EntityState {
  documentCount: number;
  tallies: Tallies;
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

/** The DESCRIBES edges of one document to nodes of one label: it states each node on its lines. */
export interface DescribesWrite {
  document: string;
  nodes: { id: string; lines: number[] }[];
}

export interface ChangeCounts {
  created: number;
  updated: number;
  deleted: number;
}

/** A relationship whose claims do not change, only how many documents state it: the database adds the change. */
export interface RelationshipCount extends RelationshipEndpoints {
  documents: number;
}

export interface BatchPlan {
  nodeCreates: Map<NodeLabel, NodeWrite[]>;
  nodeUpdates: Map<NodeLabel, NodeWrite[]>;
  nodeDeletes: Map<NodeLabel, string[]>;
  relationshipCreates: Map<string, RelationshipGroup<RelationshipWrite>>;
  relationshipUpdates: Map<string, RelationshipGroup<RelationshipWrite>>;
  relationshipDeletes: Map<string, RelationshipGroup<RelationshipEndpoints>>;
  /** More documents state these (created when new): written without reading them first. */
  relationshipsStatedMore: Map<string, RelationshipGroup<RelationshipCount>>;
  /** Fewer documents state these (deleted when none does). */
  relationshipsStatedLess: Map<string, RelationshipGroup<RelationshipCount>>;
  /** Document ids whose DESCRIBES edges are replaced (a deleted Document loses them with the node). */
  describesDeletes: string[];
  describesCreates: Map<NodeLabel, DescribesWrite[]>;
  nodes: Record<string, ChangeCounts>;
  relationships: Record<string, ChangeCounts>;
  /** The state of each touched node and relationship once the batch is written (undefined: deleted); relationships
   *  whose count alone changes are in it only when the batch's state was complete. */
  after: { nodes: Map<string, EntityState | undefined>; relationships: Map<string, EntityState | undefined> };
  /** Node ids and relationship refs whose updates are taken out of the batch, for the end of a bulk load (KnownGraph). */
  deferred?: { nodes: Set<string>; relationships: Set<string> };
}

export interface BatchState {
  /** Documents being (re)loaded, and paths being retracted for good. */
  documents: DocumentAssertions[];
  retracted: string[];
  stored: Map<string, StoredDocument>;
  /** The stored state of every node id and relationship ref the batch touches, and of every end of those
   *  relationships; absent ones do not exist. */
  nodes: Map<string, EntityState>;
  relationships: Map<string, EntityState>;
  /** True when `nodes` and `relationships` hold every stored one the batch touches, those whose count alone changes
   *  included (see KnownGraph): each is then created, updated or deleted knowingly, not counted by the database. */
  complete?: boolean;
  /** Leave the updates of stored nodes and relationships (not Documents) out of the plan, in `deferred`: a bulk load
   *  writes them once at its end. */
  deferUpdates?: boolean;
  now: string;
}

/** How a batch changes one entity: documents stating it, and claim counts. */
interface Delta {
  documents: number;
  claims: Map<string, number>;
}

/** The node ids and relationship refs whose state the batch changes, each with its change. */
export interface BatchDeltas {
  nodes: Map<string, Delta>;
  relationships: Map<string, Delta>;
  /** Documents whose statements changed (or are new): their DESCRIBES edges are written anew. */
  restated: Set<string>;
}

/** A change of the document count alone: the properties, derived from the claims, stay as they are. */
export function countsOnly(delta: Delta): boolean {
  for (const change of delta.claims.values()) if (change !== 0) return false;
  return true;
}

/**
 * What the batch's documents change: the statements of their stored versions are taken back and the new ones added,
 * so only entities whose counts move are touched. A document that says what its stored version said changes nothing.
 */
export function deltasOf(documents: DocumentAssertions[], retracted: string[], stored: Map<string, StoredDocument>): BatchDeltas {
  const deltas: BatchDeltas = { nodes: new Map(), relationships: new Map(), restated: new Set() };
  const add = (into: Map<string, Delta>, id: string, statement: Statement, sign: 1 | -1) => {
    const delta = into.get(id) ?? { documents: 0, claims: new Map() };
    delta.documents += sign;
    for (const claim of statement.claims) delta.claims.set(claim, (delta.claims.get(claim) ?? 0) + sign);
    into.set(id, delta);
  };
  const takeBack = (statements: DocumentStatements) => {
    for (const [id, statement] of statements.nodes) add(deltas.nodes, id, statement, -1);
    for (const [ref, statement] of statements.relationships) add(deltas.relationships, ref, statement, -1);
  };
  for (const path of retracted) {
    const before = stored.get(path);
    if (before) takeBack(before.statements);
  }
  for (const document of documents) {
    const path = document.graph.document.path;
    const before = stored.get(path);
    if (before && sameStatements(before.statements, document)) continue;
    if (before) takeBack(before.statements);
    deltas.restated.add(path);
    for (const node of document.nodes) add(deltas.nodes, node.id, node, 1);
    for (const relationship of document.relationships) add(deltas.relationships, relationship.ref, relationship, 1);
  }
  for (const into of [deltas.nodes, deltas.relationships]) {
    for (const [id, delta] of into) if (delta.documents === 0 && [...delta.claims.values()].every((n) => n === 0)) into.delete(id);
  }
  return deltas;
}

/**
 * What a batch writes: every touched node and relationship gets its new counts and the properties they derive;
 * whatever no document states any more is deleted; documents whose statements changed get new DESCRIBES edges.
 */
export function planBatch(state: BatchState, deltas = deltasOf(state.documents, state.retracted, state.stored)): BatchPlan {
  const plan: BatchPlan = {
    nodeCreates: new Map(),
    nodeUpdates: new Map(),
    nodeDeletes: new Map(),
    relationshipCreates: new Map(),
    relationshipUpdates: new Map(),
    relationshipDeletes: new Map(),
    relationshipsStatedMore: new Map(),
    relationshipsStatedLess: new Map(),
    describesDeletes: [],
    describesCreates: new Map(),
    nodes: {},
    relationships: {},
    after: { nodes: new Map(), relationships: new Map() },
    ...(state.deferUpdates ? { deferred: { nodes: new Set<string>(), relationships: new Set<string>() } } : {}),
  };

  for (const [id, delta] of deltas.nodes) {
    const label = labelOf(id);
    const existing = state.nodes.get(id);
    const next = applied(existing, delta);
    plan.after.nodes.set(id, next);
    if (!next) {
      if (existing) {
        push(plan.nodeDeletes, label, id);
        count(plan.nodes, label, 'deleted');
      }
      continue;
    }
    count(plan.nodes, label, existing ? 'updated' : 'created');
    if (existing && plan.deferred) {
      plan.deferred.nodes.add(id);
      continue;
    }
    const properties = nodeProperties(id, next);
    if (existing) push(plan.nodeUpdates, label, { id, properties: changedProperties(nodeProperties(id, existing), properties) });
    else push(plan.nodeCreates, label, { id, properties });
  }

  for (const [ref, delta] of deltas.relationships) {
    const { type, start, end, keyProperties } = parseRelationshipRef(ref);
    const group = `${type} ${labelOf(start)} ${labelOf(end)}`;
    if (!state.complete && countsOnly(delta)) {
      if (delta.documents > 0 && (!state.nodes.has(start) || !state.nodes.has(end))) {
        // An end the batch creates has no relationships yet: nothing to count up, only to create.
        const properties = relationshipProperties(keyProperties, { documentCount: delta.documents, tallies: NO_TALLIES });
        pushRow(plan.relationshipCreates, group, type, start, end, { start, end, keyProperties, properties });
        count(plan.relationships, type, 'created');
        continue;
      }
      // Whether it exists, and so what was created or deleted, the write itself tells (see batch.ts).
      const counted = delta.documents > 0 ? plan.relationshipsStatedMore : plan.relationshipsStatedLess;
      pushRow(counted, group, type, start, end, { start, end, keyProperties, documents: delta.documents });
      continue;
    }
    const existing = state.relationships.get(ref);
    const next = applied(existing, delta);
    plan.after.relationships.set(ref, next);
    if (!next) {
      if (existing) {
        pushRow(plan.relationshipDeletes, group, type, start, end, { start, end, keyProperties });
        count(plan.relationships, type, 'deleted');
      }
      continue;
    }
    if (existing && plan.deferred) {
      plan.deferred.relationships.add(ref);
      count(plan.relationships, type, 'updated');
      continue;
    }
    const properties = relationshipProperties(keyProperties, next);
    if (existing) {
      const changed = changedProperties(relationshipProperties(keyProperties, existing), properties);
      pushRow(plan.relationshipUpdates, group, type, start, end, { start, end, keyProperties, properties: changed });
    } else {
      pushRow(plan.relationshipCreates, group, type, start, end, { start, end, keyProperties, properties });
    }
    count(plan.relationships, type, existing ? 'updated' : 'created');
  }

  for (const path of state.retracted) {
    const stored = state.stored.get(path);
    if (!stored) continue;
    push(plan.nodeDeletes, 'Document', nodeId('Document', path));
    count(plan.nodes, 'Document', 'deleted');
    countMany(plan.relationships, 'DESCRIBES', 'deleted', stored.statements.nodes.size);
  }
  for (const assertions of state.documents) {
    const { document } = assertions.graph;
    const id = nodeId('Document', document.path);
    const stored = state.stored.get(document.path);
    if (deltas.restated.has(document.path)) {
      if (stored) {
        plan.describesDeletes.push(id);
        countMany(plan.relationships, 'DESCRIBES', 'deleted', stored.statements.nodes.size);
      }
      const byLabel = new Map<NodeLabel, { id: string; lines: number[] }[]>();
      for (const node of assertions.nodes) push(byLabel, node.label, { id: node.id, lines: node.lines });
      for (const [label, nodes] of byLabel) push(plan.describesCreates, label, { document: id, nodes });
      countMany(plan.relationships, 'DESCRIBES', 'created', assertions.nodes.length);
    }
    const name = document.title || document.path;
    const properties: Record<string, PropertyValue> = {
      id,
      key: document.path,
      path: document.path,
      ...(document.root ? { root: document.root } : {}),
      name,
      searchText: name,
      title: document.title,
      sha256: document.sha256,
      lang: document.lang,
      ...(document.extractor ? { extractor: document.extractor } : {}),
      ...(document.corrections ? { corrections: document.corrections } : {}),
      ingestedAt: stored?.sha256 === document.sha256 ? stored.ingestedAt : state.now,
      statements: assertions.statements ?? encodeStatements(assertions),
      ...(assertions.graph.people ? { personKeys: assertions.graph.people.keys, personAliases: assertions.graph.people.aliases } : {}),
    };
    if (stored && sameProperties(stored.properties, properties)) continue;
    if (stored) push(plan.nodeUpdates, 'Document', { id, properties: changedProperties(stored.properties as Record<string, PropertyValue>, properties) });
    else push(plan.nodeCreates, 'Document', { id, properties });
    count(plan.nodes, 'Document', stored ? 'updated' : 'created');
  }
  return plan;
}

const NO_TALLIES: Tallies = new Map();

/** The entity's state once the delta is applied; undefined when no document states it any more. */
function applied(existing: EntityState | undefined, delta: Delta): EntityState | undefined {
  const documentCount = (existing?.documentCount ?? 0) + delta.documents;
  if (documentCount <= 0) return undefined;
  // Tallies are never changed in place: one whose claims stay is shared with the state before, or with every other
  // entity that has none (most relationships).
  if (delta.claims.size === 0) return { documentCount, tallies: existing?.tallies ?? NO_TALLIES };
  const tallies: Tallies = new Map(existing?.tallies ?? []);
  for (const [claim, change] of delta.claims) addToTally(tallies, claim, change);
  return { documentCount, tallies };
}

/** A node's stored properties: derived from its tallies, plus the loader's own (id, key, name, searchText, counts). */
export function nodeProperties(id: string, state: EntityState): Record<string, PropertyValue> {
  const { label, key } = parseNodeId(id) ?? { label: labelOf(id), key: id };
  const derived = deriveProperties(state.tallies);
  const text = (value: PropertyValue | undefined) => (typeof value === 'string' && value !== '' ? value : undefined);
  const list = (value: PropertyValue | undefined) => (Array.isArray(value) ? value : []);
  const name = (label === 'Talk' ? text(derived.title) ?? text(derived.name) : text(derived.name) ?? text(derived.title)) ?? key;
  const searchText = [...new Set([name, ...list(derived.aliases), ...list(derived.altTitles)].filter((item) => item !== ''))].join('\n');
  return { ...derived, id, key, name, searchText, tallies: formatTallies(state.tallies), documentCount: state.documentCount };
}

export function relationshipProperties(keyProperties: Record<string, PropertyValue>, state: EntityState): Record<string, PropertyValue> {
  return { ...deriveProperties(state.tallies), ...keyProperties, tallies: formatTallies(state.tallies), documentCount: state.documentCount };
}

/**
 * What to SET with `+=` to turn the properties `before` derive into `after`: the changed ones, and null for those
 * that go. Sending only these keeps the full-text indexes from re-reading a hub each time a document names it.
 */
export function changedProperties(before: Record<string, PropertyValue>, after: Record<string, PropertyValue>): Record<string, PropertyValue> {
  const changed: Record<string, PropertyValue> = {};
  for (const [name, value] of Object.entries(after)) if (JSON.stringify(before[name]) !== JSON.stringify(value)) changed[name] = value;
  for (const name of Object.keys(before)) if (!(name in after)) changed[name] = null;
  return changed;
}

/**
 * The Document node's record of what the document said: JSON (ids and refs in order), deflated and in base64. It is
 * read back only when the document changes or goes, and unpacked it would be five times the document itself.
 */
export function encodeStatements(assertions: Pick<DocumentAssertions, 'nodes' | 'relationships'>): string {
  const byKey = <T>(entries: [string, T][]) => entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const json = JSON.stringify({
    nodes: byKey(assertions.nodes.map((n) => [n.id, [n.lines, n.claims]])),
    relationships: byKey(assertions.relationships.map((r) => [r.ref, [r.lines, r.claims]])),
  });
  return deflateRawSync(json).toString('base64');
}

export function decodeStatements(text: unknown): DocumentStatements {
  const json = typeof text !== 'string' ? '{"nodes":[],"relationships":[]}' : text.startsWith('{') ? text : inflateRawSync(Buffer.from(text, 'base64')).toString('utf8');
  const parsed = JSON.parse(json) as {
    nodes: [string, [number[], string[]]][];
    relationships: [string, [number[], string[]]][];
  };
  const toMap = (entries: [string, [number[], string[]]][]) => new Map(entries.map(([id, [lines, claims]]) => [id, { lines, claims }]));
  return { nodes: toMap(parsed.nodes), relationships: toMap(parsed.relationships) };
}

function sameStatements(stored: DocumentStatements, next: DocumentAssertions): boolean {
  if (stored.nodes.size !== next.nodes.length || stored.relationships.size !== next.relationships.length) return false;
  const same = (a: Statement | undefined, b: Statement) => a !== undefined && sameList(a.lines, b.lines) && sameList(a.claims, b.claims);
  return next.nodes.every((node) => same(stored.nodes.get(node.id), node)) && next.relationships.every((r) => same(stored.relationships.get(r.ref), r));
}

function sameList<T>(left: readonly T[], right: readonly T[]): boolean {
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

export function pushRow<Row>(
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

export function count(counts: Record<string, ChangeCounts>, name: string, change: keyof ChangeCounts): void {
  countMany(counts, name, change, 1);
}

export function countMany(counts: Record<string, ChangeCounts>, name: string, change: keyof ChangeCounts, n: number): void {
  if (n === 0) return;
  counts[name] ??= { created: 0, updated: 0, deleted: 0 };
  counts[name][change] += n;
}
