// Ranked search hits: the entities named exactly as typed first, then those whose name starts so, then full-text.
import { NODE_LABELS, type NodeLabel } from '../../graph/model';
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { SEARCHABLE_LABELS, mergedTextHits } from './fulltext';
import { candidateKeys } from './names';

/** Hits read from each index for a search over every label: the best `first` of them are nearly always among these. */
export const searchDepth = (first: number): number => 100 + 10 * first;

/** How a hit matches what was typed, best first: its name or an alias whole, the start of one, or only full-text. */
export const SEARCH_MATCHES = ['EXACT', 'PREFIX', 'TEXT'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

// Talk keys hold the event; a talk is found by its title instead.
const KEYED_LABELS = NODE_LABELS.filter((label) => label !== 'Talk' && label !== 'Document');

/** Cypher yielding `exact`: the entities whose key is one `text` stands for (`$exactKeys`), one index seek each. */
const EXACT_BY_KEY = `CALL () {
  CALL () {
${KEYED_LABELS.map((label) => `    UNWIND $exactKeys.${label} AS key MATCH (n:${label} {key: key}) RETURN n`).join('\n    UNION ALL\n')}
  }
  RETURN collect(DISTINCT n) AS exact
}`;

/**
 * Rows `{node, score, match}`: first the entities whose key, name or an alias is `text` (any case), then those whose
 * name or an alias starts with it, then the rest, each group by full-text relevance (the best hit scoring 1; an entity
 * found by its key alone scores 1 too). `lucene` comes from luceneQuery. Over every label only the `searchDepth(first)`
 * best hits of each index are read (a common word matches thousands of abstracts); over some labels every hit is,
 * since the best hits might all have other labels.
 */
export function searchQuery(lucene: string, labels: readonly NodeLabel[], first: number, text = ''): CypherQuery {
  const everyLabel = SEARCHABLE_LABELS.every((label) => labels.includes(label));
  const lower = text.trim().toLowerCase();
  const exactKeys = Object.fromEntries(KEYED_LABELS.map((label) => [label, lower !== '' && labels.includes(label) ? candidateKeys(label, text) : []]));
  const names = "[toLower(n.name)] + [alias IN coalesce(n.aliases, []) + coalesce(n.altTitles, []) | toLower(alias)]";
  const cypher = `${mergedTextHits(everyLabel)}
WITH collect({node: node, score: score}) AS hits
${EXACT_BY_KEY}
WITH hits, exact, reduce(best = 0.0, h IN hits | CASE WHEN h.score > best THEN h.score ELSE best END) AS best
UNWIND hits + [n IN exact | {node: n, score: best}] AS hit
WITH hit.node AS n, exact, best, max(hit.score) AS raw
WITH n, CASE WHEN best > 0 THEN raw / best ELSE 1.0 END AS score,
  CASE WHEN $lower = '' THEN 2
    WHEN n IN exact OR $lower IN ${names} THEN 0
    WHEN any(name IN ${names} WHERE name STARTS WITH $lower) THEN 1
    ELSE 2 END AS rank
ORDER BY rank, score DESC, toLower(n.name), n.id
LIMIT $first
RETURN ${entityProjection('n')} AS node, score, ['EXACT', 'PREFIX', 'TEXT'][rank] AS match`;
  return {
    cypher,
    params: {
      lucene,
      textLabels: [...labels],
      first: cypherInt(first),
      lower,
      exactKeys,
      ...(everyLabel ? { textLimit: cypherInt(searchDepth(first)) } : {}),
    },
  };
}
