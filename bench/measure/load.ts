// Loading speed beside the write limit: what the loader stored, written again by a bare `UNWIND … CREATE` into an
// empty database.

import type { Driver } from 'neo4j-driver';
import { loadDocuments } from '../../ingest/load';
import type { DocumentGraph, NodeLabel } from '../../ingest/model';
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
  const { nodes, relationships } = await storedRows(driver);

  await clear();
  started = performance.now();
  await bareCreate(driver, nodes, relationships);
  const bareSeconds = (performance.now() - started) / 1000;
  await clear();
  return {
    docs: documents.length,
    loadSeconds,
    loadedNodes: nodes.length,
    loadedRelationships: relationships.length,
    bareSeconds,
    bareNodes: nodes.length,
    bareRelationships: relationships.length,
  };
}

/** Every node and relationship the loader stored, with all their properties: exactly what the bare writer writes. */
async function storedRows(driver: Driver): Promise<{ nodes: NodeRow[]; relationships: RelationshipRow[] }> {
  const session = driver.session();
  try {
    const nodes = (await session.run('MATCH (n) RETURN labels(n)[0] AS label, properties(n) AS properties')).records.map((r) => ({
      label: r.get('label') as NodeLabel,
      properties: r.get('properties') as Record<string, unknown>,
    }));
    const relationships = (
      await session.run(
        'MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a)[0] AS startLabel, labels(b)[0] AS endLabel, a.id AS start, b.id AS end, properties(r) AS properties',
      )
    ).records.map((r) => ({
      type: r.get('type') as string,
      startLabel: r.get('startLabel') as NodeLabel,
      endLabel: r.get('endLabel') as NodeLabel,
      start: r.get('start') as string,
      end: r.get('end') as string,
      properties: r.get('properties') as Record<string, unknown>,
    }));
    return { nodes, relationships };
  } finally {
    await session.close();
  }
}

/**
 * The write limit: CREATE with no MERGE, no constraint checks, no full-text indexes and no reads. Relationships still
 * need their endpoints found, so a plain range index on `id` per label is the one piece of schema it gets.
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
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
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
