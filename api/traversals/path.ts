// path(fromId, toId, maxLength, types): the shortest paths, as ids in order and as nodes and edges to draw.
import type { NodeLabel } from '../../graph/model';
import type { GraphData } from '../resolvers/graph-data';
import { handlesByIdQuery, nodesByHandleQuery } from '../queries/nodes';
import { typesAmong } from '../queries/steps';
import { shortestPathsQuery } from '../queries/traversals';
import { notFound } from '../errors';
import { edgeView, nodeView, type GraphEdgeView, type GraphNodeView } from './subgraph';

export interface PathResult {
  length: number | null;
  paths: { length: number; nodeIds: string[]; edgeIds: string[] }[];
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
}

export async function shortestPaths(
  data: GraphData,
  fromId: string,
  toId: string,
  maxLength: number,
  labels: readonly NodeLabel[],
): Promise<PathResult> {
  const endRows = await data.run(handlesByIdQuery([fromId, toId], labels));
  const from = endRows.map((row) => nodeView(row, 0)).find((n) => n.id === fromId);
  const to = endRows.map((row) => nodeView(row, 0)).find((n) => n.id === toId);
  if (!from) throw notFound(fromId);
  if (!to) throw notFound(toId);
  if (from.id === to.id) return { length: 0, paths: [{ length: 0, nodeIds: [from.id], edgeIds: [] }], nodes: [from], edges: [] };

  const none: PathResult = { length: null, paths: [], nodes: [], edges: [] };
  const ends = [from.label, to.label];
  if (typesAmong(labels, ends).length === 0) return none;
  const rows = await data.run(shortestPathsQuery(from.handle, to.handle, maxLength, labels, ends));
  if (rows.length === 0) return none;
  const handlePaths = rows.map((row) => row.handles as string[]);
  // A node's distance is its position on the paths: the same on every shortest path through it.
  const distance = new Map<string, number>();
  for (const handles of handlePaths) handles.forEach((h, i) => distance.set(h, Math.min(i, distance.get(h) ?? i)));
  const views = (await data.run(nodesByHandleQuery([...distance.keys()], labels))).map((row) =>
    nodeView(row, distance.get(row.handle as string) ?? 0),
  );
  const idOf = new Map(views.map((n) => [n.handle, n.id]));
  const edges = new Map<string, GraphEdgeView>();
  const paths = rows.map((row, i) => {
    const pathEdges = (row.edges as Record<string, unknown>[]).map(edgeView);
    for (const edge of pathEdges) edges.set(edge.id, edge);
    return {
      length: pathEdges.length,
      nodeIds: handlePaths[i].map((h) => idOf.get(h) as string),
      edgeIds: pathEdges.map((e) => e.id),
    };
  });
  views.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  return { length: paths[0].length, paths, nodes: views, edges: [...edges.values()] };
}
