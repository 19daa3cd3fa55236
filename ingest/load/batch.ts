import { int } from 'neo4j-driver';
import type { Transaction } from '../../neo4j/executor';
import { NODE_LABELS, nodeId, type NodeLabel, type RelationshipType } from '../model';
import { labelOf, parseRelationshipRef, relationshipRef, type DocumentAssertions } from './assertions';
import {
  deleteNodesQuery,
  deleteRelationshipsQuery,
  readDocumentsQuery,
  readNodesQuery,
  readRelationshipsQuery,
  upsertNodesQuery,
  upsertRelationshipsQuery,
  type Query,
} from './cypher';
import { planBatch, push, touchedBy, type BatchPlan, type StoredDocument, type StoredProperties } from './plan';


/** Most rows one query sends: whole documents stay in one transaction, but a big batch is sent in slices. */
const ROWS_PER_QUERY = 5000;

/**
 * Replaces, inside one transaction, what the given documents said with what they say now, and takes back for good
 * what the retracted paths said: read what they asserted before, plan, then write only what changes.
 */
export async function writeBatch(tx: Transaction, documents: DocumentAssertions[], retracted: string[], now: string): Promise<BatchPlan> {
  const paths = [...retracted, ...documents.map((document) => document.graph.document.path)];
  const stored = new Map<string, StoredDocument>();
  const nodes = new Map<string, StoredProperties>();
  for (const record of await run(tx, readDocumentsQuery(paths))) {
    const properties = record.properties as StoredProperties;
    const document = storedDocument(properties);
    stored.set(document.path, document);
    nodes.set(nodeId('Document', document.path), properties);
  }

  const touched = touchedBy(documents, stored.values());
  const idsByLabel = new Map<NodeLabel, string[]>();
  for (const id of touched.nodes) push(idsByLabel, labelOf(id), id);
  for (const [label, ids] of idsByLabel) {
    for (const record of await runSliced(tx, ids, (slice) => readNodesQuery(label, slice))) {
      const properties = record.properties as StoredProperties;
      nodes.set(String(properties.id), properties);
    }
  }

  const relationships = new Map<string, StoredProperties>();
  const pairsByGroup = new Map<string, { type: RelationshipType; start: NodeLabel; end: NodeLabel; rows: { start: string; end: string }[] }>();
  const pairsSeen = new Set<string>();
  for (const ref of touched.relationships) {
    const { type, start, end } = parseRelationshipRef(ref);
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
      const properties = record.properties as StoredProperties;
      const ref = relationshipRef(type, String(record.start), String(record.end), properties as Record<string, never>);
      if (touched.relationships.has(ref)) relationships.set(ref, properties);
    }
  }

  const plan = planBatch({ documents, retracted, stored, nodes, relationships, now });

  for (const { type, startLabel, endLabel, rows } of plan.relationshipDeletes.values()) {
    await runSliced(tx, rows, (slice) => deleteRelationshipsQuery(type, startLabel, endLabel, slice));
  }
  for (const [label, ids] of plan.nodeDeletes) await runSliced(tx, ids, (slice) => deleteNodesQuery(label, slice));
  for (const label of NODE_LABELS) {
    const rows = plan.nodeUpserts.get(label);
    if (rows) await runSliced(tx, rows, (slice) => upsertNodesQuery(label, slice));
  }
  for (const { type, startLabel, endLabel, rows } of plan.relationshipUpserts.values()) {
    await runSliced(tx, rows, (slice) => upsertRelationshipsQuery(type, startLabel, endLabel, slice));
  }
  return plan;
}

function storedDocument(properties: StoredProperties): StoredDocument {
  const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return {
    path: String(properties.key),
    sha256: String(properties.sha256 ?? ''),
    ingestedAt: String(properties.ingestedAt ?? ''),
    assertedNodes: strings(properties.assertedNodes),
    assertedRelationships: strings(properties.assertedRelationships),
  };
}

async function run(tx: Transaction, query: Query): Promise<Record<string, unknown>[]> {
  return tx.run(query.cypher, toCypherValue(query.params) as Record<string, unknown>);
}

async function runSliced<Row>(tx: Transaction, rows: Row[], build: (slice: Row[]) => Query): Promise<Record<string, unknown>[]> {
  const records: Record<string, unknown>[] = [];
  for (let at = 0; at < rows.length; at += ROWS_PER_QUERY) records.push(...(await run(tx, build(rows.slice(at, at + ROWS_PER_QUERY)))));
  return records;
}

/** JavaScript numbers reach Neo4j as floats; whole numbers (a year) are sent as integers so they stay integers. */
function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCypherValue(item)]));
  }
  return value;
}
