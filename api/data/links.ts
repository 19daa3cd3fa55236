// Project–organization links: which organizations stand behind which projects, and the evidence for each link.
import { cypherInt, type CypherQuery, type Row } from './cypher';
import { entityProjection, type EntityRow } from './entity';
import { selectsTalks, talkConditions, type ListFilter } from './filters';
import { MERGED_TEXT_HITS, luceneQuery } from './fulltext';

export interface LinkScope {
  /** Only links of these projects (global ids). */
  projectIds?: readonly string[];
  /** Only links of these organizations (global ids). */
  organizationIds?: readonly string[];
  /** Restricts the talks counted; then contributors and stewardship no longer count on their own. */
  filter?: ListFilter;
  /** The most links to return, heaviest first; all when omitted. */
  limit?: number;
}

/**
 * Rows `{project, organization, weight, talks, people, maintains}`, heaviest first. Evidence: talks that mention the
 * project given by a speaker the talk credits with the organization; people affiliated with the organization who
 * contribute to the project; the organization maintaining the project.
 */
export function linksQuery(scope: LinkScope): CypherQuery {
  const filter: ListFilter = { ...scope.filter };
  if (filter.project !== undefined || filter.organization !== undefined) {
    // Ends pinned through the filter are applied on the ends, not as talk conditions.
    scope = {
      ...scope,
      projectIds: filter.project !== undefined ? [filter.project] : scope.projectIds,
      organizationIds: filter.organization !== undefined ? [filter.organization] : scope.organizationIds,
    };
    delete filter.project;
    delete filter.organization;
  }
  const ends = [
    ...(scope.projectIds ? ['j.id IN $projectIds'] : []),
    ...(scope.organizationIds ? ['o.id IN $organizationIds'] : []),
  ];
  const talks = talkConditions('t', filter);
  const lucene = filter.text === undefined ? undefined : luceneQuery(filter.text);
  const talkScoped = selectsTalks(filter) || lucene !== undefined;
  const textCondition = lucene === undefined ? [] : ['t IN textTalks'];
  const talkWhere = ['t.id IN credit.talks', ...ends, ...talks.conditions, ...textCondition].join(' AND ');
  const endsWhere = ends.length > 0 ? `WHERE ${ends.join(' AND ')}` : '';
  const textTalks =
    lucene === undefined
      ? 'WITH [] AS textTalks'
      : `CALL () {${MERGED_TEXT_HITS.replace(/\n/g, '\n  ')}\n  RETURN collect(node) AS textTalks\n}`;
  // Without talk-scoped filters, contributors and stewardship are evidence on their own.
  const otherEvidence = talkScoped
    ? ''
    : `
  UNION ALL
  MATCH (o:Organization)<-[:AFFILIATED_WITH]-(p:Person)-[:CONTRIBUTES_TO]->(j:Project)
  ${endsWhere}
  RETURN j, o, null AS t, null AS speaker, p AS contributor, false AS maintains
  UNION ALL
  MATCH (o:Organization)-[:MAINTAINS]->(j:Project)
  ${endsWhere}
  RETURN j, o, null AS t, null AS speaker, null AS contributor, true AS maintains`;
  const cypher = `${textTalks}
CALL (textTalks) {
  MATCH (o:Organization)<-[credit:AFFILIATED_WITH]-(p:Person)-[:PRESENTED]->(t:Talk)-[:MENTIONS]->(j:Project)
  WHERE ${talkWhere}
  RETURN j, o, t, p AS speaker, null AS contributor, false AS maintains${otherEvidence}
}
WITH j, o, collect(DISTINCT t) AS talks, collect(DISTINCT speaker) + collect(DISTINCT contributor) AS people,
  size(collect(DISTINCT contributor)) AS contributors, any(m IN collect(maintains) WHERE m) AS maintains
WITH j, o, talks, maintains, size(talks) + contributors + CASE WHEN maintains THEN 1 ELSE 0 END AS weight,
  reduce(unique = [], p IN people | CASE WHEN p IN unique THEN unique ELSE unique + p END) AS people
ORDER BY weight DESC, toLower(j.name), toLower(o.name)
${scope.limit === undefined ? '' : 'LIMIT $limit'}
RETURN ${entityProjection('j')} AS project, ${entityProjection('o')} AS organization, weight, maintains,
  [t IN talks | ${entityProjection('t')}] AS talks,
  [p IN people | ${entityProjection('p')}] AS people`;
  return {
    cypher,
    params: {
      ...talks.params,
      ...(scope.projectIds ? { projectIds: [...scope.projectIds] } : {}),
      ...(scope.organizationIds ? { organizationIds: [...scope.organizationIds] } : {}),
      ...(scope.limit === undefined ? {} : { limit: cypherInt(scope.limit) }),
      ...(lucene === undefined ? {} : { lucene, textLabels: ['Talk'] }),
    },
  };
}

/** A project–organization link as linksQuery returns it. */
export interface LinkRow {
  project: EntityRow;
  organization: EntityRow;
  weight: number;
  maintains: boolean;
  talks: EntityRow[];
  people: EntityRow[];
}

const byName = (a: EntityRow, b: EntityRow): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
const recentFirst = (a: EntityRow, b: EntityRow): number =>
  String(b.day ?? '').localeCompare(String(a.day ?? '')) || byName(a, b);

/** A link row with its talks most recent first and its people by name (Cypher's collect keeps no order). */
export function orderEvidence(row: Row): LinkRow {
  const link = row as unknown as LinkRow;
  return { ...link, talks: [...link.talks].sort(recentFirst), people: [...link.people].sort(byName) };
}
