// The whole graph out of Neo4j a page at a time (nodes by label in id order, then each page's outgoing relationships),
// written as GraphML, CSV or JSON: memory holds one page, whatever the size of the graph.
import { int } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel } from '../graph/model';
import type { Executor } from '../db/executor';
import { type ExportEdge, type ExportFormat, type ExportNode, NODE_ATTRIBUTES, csv, graphml, json } from './formats';

/** Nodes read per query: a page of them and their relationships is all that is held at once. */
export const EXPORT_PAGE = 500;

export interface ExportOptions {
  /** Leave out Document nodes and their DESCRIBES edges (provenance). */
  withoutDocuments?: boolean;
  page?: number;
}

/** Where the text goes: one sink for GraphML and JSON, `nodes` and `edges` for CSV's two tables. */
export interface ExportSinks {
  write(chunk: string): Promise<void>;
  edges?: { write(chunk: string): Promise<void> };
}

/** A page of nodes of one label after `$after` (by the id index), with what the export keeps of them. */
export function nodePageQuery(label: NodeLabel): string {
  const kept = NODE_ATTRIBUTES.filter((name) => name !== 'x' && name !== 'y').map((name) => `.${name}`);
  return `MATCH (n:${label}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $page
RETURN n.id AS id, coalesce(n.name, n.title, n.path, n.id) AS name, n {${kept.join(', ')}} AS properties`;
}

/** The relationships going out of a page of nodes of one label, each with its role when it has one (the model's types: not the loader's derived links). */
export function edgePageQuery(label: NodeLabel): string {
  return `MATCH (n:${label}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $page
MATCH (n)-[r:${RELATIONSHIP_TYPES.join('|')}]->(m)
WHERE $documents OR NOT m:Document
RETURN n.id AS source, type(r) AS type, m.id AS target, r.role AS role
ORDER BY source, type, target`;
}

/** The ids of a page of nodes of one label after `$after`: where the next page starts, and whether there is one. */
const PAGE_IDS = (label: NodeLabel) => `MATCH (n:${label}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $page RETURN n.id AS id`;

/** Reads `label`'s nodes a page at a time, handing each page's `after` to `read` until none is left. */
async function eachPage(executor: Pick<Executor, 'read'>, label: NodeLabel, page: number, read: (after: string) => Promise<void>): Promise<void> {
  for (let after = ''; ; ) {
    const ids = await executor.read<{ id: string }>(PAGE_IDS(label), { after, page: int(page) });
    if (ids.length === 0) return;
    await read(after);
    after = ids[ids.length - 1].id;
  }
}

interface NodeRow extends Record<string, unknown> {
  id: string;
  name: string;
  properties: Record<string, unknown>;
}

interface EdgeRow extends Record<string, unknown> {
  source: string;
  type: string;
  target: string;
  role: string | null;
}

function asNode(row: NodeRow, label: NodeLabel): ExportNode {
  const properties = Object.fromEntries(Object.entries(row.properties).map(([name, value]) => [name, plain(value)]));
  return { id: row.id, label, name: row.name, properties };
}

/** Neo4j integers (years) arrive as {low, high}: plain numbers for the files. */
function plain(value: unknown): ExportNode['properties'][string] {
  if (value && typeof value === 'object' && 'low' in value && 'high' in value) return Number((value as { low: number }).low);
  if (Array.isArray(value)) return value.map(String);
  return value as ExportNode['properties'][string];
}

function asEdge(row: EdgeRow): ExportEdge {
  return { id: `${row.source}|${row.type}|${row.target}`, type: row.type, source: row.source, target: row.target, properties: { role: row.role } };
}

/** Writes the graph in `format` to the sinks; returns how many nodes and edges went out. */
export async function exportGraph(
  executor: Pick<Executor, 'read'>,
  format: ExportFormat,
  sinks: ExportSinks,
  options: ExportOptions = {},
): Promise<{ nodes: number; edges: number }> {
  const page = options.page ?? EXPORT_PAGE;
  const labels = NODE_LABELS.filter((label) => !(options.withoutDocuments && label === 'Document'));
  // Only CSV has a table of its own for the edges.
  const edgeSink = format === 'csv' && sinks.edges ? sinks.edges : sinks;
  let nodes = 0;
  let edges = 0;
  await sinks.write(format === 'graphml' ? graphml.start() : format === 'csv' ? csv.nodeHeader() : json.start());
  for (const label of labels) {
    await eachPage(executor, label, page, async (after) => {
      const rows = await executor.read<NodeRow>(nodePageQuery(label), { after, page: int(page) });
      const text = rows.map((row) => {
        const node = asNode(row, label);
        const chunk = format === 'graphml' ? graphml.node(node) : format === 'csv' ? csv.node(node) : json.node(node, nodes === 0);
        nodes++;
        return chunk;
      });
      await sinks.write(text.join(''));
    });
  }
  await (format === 'csv' ? edgeSink.write(csv.edgeHeader()) : format === 'json' ? sinks.write(json.between()) : Promise.resolve());
  for (const label of labels) {
    await eachPage(executor, label, page, async (after) => {
      const rows = await executor.read<EdgeRow>(edgePageQuery(label), { after, page: int(page), documents: !options.withoutDocuments });
      const text = rows.map((row) => {
        const edge = asEdge(row);
        const chunk = format === 'graphml' ? graphml.edge(edge) : format === 'csv' ? csv.edge(edge) : json.edge(edge, edges === 0);
        edges++;
        return chunk;
      });
      if (text.length > 0) await edgeSink.write(text.join(''));
    });
  }
  await sinks.write(format === 'graphml' ? graphml.end() : format === 'json' ? json.end() : '');
  return { nodes, edges };
}
