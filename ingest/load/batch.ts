import { int } from 'neo4j-driver';
import type { Transaction } from '../../db/executor';
import { NODE_LABELS, type NodeLabel, type RelationshipType } from '../../graph/model';
import { labelOf, parseRelationshipRef, relationshipRef, type DocumentAssertions } from './assertions';
import {
  batchCypher,
  createDescribesQuery,
  createNodesQuery,
  createRelationshipsQuery,
  deleteDescribesQuery,
  deleteNodesQuery,
  deleteRelationshipsQuery,
  readDocumentsQuery,
  readNodesQuery,
  readRelationshipsQuery,
  stateLessQuery,
  stateMoreQuery,
  updateNodesQuery,
  updateRelationshipsQuery,
  type Query,
} from './cypher';
import {
  countMany,
  countsOnly,
  decodeStatements,
  deltasOf,
  planBatch,
  push,
  type BatchPlan,
  type EntityState,
  type NodeWrite,
  type RelationshipGroup,
  type RelationshipWrite,
  type StoredDocument,
} from './plan';
import type { KnownGraph } from './known';
import { linkScopeOf, refreshLinks } from './links';
import { parseTallies } from './tallies';

/** Most rows one query sends: whole documents stay in one transaction, but a big batch is sent in slices. */
const ROWS_PER_QUERY = 5000;

/**
 * Replaces, inside one transaction, what the given documents said with what they say now, and takes back for good
 * what the retracted paths said: read what they said before and the counts of what that touches, plan, then write
 * only what changes.
 */
export async function writeBatch(
  tx: Transaction,
  documents: DocumentAssertions[],
  retracted: string[],
  now: string,
  known?: KnownGraph,
): Promise<BatchPlan> {
  const allPaths = [...retracted, ...documents.map((document) => document.graph.document.path)];
  const paths = known ? allPaths.filter((path) => known.documents.has(path)) : allPaths;
  const stored = new Map<string, StoredDocument>();
  for (const record of paths.length === 0 ? [] : await run(tx, readDocumentsQuery(paths))) {
    const properties = record.properties as Record<string, unknown>;
    const path = String(properties.key);
    stored.set(path, {
      path,
      sha256: String(properties.sha256 ?? ''),
      ingestedAt: String(properties.ingestedAt ?? ''),
      statements: decodeStatements(properties.statements),
      properties,
    });
  }

  const deltas = deltasOf(documents, retracted, stored);
  if (known) {
    const plan = known.planned(documents, retracted, stored, now, deltas);
    await writePlan(tx, plan);
    return plan;
  }
  const nodes = new Map<string, EntityState>();
  // The ends of changed relationships too, even where the node itself does not change: whether an end is stored
  // decides whether the relationship can be.
  const touched = new Set(deltas.nodes.keys());
  for (const ref of deltas.relationships.keys()) {
    const { start, end } = parseRelationshipRef(ref);
    touched.add(start).add(end);
  }
  const idsByLabel = new Map<NodeLabel, string[]>();
  for (const id of touched) push(idsByLabel, labelOf(id), id);
  for (const [label, ids] of idsByLabel) {
    for (const record of await runSliced(tx, ids, (slice) => readNodesQuery(label, slice))) {
      nodes.set(String(record.id), entityState(record));
    }
  }

  const relationships = new Map<string, EntityState>();
  const pairsByGroup = new Map<string, { type: RelationshipType; start: NodeLabel; end: NodeLabel; rows: { start: string; end: string }[] }>();
  const pairsSeen = new Set<string>();
  for (const ref of deltas.relationships.keys()) {
    const { type, start, end } = parseRelationshipRef(ref);
    // A relationship to a node not stored yet cannot be stored either: most of a new document's need no read; nor
    // does one whose claims stay, which the database counts up or down itself.
    if (!nodes.has(start) || !nodes.has(end) || countsOnly(deltas.relationships.get(ref)!)) continue;
    // CONTRIBUTES_TO may hold several roles between one pair: one read returns them all.
    const pair = JSON.stringify([type, start, end]);
    if (pairsSeen.has(pair)) continue;
    pairsSeen.add(pair);
    const key = `${type} ${labelOf(start)} ${labelOf(end)}`;
    const entry = pairsByGroup.get(key) ?? { type, start: labelOf(start), end: labelOf(end), rows: [] };
    entry.rows.push({ start, end });
    pairsByGroup.set(key, entry);
  }
  for (const { type, start, end, rows } of pairsByGroup.values()) {
    for (const record of await runSliced(tx, rows, (slice) => readRelationshipsQuery(type, start, end, slice))) {
      const properties = record.properties as Record<string, unknown>;
      const ref = relationshipRef(type, String(record.start), String(record.end), properties as Record<string, never>);
      if (deltas.relationships.has(ref)) relationships.set(ref, entityState(properties));
    }
  }

  const plan = planBatch({ documents, retracted, stored, nodes, relationships, now }, deltas);
  await writePlan(tx, plan);
  await refreshLinks(tx, linkScopeOf(deltas.relationships.keys()));
  return plan;
}

