// Counts by label and by relationship type (Neo4j answers these from its count store).
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/model';
import type { CypherQuery } from './cypher';

// Labels and types come from the model's lists, never from a request.
const STATS = [
  ...NODE_LABELS.map((label) => `MATCH (n:${label}) RETURN 'label' AS kind, '${label}' AS name, count(n) AS count`),
  ...RELATIONSHIP_TYPES.map((type) => `MATCH ()-[r:${type}]->() RETURN 'type' AS kind, '${type}' AS name, count(r) AS count`),
].join('\nUNION ALL\n');

/** Rows `{kind: 'label' | 'type', name, count}`. */
export function statsQuery(): CypherQuery {
  return { cypher: STATS, params: {} };
}
