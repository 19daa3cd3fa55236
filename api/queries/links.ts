// Project–organization links: which organizations stand behind which projects, and the evidence for each link.
import { LINK_EVIDENCE_ORDER, LINK_TYPE, MAX_LINK_EVIDENCE } from '../../graph/model';
import { cypherInt, type CypherQuery } from './cypher';
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
  /** Whether to return the talks and people behind each link (as ids) and their counts; without, both are empty and 0. */
  evidence?: boolean;
  /** With evidence from the stored links, how many talks and people of each link to return (at most MAX_LINK_EVIDENCE). */
  evidenceFirst?: { talks: number; people: number };
}

/** The most links one request returns: as many as the explorer's matrix can show (web/README.md). */
export const MAX_LINKS = 2_000;

export { MAX_LINK_EVIDENCE };

// A link's talks most recent first and its people by name, cut to the most any client may ask for, with their counts.
const EVIDENCE = `COLLECT { UNWIND talks AS t WITH t ORDER BY ${LINK_EVIDENCE_ORDER.talks} LIMIT $evidenceLimit RETURN t.id } AS talks,
  COLLECT { UNWIND people AS p WITH p ORDER BY ${LINK_EVIDENCE_ORDER.people} LIMIT $evidenceLimit RETURN p.id } AS people,
  size(talks) AS talkCount, size(people) AS peopleCount`;

/**
 * Rows `{project, organization, weight, talks, people, talkCount, peopleCount, maintains}`, heaviest first. Evidence: talks that mention the
 * project given by a speaker the talk credits with the organization; people affiliated with the organization who
 * contribute to the project; the organization maintaining the project.
 */
