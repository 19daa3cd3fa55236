// The explorer's traversals: one hop of a neighborhood, the edges among a set of entities, shortest paths.
import type { NodeLabel } from '../../graph/model';
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { degreeToward, stepPattern, stepsToward, typesAmong } from './steps';

/** `MATCH`es binding `to` to every neighbor of `from` with a label in `labels`: one per step, as a UNION when several. */
function neighborsOf(from: string, to: string, labels: readonly NodeLabel[]): string {
  const steps = stepsToward(labels);
  if (steps.length === 1) return `MATCH ${stepPattern(steps[0], from, to)}`;
  return `CALL (${from}) {\n${steps.map((step) => `  MATCH ${stepPattern(step, from, to)} RETURN ${to}`).join('\n  UNION\n')}\n}`;
}

/**
 * Rows `{handle, node, degree}`: entities one hop from the frontier, with a label in `labels`, not yet seen, at most
 * `take`. The frontier is taken in the order given (the neighborhood gives its least connected entities first), and
 * the neighbors of each best connected first. Neo4j stops reading once `take` rows are found: the neighbors of a hub
 * late in the frontier are not read at all when the entities before it fill the hop.
 */
export function nextHopQuery(frontier: readonly string[], seen: readonly string[], labels: readonly NodeLabel[], take: number): CypherQuery {
  const cypher = `UNWIND range(0, size($frontier) - 1) AS position
MATCH (f) WHERE elementId(f) = $frontier[position]
CALL (f) {
  ${neighborsOf('f', 'm', labels).replace(/\n/g, '\n  ')}
  WITH m WHERE NOT elementId(m) IN $seen
  WITH m, ${degreeToward('m', labels)} AS degree
  ORDER BY degree DESC, m.id
  LIMIT $take
  RETURN m, degree
}
// A neighbor of two frontier entities comes with the first (DISTINCT keeps the first row and the order).
WITH DISTINCT m, degree
LIMIT $take
RETURN elementId(m) AS handle, ${entityProjection('m')} AS node, degree`;
  return { cypher, params: { frontier: [...frontier], seen: [...seen], take: cypherInt(take) } };
}

/**
 * Rows `{source, type, target}`: every relationship between two of these entities, whose labels are among `labels`.
 * Each entity's outgoing relationships are few (the many are incoming: a project's talks, an event's talks).
 */
export function edgesAmongQuery(handles: readonly string[], labels: readonly NodeLabel[]): CypherQuery {
  const types = typesAmong(labels);
  const cypher = `UNWIND $handles AS handle
MATCH (a) WHERE elementId(a) = handle
MATCH (a)-[r${types.length > 0 ? `:${types.join('|')}` : ''}]->(b) WHERE elementId(b) IN $handles
RETURN DISTINCT a.id AS source, type(r) AS type, b.id AS target
ORDER BY source, type, target`;
  return { cypher, params: { handles: [...handles] } };
}

export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 10;

/**
 * Rows `{handles, edges}`, one per shortest path from `from` to `to` (element ids, their labels `ends`), inner entities
 * restricted to `labels`.
 */
export function shortestPathsQuery(from: string, to: string, maxLength: number, labels: readonly NodeLabel[], ends: readonly NodeLabel[]): CypherQuery {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) throw new RangeError(`maxLength ${maxLength}`);
  const types = typesAmong(labels, ends);
  if (types.length === 0) throw new RangeError(`no relationship type connects ${[...labels, ...ends].join(', ')}`);
  // Relationship types are the model's own; Cypher takes no parameter for a length bound, and maxLength is an integer
  // checked just above.
  const cypher = `MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[:${types.join('|')}*..${maxLength}]-(b))
WHERE all(x IN nodes(p)[1..-1] WHERE any(l IN labels(x) WHERE l IN $labels))
WITH p LIMIT ${MAX_PATHS}
RETURN [x IN nodes(p) | elementId(x)] AS handles,
  [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id}] AS edges`;
  return { cypher, params: { from, to, labels: [...labels] } };
}
