// One page of a filtered list, with the total, in one query.
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { listConditions, selectedTalks, type ListFilter, type ListLabel } from './filters';
import { MERGED_TEXT_HITS, luceneQuery } from './fulltext';

const LIST_ORDER: Record<ListLabel, string> = {
  Talk: "coalesce(n.day, '') DESC, n.time, toLower(n.name), n.id",
  Event: "coalesce(n.startDate, toString(n.year), '') DESC, toLower(n.name), n.id",
  Person: 'toLower(n.name), n.id',
  Organization: 'toLower(n.name), n.id',
  Project: 'toLower(n.name), n.id',
};

/** The entities of `label` that pass the filter's conditions, one by one (full-text hits when `lucene` is given). */
function filtered(label: ListLabel, filter: ListFilter, lucene: string | undefined): { cypher: string; params: Record<string, unknown> } {
  const { conditions, params } = listConditions(label, filter);
  const where = conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : '';
  return {
    cypher: lucene === undefined ? `MATCH (n:${label})\n${where}\nWITH n, 0.0 AS score` : `${MERGED_TEXT_HITS}\nWITH node AS n, score\n${where}`,
    params,
  };
}

/** Rows `{totalCount, page}`: how many entities the filter selects, and those at positions offset..offset+first-1. */
export function listQuery(label: ListLabel, filter: ListFilter, offset: number, first: number): CypherQuery {
  const lucene = filter.text === undefined ? undefined : luceneQuery(filter.text);
  // A talk list with a reference filter starts from that filter's entity instead of testing every talk.
  const talks = label === 'Talk' && lucene === undefined ? selectedTalks('n', filter) : undefined;
  const { cypher: source, params } = talks ? { ...talks, cypher: `${talks.cypher}\nWITH n, 0.0 AS score` } : filtered(label, filter, lucene);
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
