// Where documents state an entity: the lines on the DESCRIBES edges from their Document nodes.
import type { NodeLabel } from '../../graph/model';
import { cypherInt, type CypherQuery } from './cypher';

/** One document's lines for one entity. */
export interface SourceLines {
  path: string;
  lines: number[];
}

/**
 * Rows `{id, sources}` for entities of one label: the documents stating each, by path, at most `first` of them (each
 * gives at least one line, so they give at least `first` sources).
 */
export function sourcesQuery(label: NodeLabel, ids: readonly string[], first: number): CypherQuery {
  // The label is one of the model's, taken from the entity's id by the caller; values travel as parameters.
  const cypher = `UNWIND $ids AS id
MATCH (n:${label} {id: id})
CALL (n) {
  MATCH (d:Document)-[r:DESCRIBES]->(n)
  RETURN d.path AS path, r.lines AS lines
  ORDER BY path
  LIMIT $first
}
RETURN id, collect({path: path, lines: lines}) AS sources`;
  return { cypher, params: { ids: [...ids], first: cypherInt(first) } };
}

/** "path:line" pairs in path and line order, at most `first`. */
export function flattenSources(documents: SourceLines[], first: number): { path: string; line: number }[] {
  return [...documents]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap(({ path, lines }) => [...lines].sort((a, b) => a - b).map((line) => ({ path, line })))
    .slice(0, first);
}
