// Loading speed beside the write limit: the same rows written by a bare `UNWIND … CREATE` into an empty database.

import type { Driver } from 'neo4j-driver';
import { loadDocuments } from '../../ingest/load';
import { formatSource, nodeId, parseNodeId, type DocumentGraph, type NodeLabel } from '../../ingest/model';
import { mergeGraphs } from '../../ingest/pipeline';
import type { Executor } from '../../neo4j/executor';
import { ensureSchema } from '../../neo4j/schema';
import { fmt, type Measurement } from '../results';

export const LOAD_WITHIN_BARE = 2;
const BATCH_ROWS = 2_000;

export interface LoadResult {
  docs: number;
  loadSeconds: number;
  loadedRelationships: number;
  loadedNodes: number;
  bareSeconds: number;
  bareRelationships: number;
  bareNodes: number;
}

interface NodeRow {
  label: NodeLabel;
  properties: Record<string, unknown>;
}

interface RelationshipRow {
  type: string;
  startLabel: NodeLabel;
  endLabel: NodeLabel;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export async function measureLoad(
  executor: Executor,
  driver: Driver,
  clear: (options?: { keepSchema?: boolean }) => Promise<void>,
  documents: DocumentGraph[],
): Promise<LoadResult> {
  await clear();
  await ensureSchema(executor);
  let started = performance.now();
  await loadDocuments(executor, documents);
  const loadSeconds = (performance.now() - started) / 1000;
  const [counts] = await executor.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );

  await clear();
  const { nodes, relationships } = sameRows(documents);
  started = performance.now();
  await bareCreate(driver, nodes, relationships);
  const bareSeconds = (performance.now() - started) / 1000;
  await clear();
  return {
    docs: documents.length,
    loadSeconds,
    loadedNodes: counts.nodes,
    loadedRelationships: counts.relationships,
    bareSeconds,
    bareNodes: nodes.length,
    bareRelationships: relationships.length,
  };
}

/** The rows the loader stores: the merged graph, plus a Document node and DESCRIBES edges per document. */
function sameRows(documents: DocumentGraph[]): { nodes: NodeRow[]; relationships: RelationshipRow[] } {
  const graph = mergeGraphs(documents);
  const nodes: NodeRow[] = graph.nodes
    .filter((n) => n.label !== 'Document')
    .map((n) => ({ label: n.label, properties: { ...n.properties, id: n.id, key: n.key, sources: n.sources.map(formatSource) } }));
  const relationships: RelationshipRow[] = graph.relationships
    .filter((r) => r.type !== 'DESCRIBES')
    .map((r) => ({
      type: r.type,
      startLabel: parseNodeId(r.start)!.label,
      endLabel: parseNodeId(r.end)!.label,
      start: r.start,
      end: r.end,
      properties: { ...r.properties, sources: r.sources.map(formatSource) },
    }));
  for (const { document, graph: own } of documents) {
    const id = nodeId('Document', document.path);
    nodes.push({ label: 'Document', properties: { id, key: document.path, path: document.path, title: document.title, sha256: document.sha256, lang: document.lang } });
    for (const node of own.nodes) {
      if (node.label !== 'Talk' && node.label !== 'Event') continue;
      relationships.push({ type: 'DESCRIBES', startLabel: 'Document', endLabel: node.label, start: id, end: node.id, properties: { sources: node.sources.map(formatSource) } });
    }
  }
  return { nodes, relationships };
}

/**
 * The write limit: CREATE with no MERGE, no constraint checks and no sources bookkeeping. Relationships still need
 * their endpoints found, so a plain range index on `id` per label is the one piece of schema it gets.
 */
async function bareCreate(driver: Driver, nodes: NodeRow[], relationships: RelationshipRow[]): Promise<void> {
  const session = driver.session();
  try {
    const labels = [...new Set(nodes.map((n) => n.label))];
    for (const label of labels) await session.run(`CREATE INDEX bare_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`);
    await session.run('CALL db.awaitIndexes(300)');
    for (const label of labels) {
      const rows = nodes.filter((n) => n.label === label).map((n) => n.properties);
      for (let i = 0; i < rows.length; i += BATCH_ROWS) {
        await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row CREATE (n:${label}) SET n = row`, { rows: rows.slice(i, i + BATCH_ROWS) }));
      }
    }
    const groups = new Map<string, RelationshipRow[]>();
    for (const r of relationships) {
      const key = `${r.startLabel}|${r.type}|${r.endLabel}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const [key, rows] of groups) {
      const [startLabel, type, endLabel] = key.split('|');
      const cypher = `UNWIND $rows AS row MATCH (a:${startLabel} {id: row.start}) MATCH (b:${endLabel} {id: row.end}) CREATE (a)-[r:${type}]->(b) SET r = row.properties`;
      for (let i = 0; i < rows.length; i += BATCH_ROWS) {
        const batch = rows.slice(i, i + BATCH_ROWS).map((r) => ({ start: r.start, end: r.end, properties: r.properties }));
        await session.executeWrite((tx) => tx.run(cypher, { rows: batch }));
      }
    }
  } finally {
    await session.close();
  }
}

export function loadRows(result: LoadResult): Measurement[] {
  const loadRate = result.loadedRelationships / result.loadSeconds;
  const bareRate = result.bareRelationships / result.bareSeconds;
  const slowdown = bareRate / loadRate;
  return [
    {
      what: `load, ${result.docs.toLocaleString('en-US')} docs: relationships/s`,
      measured: `${fmt.rate(loadRate, 'rels/s')} (${result.loadedRelationships.toLocaleString('en-US')} rels, ${result.loadedNodes.toLocaleString('en-US')} nodes in ${result.loadSeconds.toFixed(1)} s)`,
      limit: `${fmt.rate(bareRate, 'rels/s')} bare UNWIND CREATE (${result.bareRelationships.toLocaleString('en-US')} rels, ${result.bareNodes.toLocaleString('en-US')} nodes in ${result.bareSeconds.toFixed(1)} s)`,
      ratio: `${fmt.ratio(slowdown)} slower`,
      target: `within ${LOAD_WITHIN_BARE}× of bare`,
      pass: slowdown <= LOAD_WITHIN_BARE,
    },
  ];
}
