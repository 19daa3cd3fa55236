// `talkgraph export` against a real Neo4j: every node and relationship once, the same in small pages as in one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../export/formats';
import { exportGraph } from '../export/graph-export';
import { loadDocuments } from '../ingest/load';
import { ensureSchema } from '../db/schema';
import { MARK, apiFixtureDocuments } from './support/api-fixtures';
import { testExecutor } from './support/db';

const executor = testExecutor();

async function removeOwnNodes(): Promise<void> {
  await executor.write('MATCH (n) WHERE n.id CONTAINS $mark DETACH DELETE n', { mark: MARK });
}

beforeAll(async () => {
  await ensureSchema(executor);
  await removeOwnNodes();
  await loadDocuments(executor, apiFixtureDocuments());
});

afterAll(async () => {
  await removeOwnNodes();
  await executor.close();
});

/** The export as text: the main sink, and the edges sink (CSV). */
async function exported(format: ExportFormat, options: { page?: number; withoutDocuments?: boolean } = {}) {
  let main = '';
  let edges = '';
  const counts = await exportGraph(
    executor,
    format,
    { write: async (chunk) => void (main += chunk), edges: { write: async (chunk) => void (edges += chunk) } },
    options,
  );
  return { main, edges, counts };
}

describe('export of the whole graph', () => {
  it('writes every node and relationship of the database once, in pages as small as two', async () => {
    // The loader's stored links (LINKED_TO) are derived from the others, not part of the graph people open elsewhere.
    const [{ nodes, relationships }] = await executor.read<{ nodes: number; relationships: number }>(
      "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() WHERE type(r) <> 'LINKED_TO' RETURN nodes, count(r) AS relationships",
    );
    const whole = await exported('json');
    const paged = await exported('json', { page: 2 });
    expect(paged.main).toBe(whole.main);
    const graph = JSON.parse(whole.main) as { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] };
    expect(graph.nodes).toHaveLength(Number(nodes));
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(Number(nodes));
    expect(graph.edges).toHaveLength(Number(relationships));
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(whole.counts).toEqual({ nodes: Number(nodes), edges: Number(relationships) });
  });

  it('writes the same graph as GraphML and as two CSV tables, with or without the documents', async () => {
    const json = JSON.parse((await exported('json')).main) as { nodes: unknown[]; edges: unknown[] };
    const graphml = (await exported('graphml', { page: 3 })).main;
    expect(graphml.match(/<node /g)).toHaveLength(json.nodes.length);
    expect(graphml.match(/<edge /g)).toHaveLength(json.edges.length);
    expect(graphml).toContain(`<node id="Person:${MARK}-liz-rice"><data key="n_label">Person</data><data key="n_name">Liz Rice</data>`);
    const tables = await exported('csv', { page: 3 });
    expect(tables.main.trim().split('\n')).toHaveLength(json.nodes.length + 1);
    expect(tables.edges.trim().split('\n')).toHaveLength(json.edges.length + 1);
    const lean = JSON.parse((await exported('json', { withoutDocuments: true })).main) as { nodes: { label: string }[]; edges: { type: string }[] };
    expect(lean.nodes.some((n) => n.label === 'Document')).toBe(false);
    expect(lean.edges.some((e) => e.type === 'DESCRIBES')).toBe(false);
    expect(lean.nodes.length).toBeLessThan(json.nodes.length);
  });
});