/** Nodes and relationships given all their properties anew (see KnownGraph.deferredWrites). */
export async function writeReplacements(
  tx: Transaction,
  nodes: Map<NodeLabel, NodeWrite[]>,
  relationships: Map<string, RelationshipGroup<RelationshipWrite>>,
): Promise<void> {
  for (const [label, rows] of nodes) await runSliced(tx, rows, (slice) => updateNodesQuery(label, slice, true));
  await runGroups(tx, relationships, (type, start, end, rows) => updateRelationshipsQuery(type, start, end, rows, true));
}

/** Writes a planned batch: deletes, then updates and creates, then the counted relationships and DESCRIBES edges. */
export async function writePlan(tx: Transaction, plan: BatchPlan): Promise<void> {
  await runGroups(tx, plan.relationshipDeletes, deleteRelationshipsQuery);
  for (const { type, startLabel, endLabel, rows } of plan.relationshipsStatedLess.values()) {
    const deleted = sum(await runSliced(tx, rows, (slice) => stateLessQuery(type, startLabel, endLabel, slice)), 'deleted');
    countMany(plan.relationships, type, 'deleted', deleted);
    countMany(plan.relationships, type, 'updated', rows.length - deleted);
  }
  for (const [label, ids] of plan.nodeDeletes) await runSliced(tx, ids, (slice) => deleteNodesQuery(label, slice));
  await runSliced(tx, plan.describesDeletes, deleteDescribesQuery);
  for (const label of NODE_LABELS) {
    const updates = plan.nodeUpdates.get(label);
    if (updates) await runSliced(tx, updates, (slice) => updateNodesQuery(label, slice));
    const creates = plan.nodeCreates.get(label);
    if (creates) await runSliced(tx, creates, (slice) => createNodesQuery(label, slice));
  }
  await runGroups(tx, plan.relationshipUpdates, updateRelationshipsQuery);
  await runGroups(tx, plan.relationshipCreates, createRelationshipsQuery);
  for (const { type, startLabel, endLabel, rows } of plan.relationshipsStatedMore.values()) {
    const created = sum(await runSliced(tx, rows, (slice) => stateMoreQuery(type, startLabel, endLabel, slice)), 'created');
    countMany(plan.relationships, type, 'created', created);
    countMany(plan.relationships, type, 'updated', rows.length - created);
  }
  for (const [label, rows] of plan.describesCreates) await runSliced(tx, rows, (slice) => createDescribesQuery(label, slice));
}

function sum(records: Record<string, unknown>[], field: string): number {
  return records.reduce((total, record) => total + Number(record[field] ?? 0), 0);
}

function entityState(properties: Record<string, unknown>): EntityState {
  return { documentCount: Number(properties.documentCount ?? 0), tallies: parseTallies(properties.tallies) };
}

async function runGroups<Row>(
  tx: Transaction,
  groups: Map<string, RelationshipGroup<Row>>,
  build: (type: RelationshipType, start: NodeLabel, end: NodeLabel, rows: Row[]) => Query,
): Promise<void> {
  for (const { type, startLabel, endLabel, rows } of groups.values()) await runSliced(tx, rows, (slice) => build(type, startLabel, endLabel, slice));
}

async function run(tx: Transaction, query: Query): Promise<Record<string, unknown>[]> {
  return tx.run(batchCypher(query.cypher), toCypherValue(query.params) as Record<string, unknown>);
}

async function runSliced<Row>(tx: Transaction, rows: Row[], build: (slice: Row[]) => Query): Promise<Record<string, unknown>[]> {
  const records: Record<string, unknown>[] = [];
  for (let at = 0; at < rows.length; at += ROWS_PER_QUERY) records.push(...(await run(tx, build(rows.slice(at, at + ROWS_PER_QUERY)))));
  return records;
}

/**
 * JavaScript numbers reach Neo4j as floats; whole numbers (a year) are sent as integers so they stay integers. What
 * holds no number is returned as it is: most of a batch is strings, and copying it all would only feed the GC.
 */
function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? int(value) : value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const converted = toCypherValue(value[i]);
      if (copy === undefined && converted !== value[i]) copy = value.slice(0, i);
      copy?.push(converted);
    }
    return copy ?? value;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const converted = toCypherValue(item);
      if (copy === undefined && converted !== item) copy = { ...(value as Record<string, unknown>) };
      if (copy !== undefined) copy[key] = converted;
    }
    return copy ?? value;
  }
  return value;
}
