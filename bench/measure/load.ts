// Loading speed beside the write limit: what the loader stored, written again by a bare `UNWIND … CREATE` into an
// empty database.

import type { Driver } from 'neo4j-driver';
import { loadDocuments } from '../../ingest';
import type { DocumentGraph, NodeLabel } from '../../graph/model';
import type { BenchDatabase } from '../database';
import { ensureSchema } from '../../db/schema';
import { fmt, type Measurement } from '../results';

export const LOAD_WITHIN_BARE = 2;
const BATCH_ROWS = 2_000;

export interface LoadResult {
  docs: number;
  nodes: number;
  relationships: number;
  /** Of the relationships, the DESCRIBES edges from documents (provenance) rather than facts. */
  provenance: number;
  loader: Timing;
  bare: Timing;
}

/** Wall time, and the server's CPU time when the server is a local one. */
export interface Timing {
  seconds: number;
  serverCpuSeconds?: number;
}

export interface NodeRow {
  label: NodeLabel;
  properties: Record<string, unknown>;
}

export interface RelationshipRow {
  type: string;
  startLabel: NodeLabel;
  endLabel: NodeLabel;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

/**
 * The loader into an empty database with the schema, then what it stored written by the bare writer into an empty
 * database without it. Both run once on `warmup` first: a fresh server compiles each query the first time it runs.
 */
export async function measureLoad(db: BenchDatabase, documents: DocumentGraph[], warmup: DocumentGraph[]): Promise<LoadResult> {
  const loader = async (docs: DocumentGraph[]) => {
    await db.clear();
    await ensureSchema(db.executor);
    return timed(db, () => loadDocuments(db.executor, docs));
  };
  const bare = async (rows: { nodes: NodeRow[]; relationships: RelationshipRow[] }) => {
    await db.clear();
    return timed(db, () => bareCreate(db.driver, rows.nodes, rows.relationships));
  };
  await loader(warmup);
  await bare(await storedRows(db.driver));

  const loaded = await loader(documents);
  const rows = await storedRows(db.driver);
  const written = await bare(rows);
  await db.clear();
  return {
    docs: documents.length,
    nodes: rows.nodes.length,
    relationships: rows.relationships.length,
    provenance: rows.relationships.filter((r) => r.type === 'DESCRIBES').length,
    loader: loaded,
    bare: written,
  };
}

async function timed(db: BenchDatabase, work: () => Promise<unknown>): Promise<Timing> {
  const cpu = db.serverCpuSeconds();
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const after = db.serverCpuSeconds();
  return { seconds, ...(cpu !== undefined && after !== undefined ? { serverCpuSeconds: after - cpu } : {}) };
}

/** Every node and relationship the loader stored, with all their properties: exactly what the bare writer writes. */
export async function storedRows(driver: Driver): Promise<{ nodes: NodeRow[]; relationships: RelationshipRow[] }> {
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
export async function bareCreate(driver: Driver, nodes: NodeRow[], relationships: RelationshipRow[]): Promise<void> {
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
  const rate = (timing: Timing) => result.relationships / timing.seconds;
  const cpu = (timing: Timing) => (timing.serverCpuSeconds === undefined ? '' : `, server CPU ${timing.serverCpuSeconds.toFixed(1)} s`);
  const slowdown = result.loader.seconds / result.bare.seconds;
  const size = `${result.relationships.toLocaleString('en-US')} rels (${result.provenance.toLocaleString('en-US')} of them DESCRIBES), ${result.nodes.toLocaleString('en-US')} nodes`;
  return [
    {
      what: `load, ${result.docs.toLocaleString('en-US')} docs: relationships/s`,
      measured: `${fmt.rate(rate(result.loader), 'rels/s')} (${size} in ${result.loader.seconds.toFixed(1)} s${cpu(result.loader)})`,
      limit: `${fmt.rate(rate(result.bare), 'rels/s')} bare UNWIND CREATE (the same in ${result.bare.seconds.toFixed(1)} s${cpu(result.bare)})`,
      ratio: `${fmt.ratio(slowdown)} slower`,
      target: `within ${LOAD_WITHIN_BARE}× of bare`,
      pass: slowdown <= LOAD_WITHIN_BARE,
    },
  ];
}
