// neighborhood(id, depth, types, limit): breadth first, one query per hop, then the edges among what was found.
import type { NodeLabel } from '../../graph/model';
import type { GraphData } from '../resolvers/graph-data';
import { handlesByIdQuery } from '../queries/nodes';
import { edgesAmongQuery, nextHopQuery } from '../queries/traversals';
import { notFound } from '../errors';
import { edgeView, nodeView, type GraphEdgeView, type GraphNodeView } from './subgraph';

export interface Subgraph {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  truncated: boolean;
}

export async function neighborhood(data: GraphData, id: string, depth: number, labels: readonly NodeLabel[], limit: number): Promise<Subgraph> {
  const [centerRow] = await data.run(handlesByIdQuery([id], labels));
  if (!centerRow) throw notFound(id);
  const nodes = [nodeView(centerRow, 0)];
  let frontier = [nodes[0].handle];
  let truncated = false;
  for (let distance = 1; distance <= depth && frontier.length > 0; distance++) {
    const room = limit - nodes.length;
    // One more than there is room for tells whether something was left out.
    const rows = await data.run(nextHopQuery(frontier, nodes.map((n) => n.handle), labels, room + 1));
    if (rows.length > room) truncated = true;
    const hop = rows.slice(0, room).map((row) => nodeView(row, distance));
    nodes.push(...hop);
    // The next hop starts from the least connected: what a hub reaches says little about the center.
    frontier = [...hop].sort((a, b) => a.degree - b.degree || a.id.localeCompare(b.id)).map((n) => n.handle);
  }
  const inView = [...new Set(nodes.map((n) => n.label))];
  const edges = (await data.run(edgesAmongQuery(nodes.map((n) => n.handle), inView))).map(edgeView);
  return { nodes, edges, truncated };
}
