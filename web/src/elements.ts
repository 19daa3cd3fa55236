// API data to Cytoscape element definitions: pure functions, no cy instance, no DOM.
import type { ElementDefinition } from 'cytoscape';
import type { ExportEdge, ExportNode } from '../../export/formats';
import type { EntityRef, ProjectOrganizationLink, Subgraph } from './api-types';

/** Longest label drawn on the canvas; the full name stays in `name` for the details panel and tooltips. */
export const MAX_LABEL_LENGTH = 32;

/** Edge type of the project–organization view: an organization linked to a project by talks. */
export const LINK_EDGE_TYPE = 'LINKED_BY_TALKS';

/** Node (and edge) type of a hub's waiting neighbors (hubs.ts): not an entity, so never sent to the API. */
export const GROUP_TYPE = 'More';

export function displayLabel(name: string): string {
  const flat = name.replace(/\s+/g, ' ').trim();
  return [...flat].length > MAX_LABEL_LENGTH ? `${[...flat].slice(0, MAX_LABEL_LENGTH - 1).join('')}…` : flat;
}

export interface ElementOptions {
  /** Node the data was fetched for: recorded on new nodes so that collapsing it can take them back. */
  addedBy?: string;
}

/** Nodes first and once each; edges whose ends are missing are dropped (Cytoscape would throw on them). */
export function subgraphToElements(subgraph: Subgraph, options: ElementOptions = {}): ElementDefinition[] {
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of subgraph.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        type: node.label,
        name: node.name,
        label: displayLabel(node.name),
        degree: node.degree ?? 0,
        eventId: node.eventId ?? (node.label === 'Event' ? node.id : null),
        year: node.year ?? null,
        ...(options.addedBy === undefined ? {} : { addedBy: options.addedBy }),
      },
    });
  }
  const edgeIds = new Set<string>();
  for (const edge of subgraph.edges) {
    if (edgeIds.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edgeIds.add(edge.id);
    elements.push({
      group: 'edges',
      data: { id: edge.id, type: edge.type, source: edge.source, target: edge.target, weight: edge.weight ?? 1 },
    });
  }
  return elements;
}

export function linkEdgeId(link: ProjectOrganizationLink): string {
  return `link:${link.organization.id}->${link.project.id}`;
}

/**
 * The project–organization view: one node per project and organization, one weighted edge per link; `communityColor`,
 * when given, rings each node with the color of its community.
 */
export function linksToElements(links: ProjectOrganizationLink[], communityColor?: (id: string) => string): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  const weights = new Map<string, number>();
  const addNode = (ref: EntityRef, weight: number) => {
    weights.set(ref.id, (weights.get(ref.id) ?? 0) + weight);
    if (nodes.has(ref.id)) return;
    nodes.set(ref.id, {
      group: 'nodes',
      data: { id: ref.id, type: ref.label, name: ref.name, label: displayLabel(ref.name), degree: 0, ...(communityColor ? { communityColor: communityColor(ref.id) } : {}) },
    });
  };
  for (const link of links) {
    addNode(link.organization, link.weight);
    addNode(link.project, link.weight);
    edges.push({
      group: 'edges',
      data: {
        id: linkEdgeId(link),
        type: LINK_EDGE_TYPE,
        source: link.organization.id,
        target: link.project.id,
        weight: link.weight,
        maintains: link.maintains ?? false,
        label: String(link.weight),
        talkCount: link.talkCount,
        peopleCount: link.peopleCount,
      },
    });
  }
  // In this view a node's size follows the talks behind all its links.
  for (const [id, node] of nodes) node.data.degree = weights.get(id) ?? 0;
  return [...nodes.values(), ...edges];
}

/** The view in the shared export formats' terms (export/formats.ts): positions and weights as attributes. */
export function viewToExport(view: ExportedView): { nodes: ExportNode[]; edges: ExportEdge[] } {
  return {
    nodes: view.nodes.map((node) => ({ id: node.id, label: node.type, name: node.name, properties: { x: node.x, y: node.y } })),
    edges: view.edges.map((edge) => ({ id: edge.id, type: edge.type, source: edge.source, target: edge.target, properties: { weight: edge.weight } })),
  };
}

/** What "Export JSON" writes: the view's nodes and edges, in API terms, without Cytoscape's internals. */
export interface ExportedView {
  nodes: { id: string; type: string; name: string; x: number; y: number }[];
  edges: { id: string; type: string; source: string; target: string; weight: number }[];
}
