// Ranked full-text hits over both indexes.
import type { NodeLabel } from '../../ingest/model';
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { SEARCHABLE_LABELS, mergedTextHits } from './fulltext';

/** Hits read from each index for a search over every label: the best `first` of them are nearly always among these. */
export const searchDepth = (first: number): number => 100 + 10 * first;

/**
 * Rows `{node, score}`, best first, the best scoring 1. `lucene` comes from luceneQuery. Over every label only the
 * `searchDepth(first)` best hits of each index are read (a common word matches thousands of abstracts); over some
 * labels every hit is, since the best hits might all have other labels.
 */
export function searchQuery(lucene: string, labels: readonly NodeLabel[], first: number): CypherQuery {
  const everyLabel = SEARCHABLE_LABELS.every((label) => labels.includes(label));
  const cypher = `${mergedTextHits(everyLabel)}
WITH collect({node: node, score: score}) AS hits
WITH hits, reduce(best = 0.0, h IN hits | CASE WHEN h.score > best THEN h.score ELSE best END) AS best
UNWIND hits AS hit
WITH hit.node AS n, hit.score / best AS score
ORDER BY score DESC, toLower(n.name), n.id
LIMIT $first
RETURN ${entityProjection('n')} AS node, score`;
  return {
    cypher,
    params: { lucene, textLabels: [...labels], first: cypherInt(first), ...(everyLabel ? { textLimit: cypherInt(searchDepth(first)) } : {}) },
  };
}
