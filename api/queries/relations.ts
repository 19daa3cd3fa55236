// The relation fields of the entity types, each one batched query over many parents.
import type { NodeLabel } from '../../graph/model';
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';

interface RelationSpec {
  /** The parent's label; the parent is `n`. */
  from: NodeLabel;
  /** The pattern (and WHERE) reaching each related entity `m` from `n`. */
  match: string;
  /** What each item is; by default the entity `m`. */
  item?: string;
  /** ORDER BY over `m` (and what `match` binds). */
  order: string;
}

const BY_NAME = 'toLower(m.name), m.id';
const RECENT_TALKS_FIRST = "coalesce(m.day, '') DESC, m.time, toLower(m.name), m.id";
const ENTITY = entityProjection('m');

export const RELATIONS = {
  talkSpeakers: { from: 'Talk', match: '(m:Person)-[:PRESENTED]->(n)', order: BY_NAME },
  talkSpeakerCredits: {
    from: 'Talk',
    match: '(m:Person)-[:PRESENTED]->(n)',
    item: `{person: ${ENTITY}, organizations: [(m)-[a:AFFILIATED_WITH]->(o:Organization) WHERE n.id IN a.talks | ${entityProjection('o')}]}`,
    order: BY_NAME,
  },
  talkEvent: { from: 'Talk', match: '(n)-[:PART_OF]->(m:Event)', order: BY_NAME },
  talkProjects: { from: 'Talk', match: '(n)-[:MENTIONS]->(m:Project)', order: BY_NAME },
  talkTopics: { from: 'Talk', match: '(n)-[:ABOUT]->(m:Topic)', order: BY_NAME },
  talkDocuments: { from: 'Talk', match: '(m:Document)-[:DESCRIBES]->(n)', order: 'm.key' },
  personTalks: { from: 'Person', match: '(n)-[:PRESENTED]->(m:Talk)', order: RECENT_TALKS_FIRST },
  personOrganizations: { from: 'Person', match: '(n)-[:AFFILIATED_WITH]->(m:Organization)', order: BY_NAME },
  personContributions: {
    from: 'Person',
    match: '(n)-[r:CONTRIBUTES_TO]->(m:Project)',
    item: `{person: ${entityProjection('n')}, project: ${ENTITY}, role: r.role}`,
    order: BY_NAME,
  },
  organizationPeople: { from: 'Organization', match: '(m:Person)-[:AFFILIATED_WITH]->(n)', order: BY_NAME },
  organizationTalks: {
    from: 'Organization',
    match: '(n)<-[a:AFFILIATED_WITH]-(:Person)-[:PRESENTED]->(m:Talk) WHERE m.id IN a.talks',
    order: RECENT_TALKS_FIRST,
  },
  organizationMaintains: { from: 'Organization', match: '(n)-[:MAINTAINS]->(m:Project)', order: BY_NAME },
  projectTalks: { from: 'Project', match: '(m:Talk)-[:MENTIONS]->(n)', order: RECENT_TALKS_FIRST },
  projectMaintainers: { from: 'Project', match: '(m:Organization)-[:MAINTAINS]->(n)', order: BY_NAME },
  projectContributors: {
    from: 'Project',
    match: '(m:Person)-[r:CONTRIBUTES_TO]->(n)',
    item: `{person: ${ENTITY}, project: ${entityProjection('n')}, role: r.role}`,
    order: BY_NAME,
  },
  eventTalks: { from: 'Event', match: '(m:Talk)-[:PART_OF]->(n)', order: 'm.day, m.time, toLower(m.name), m.id' },
  eventCoLocatedWith: { from: 'Event', match: '(n)-[:CO_LOCATED_WITH]->(m:Event)', order: BY_NAME },
  eventCoLocatedEvents: { from: 'Event', match: '(m:Event)-[:CO_LOCATED_WITH]->(n)', order: BY_NAME },
  eventDocuments: { from: 'Event', match: '(m:Document)-[:DESCRIBES]->(n)', order: 'm.key' },
  topicTalks: { from: 'Topic', match: '(m:Talk)-[:ABOUT]->(n)', order: RECENT_TALKS_FIRST },
  documentTalks: { from: 'Document', match: '(n)-[:DESCRIBES]->(m:Talk)', order: RECENT_TALKS_FIRST },
  documentEvents: { from: 'Document', match: '(n)-[:DESCRIBES]->(m:Event)', order: BY_NAME },
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

/**
 * For each parent id, its related items in order: rows `{id, items, total}`, the first `first` items (all when
 * omitted) and how many there are; parents without any are absent.
 */
export function relationQuery(name: RelationName, parentIds: readonly string[], first?: number): CypherQuery {
  const spec: RelationSpec = RELATIONS[name];
  const withRelationship = spec.match.includes('[r:');
  const cypher = [
    `UNWIND $ids AS id`,
    `MATCH (n:${spec.from} {id: id})`,
    `MATCH ${spec.match}`,
    `WITH DISTINCT id, n, m${withRelationship ? ', r' : ''}`,
    `ORDER BY ${spec.order}`,
    `WITH id, n, collect(${withRelationship ? '[m, r]' : '[m]'}) AS found`,
    // Only the items returned are projected: a project on thousands of talks sends the first few.
    `CALL (n, found) {`,
    `  UNWIND found${first === undefined ? '' : '[..$first]'} AS pair`,
    `  WITH n, pair[0] AS m${withRelationship ? ', pair[1] AS r' : ''}`,
    `  RETURN collect(${spec.item ?? ENTITY}) AS items`,
    `}`,
    `RETURN id, size(found) AS total, items`,
  ].join('\n');
  return { cypher, params: { ids: [...parentIds], ...(first === undefined ? {} : { first: cypherInt(first) }) } };
}