export function linksQuery(given: LinkScope): CypherQuery {
  const { scope, filter } = pinnedEnds(given);
  const evidence = scope.evidence ?? true;
  const ends = endConditions(scope);
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
  RETURN j, o, null AS t, p AS person, p AS contributor, false AS maintains
  UNION ALL
  MATCH (o:Organization)-[:MAINTAINS]->(j:Project)
  ${endsWhere}
  RETURN j, o, null AS t, null AS person, null AS contributor, true AS maintains`;
  // The evidence leaves as ids: the talks and people of a link are read only when a client asks for them.
  const cypher = `${textTalks}
CALL (textTalks) {
  MATCH (o:Organization)<-[credit:AFFILIATED_WITH]-(p:Person)-[:PRESENTED]->(t:Talk)-[:MENTIONS]->(j:Project)
  WHERE ${talkWhere}
  RETURN j, o, t, p AS person, null AS contributor, false AS maintains${otherEvidence}
}
WITH j, o, ${evidence ? 'collect(DISTINCT t) AS talks, collect(DISTINCT person) AS people' : 'count(DISTINCT t) AS talkCount'},
  count(DISTINCT contributor) AS contributors, any(m IN collect(maintains) WHERE m) AS maintains
WITH j, o, ${evidence ? 'talks, people, size(talks)' : 'talkCount'} + contributors + CASE WHEN maintains THEN 1 ELSE 0 END AS weight, maintains
ORDER BY weight DESC, toLower(j.name), toLower(o.name)
${scope.limit === undefined ? '' : 'LIMIT $limit'}
RETURN ${entityProjection('j')} AS project, ${entityProjection('o')} AS organization, weight, maintains,
  ${evidence ? EVIDENCE : '[] AS talks, [] AS people, 0 AS talkCount, 0 AS peopleCount'}`;
  return {
    cypher,
    params: {
      ...talks.params,
      ...endParams(scope),
      ...(evidence ? { evidenceLimit: cypherInt(MAX_LINK_EVIDENCE) } : {}),
      ...(lucene === undefined ? {} : { lucene, textLabels: ['Talk'] }),
    },
  };
}

/** Ends pinned through the filter are applied on the ends, not as talk conditions: the scope and what is left of the filter. */
function pinnedEnds(given: LinkScope): { scope: LinkScope; filter: ListFilter } {
  const { project, organization, ...filter } = given.filter ?? {};
  const scope = {
    ...given,
    projectIds: project !== undefined ? [project] : given.projectIds,
    organizationIds: organization !== undefined ? [organization] : given.organizationIds,
  };
  return { scope, filter };
}

function endConditions(scope: LinkScope): string[] {
  return [...(scope.projectIds ? ['j.id IN $projectIds'] : []), ...(scope.organizationIds ? ['o.id IN $organizationIds'] : [])];
}

function endParams(scope: LinkScope): Record<string, unknown> {
  return {
    ...(scope.projectIds ? { projectIds: [...scope.projectIds] } : {}),
    ...(scope.organizationIds ? { organizationIds: [...scope.organizationIds] } : {}),
    ...(scope.limit === undefined ? {} : { limit: cypherInt(scope.limit) }),
  };
}

/**
 * Whether the links the loader stores (LINKED_TO, see ingest/load/links.ts) answer this request: they hold each link's
 * weight, counts, stewardship and first talks and people over all talks, so not a request that restricts the talks
 * counted.
 */
export function storedLinksAnswer(scope: LinkScope): boolean {
  const { filter } = pinnedEnds(scope);
  return !selectsTalks(filter) && filter.text === undefined;
}

/**
 * The stored links (see storedLinksAnswer) in linksQuery's order, as one row `{links, projects, organizations}`: each
 * project and organization once (a page of 2,000 links has a few hundred of them, and sending each link both ends'
 * properties cost more than finding the links), each link as `[projectId, organizationId, weight, maintains,
 * talkCount, peopleCount, talkIds, personIds]`, the ids cut to `evidenceFirst` (none without evidence).
 * storedLinkRows turns it into linksQuery's rows.
 */
export function storedLinksQuery(given: LinkScope): CypherQuery {
  const { scope } = pinnedEnds(given);
  const ends = endConditions(scope);
  const evidence = scope.evidence ?? true;
  const first = scope.evidenceFirst ?? { talks: MAX_LINK_EVIDENCE, people: MAX_LINK_EVIDENCE };
  // With a limit, the weight of the last link kept is found first from the weights alone: only links at least that
  // heavy are then ordered by name (most of the graph's links are light, and would be read for their names otherwise).
  const cutoff =
    scope.limit === undefined
      ? ''
      : `MATCH (o:Organization)-[l:${LINK_TYPE}]->(j:Project)${ends.length > 0 ? ` WHERE ${ends.join(' AND ')}` : ''}
WITH l.weight AS weight ORDER BY weight DESC LIMIT $limit
WITH min(weight) AS cutoff
`;
  const where = [...ends, ...(cutoff ? ['l.weight >= cutoff'] : [])];
  const ids = evidence ? ', link[2].talks[0..$talkFirst], link[2].people[0..$peopleFirst]' : ', [], []';
  const cypher = `${cutoff}MATCH (o:Organization)-[l:${LINK_TYPE}]->(j:Project)
${where.length > 0 ? `WHERE ${where.join(' AND ')}\n` : ''}WITH j, o, l ORDER BY l.weight DESC, toLower(j.name), toLower(o.name)
${scope.limit === undefined ? '' : 'LIMIT $limit\n'}WITH collect([j, o, l]) AS found
RETURN [link IN found | [link[0].id, link[1].id, link[2].weight, link[2].maintains, link[2].talkCount, link[2].peopleCount${ids}]] AS links,
  COLLECT { UNWIND found AS link WITH DISTINCT link[0] AS j RETURN ${entityProjection('j')} } AS projects,
  COLLECT { UNWIND found AS link WITH DISTINCT link[1] AS o RETURN ${entityProjection('o')} } AS organizations`;
  const slices = evidence
    ? { talkFirst: cypherInt(Math.min(first.talks, MAX_LINK_EVIDENCE)), peopleFirst: cypherInt(Math.min(first.people, MAX_LINK_EVIDENCE)) }
    : {};
  return { cypher, params: { ...endParams(scope), ...slices } };
}

type StoredLink = [string, string, number, boolean, number, number, string[], string[]];

/** storedLinksQuery's row as linksQuery's rows: each end's properties shared by its links. */
export function storedLinkRows(rows: Record<string, unknown>[]): LinkRow[] {
  const [row] = rows;
  if (!row) return [];
  const byId = (entities: unknown) => new Map((entities as EntityRow[]).map((entity) => [entity.id, entity]));
  const projects = byId(row.projects);
  const organizations = byId(row.organizations);
  return (row.links as StoredLink[]).map(([project, organization, weight, maintains, talkCount, peopleCount, talks, people]) => ({
    project: projects.get(project)!,
    organization: organizations.get(organization)!,
    weight,
    maintains,
    talks,
    people,
    talkCount,
    peopleCount,
  }));
}

/** A project–organization link as linksQuery returns it: its evidence as ids, for GraphData.node. */
export interface LinkRow {
  project: EntityRow;
  organization: EntityRow;
  weight: number;
  maintains: boolean;
  /** Ids of the first MAX_LINK_EVIDENCE talks (or as many as were asked for), most recent first. */
  talks: string[];
  /** Ids of the first MAX_LINK_EVIDENCE people (or as many as were asked for), by name. */
  people: string[];
  talkCount: number;
  peopleCount: number;
}

/** A link's people, by name. */
export const byName = (a: EntityRow, b: EntityRow): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** A link's talks, most recent first (Cypher's collect keeps no order). */
export const recentFirst = (a: EntityRow, b: EntityRow): number => String(b.day ?? '').localeCompare(String(a.day ?? '')) || byName(a, b);
