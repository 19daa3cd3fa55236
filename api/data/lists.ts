// One page of a filtered list, with the total, in one query.
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { listConditions, type ListFilter, type ListLabel } from './filters';
import { MERGED_TEXT_HITS, luceneQuery } from './fulltext';

const LIST_ORDER: Record<ListLabel, string> = {
  Talk: "coalesce(n.day, '') DESC, n.time, toLower(n.name), n.id",
  Event: "coalesce(n.startDate, toString(n.year), '') DESC, toLower(n.name), n.id",
  Person: 'toLower(n.name), n.id',
  Organization: 'toLower(n.name), n.id',
  Project: 'toLower(n.name), n.id',
};

/** Rows `{totalCount, page}`: how many entities the filter selects, and those at positions offset..offset+first-1. */
export function listQuery(label: ListLabel, filter: ListFilter, offset: number, first: number): CypherQuery {
  const { conditions, params } = listConditions(label, filter);
  const lucene = filter.text === undefined ? undefined : luceneQuery(filter.text);
  const where = conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : '';
  const source =
    lucene === undefined
      ? `MATCH (n:${label})\n${where}\nWITH n, 0.0 AS score`
      : `${MERGED_TEXT_HITS}\nWITH node AS n, score\n${where}`;
  const cypher = [
    source,
    `ORDER BY score DESC, ${LIST_ORDER[label]}`,
    'WITH collect(n) AS selected',
    `RETURN size(selected) AS totalCount, [n IN selected[$offset..($offset + $first)] | ${entityProjection('n')}] AS page`,
  ].join('\n');
  return {
    cypher,
    params: { ...params, offset: cypherInt(offset), first: cypherInt(first), ...(lucene === undefined ? {} : { lucene, textLabels: [label] }) },
  };
}
