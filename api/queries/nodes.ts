// Entities by global id, in one query whatever their labels.
import { NODE_LABELS, parseNodeId, type NodeLabel } from '../../graph/model';
import type { CypherQuery } from './cypher';
import { entityProjection, lightEntityProjection } from './entity';
import { degreeToward } from './steps';

// One index seek per label: a label-less MATCH on `id` would scan every node. Labels come from the model's list.
const MATCH_BY_ID = `CALL () {
${NODE_LABELS.map((label) => `  UNWIND $byLabel.${label} AS id MATCH (n:${label} {id: id}) RETURN n`).join('\n  UNION ALL\n')}
}`;

function byLabel(ids: readonly string[]): Record<NodeLabel, string[]> {
  const grouped = Object.fromEntries(NODE_LABELS.map((label) => [label, [] as string[]])) as Record<NodeLabel, string[]>;
  for (const id of ids) {
    const parsed = parseNodeId(id);
    if (parsed) grouped[parsed.label].push(id);
  }
  return grouped;
}

/**
 * Rows `{node}` for the entities with these ids, light rows (lightEntityProjection) when `light`; ids that are not
 * `Label:key` are simply not found.
 */
export function nodesByIdQuery(ids: readonly string[], light = false): CypherQuery {
  return { cypher: `${MATCH_BY_ID}\nRETURN ${(light ? lightEntityProjection : entityProjection)('n')} AS node`, params: { byLabel: byLabel(ids) } };
}

/**
 * Rows `{handle, node, degree}`: the entities with these ids, with their Neo4j element ids (for the traversals'
 * follow-up queries, which then seek by element id) and their degree over `labels`.
 */
export function handlesByIdQuery(ids: readonly string[], labels: readonly NodeLabel[]): CypherQuery {
  return {
    cypher: `${MATCH_BY_ID}\nRETURN elementId(n) AS handle, ${entityProjection('n')} AS node, ${degreeToward('n', labels)} AS degree`,
    params: { byLabel: byLabel(ids) },
  };
}

/** Rows `{handle, node, degree}` for entities known by element id. */
export function nodesByHandleQuery(handles: readonly string[], labels: readonly NodeLabel[]): CypherQuery {
  return {
    cypher: `MATCH (n) WHERE elementId(n) IN $handles
RETURN elementId(n) AS handle, ${entityProjection('n')} AS node, ${degreeToward('n', labels)} AS degree`,
    params: { handles: [...handles] },
  };
}

