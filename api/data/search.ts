// Ranked full-text hits over both indexes.
import type { NodeLabel } from '../../ingest/model';
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { MERGED_TEXT_HITS } from './fulltext';

/** Rows `{node, score}`, best first, the best scoring 1. `lucene` comes from luceneQuery. */
export function searchQuery(lucene: string, labels: readonly NodeLabel[], first: number): CypherQuery {
  const cypher = `${MERGED_TEXT_HITS}
WITH collect({node: node, score: score}) AS hits
WITH hits, reduce(best = 0.0, h IN hits | CASE WHEN h.score > best THEN h.score ELSE best END) AS best
UNWIND hits AS hit
WITH hit.node AS n, hit.score / best AS score
ORDER BY score DESC, toLower(n.name), n.id
LIMIT $first
RETURN ${entityProjection('n')} AS node, score`;
  return { cypher, params: { lucene, textLabels: [...labels], first: cypherInt(first) } };
}
