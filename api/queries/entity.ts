// The shape entities take when they leave Cypher: plain maps, one per node.
import type { NodeLabel } from '../../graph/model';

/** A node's properties plus its label; what every entity resolver starts from. */
export interface EntityRow {
  id: string;
  key: string;
  name: string;
  label: NodeLabel;
  [property: string]: unknown;
}

/** Cypher map projection of node `variable` into an EntityRow (the loader's bookkeeping is never served). */
export function entityProjection(variable: string): string {
  return `${variable} {.*, label: head(labels(${variable})), searchText: null, tallies: null, statements: null, root: null}`;
}

export function asEntity(value: unknown): EntityRow {
  return value as EntityRow;
}

export function asEntities(value: unknown): EntityRow[] {
  return Array.isArray(value) ? (value as EntityRow[]) : [];
}
