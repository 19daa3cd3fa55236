// The explorer's view of entities and relationships, shared by neighborhood and path.
import { NODE_LABELS, type NodeLabel } from '../../graph/model';
import type { Row } from '../queries/cypher';
import { asEntity, type EntityRow } from '../queries/entity';
import { badUserInput } from '../errors';

export interface GraphNodeView {
  id: string;
  label: NodeLabel;
  name: string;
  degree: number;
  distance: number;
  entity: EntityRow;
  /** The Neo4j element id, for follow-up queries within the request; not served. */
  handle: string;
}

export interface GraphEdgeView {
  id: string;
  type: string;
  source: string;
  target: string;
}

export const DEFAULT_TRAVERSAL_LABELS: readonly NodeLabel[] = NODE_LABELS.filter((label) => label !== 'Document');

/** The labels a traversal may go through: those asked for, or every label but Document. */
export function traversalLabels(types: readonly NodeLabel[] | null | undefined): readonly NodeLabel[] {
  if (types == null) return DEFAULT_TRAVERSAL_LABELS;
  if (types.length === 0) throw badUserInput('types must name at least one label, or be left out.', 'types');
  return types;
}

/** A row `{handle, node, degree}` as a node to draw at `distance`. */
export function nodeView(row: Row, distance: number): GraphNodeView {
  const entity = asEntity(row.node);
  return {
    id: entity.id,
    label: entity.label,
    name: entity.name,
    degree: Number(row.degree),
    distance,
    entity,
    handle: row.handle as string,
  };
}

export function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/** A row `{source, type, target}` as an edge to draw. */
export function edgeView(row: Row): GraphEdgeView {
  const source = row.source as string;
  const type = row.type as string;
  const target = row.target as string;
  return { id: edgeId(source, type, target), type, source, target };
}
