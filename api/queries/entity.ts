// The shape entities take when they leave Cypher: plain maps, one per node.
import type { NodeLabel } from '../../graph/model';
import type { CypherQuery } from './cypher';

/** A node's properties plus its label; what every entity resolver starts from. */
export interface EntityRow {
  id: string;
  key: string;
  name: string;
  label: NodeLabel;
  [property: string]: unknown;
}

/**
 * A talk's long texts: most answers never show them, and a page of talks would carry them through the driver for
 * nothing, so entity rows leave them out and the fields that show them read them apart (textsQuery).
 */
export const LONG_TEXTS = ['abstract', 'notes'] as const;
export type LongText = (typeof LONG_TEXTS)[number];

/** The properties an entity row leaves out: the loader's bookkeeping, never served, and the long texts. */
const LEFT_OUT = ['searchText', 'tallies', 'statements', 'root', ...LONG_TEXTS].map((key) => `${key}: null`).join(', ');

/** Cypher map projection of node `variable` into an EntityRow (the loader's bookkeeping is never served, nor long texts). */
export function entityProjection(variable: string): string {
  return `${variable} {.*, label: head(labels(${variable})), ${LEFT_OUT}}`;
}

/** The fields a light row (lightEntityProjection) answers; a selection of only these needs no more. */
export const LIGHT_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'title']);

/**
 * Cypher map projection of node `variable` into a light EntityRow: its id, name and label, a talk's title and day (by
 * which lists of talks are ordered). Lists of many entities whose fields ask for no more, such as a link's evidence,
 * read these instead of every property.
 */
export function lightEntityProjection(variable: string): string {
  return `${variable} {.id, .name, .title, .day, label: head(labels(${variable}))}`;
}

/** Rows `{id, abstract, notes}` of the talks with these ids. */
export function textsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (t:Talk {id: id}) RETURN t.id AS id, ${LONG_TEXTS.map((key) => `t.${key} AS ${key}`).join(', ')}`,
    params: { ids },
  };
}

export function asEntity(value: unknown): EntityRow {
  return value as EntityRow;
}

export function asEntities(value: unknown): EntityRow[] {
  return Array.isArray(value) ? (value as EntityRow[]) : [];
}
