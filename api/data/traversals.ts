// The explorer's traversals: one hop of a neighborhood, the edges among a set of entities, shortest paths.
import type { NodeLabel } from '../../ingest/model';
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { DEGREE } from './nodes';

/**
 * Rows `{handle, node, degree}`: entities one hop from the frontier, with a label in `labels`, not yet seen, best
 * connected first, at most `take`.
 */
export function nextHopQuery(frontier: readonly string[], seen: readonly string[], labels: readonly NodeLabel[], take: number): CypherQuery {
  const cypher = `MATCH (f) WHERE elementId(f) IN $frontier
MATCH (f)--(m)
WHERE any(l IN labels(m) WHERE l IN $labels) AND NOT elementId(m) IN $seen
WITH DISTINCT m
WITH m, ${DEGREE('m')} AS degree
ORDER BY degree DESC, m.id
LIMIT $take
RETURN elementId(m) AS handle, ${entityProjection('m')} AS node, degree`;
  return { cypher, params: { frontier: [...frontier], seen: [...seen], labels: [...labels], take: cypherInt(take) } };
}

/** Rows `{source, type, target}`: every relationship between two of these entities. */
export function edgesAmongQuery(handles: readonly string[]): CypherQuery {
  const cypher = `MATCH (a)-[r]->(b) WHERE elementId(a) IN $handles AND elementId(b) IN $handles
RETURN DISTINCT a.id AS source, type(r) AS type, b.id AS target
ORDER BY source, type, target`;
  return { cypher, params: { handles: [...handles] } };
}

export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 10;

/**
 * Rows `{handles, edges}`, one per shortest path from `from` to `to` (element ids), inner entities restricted to
 * `labels`.
 */
export function shortestPathsQuery(from: string, to: string, maxLength: number, labels: readonly NodeLabel[]): CypherQuery {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) throw new RangeError(`maxLength ${maxLength}`);
  // Cypher takes no parameter for a length bound; maxLength is an integer checked just above.
  const cypher = `MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
WHERE all(x IN nodes(p)[1..-1] WHERE any(l IN labels(x) WHERE l IN $labels))
WITH p LIMIT ${MAX_PATHS}
RETURN [x IN nodes(p) | elementId(x)] AS handles,
  [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id}] AS edges`;
  return { cypher, params: { from, to, labels: [...labels] } };
}
