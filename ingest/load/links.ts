// Project–organization links kept by the loader as LINKED_TO relationships, so the links view reads them instead of
// gathering the whole graph per request. Each write recomputes the links of the projects and organizations it touched.
import type { Executor, Transaction } from '../../db/executor';
import { LINK_EVIDENCE_ORDER, LINK_TYPE, MAX_LINK_EVIDENCE, type RelationshipType } from '../../graph/model';
import { parseRelationshipRef } from './plan/assertions';
import type { Query } from './cypher';


/** Whose links a write may have changed, by global id; `all` for every link (the end of a bulk load). */
export type LinkScope = 'all' | { organizations: string[]; projects: string[]; talks: string[] };

/**
 * The ends whose links a change of these relationships can move. A link (o, j) rests on o's affiliations, j's
 * mentions, contributions and stewardship, and the talks between them: a changed PRESENTED edge moves the links of
 * the projects its talk mentions (the organizations of its speaker are then touched through AFFILIATED_WITH if they
 * changed too). Refs come from the loader's deltas, old and new statements alike.
 */
export function linkScopeOf(relationshipRefs: Iterable<string>): LinkScope {
  const organizations = new Set<string>();
  const projects = new Set<string>();
  const talks = new Set<string>();
  const touches: Partial<Record<RelationshipType, (start: string, end: string) => void>> = {
    AFFILIATED_WITH: (_person, organization) => organizations.add(organization),
    MAINTAINS: (organization) => organizations.add(organization),
    CONTRIBUTES_TO: (_person, project) => projects.add(project),
    MENTIONS: (_talk, project) => projects.add(project),
    PRESENTED: (_person, talk) => talks.add(talk),
  };
  for (const ref of relationshipRefs) {
    const { type, start, end } = parseRelationshipRef(ref);
    touches[type]?.(start, end);
  }
  return { organizations: [...organizations], projects: [...projects], talks: [...talks] };
}

export function isEmptyScope(scope: LinkScope): boolean {
  return scope !== 'all' && scope.organizations.length + scope.projects.length + scope.talks.length === 0;
}

// Evidence rows `o, j, t, person, contributor, maintains` for the links whose ends `ends` binds: talks mentioning the
// project given by a speaker the talk credits with the organization, contributors affiliated with the organization,
// and stewardship. The same counting as the API's linksQuery without filters.
function evidence(ends: { organization: string; project: string }): string {
  return `MATCH (o:Organization)<-[credit:AFFILIATED_WITH]-(p:Person)-[:PRESENTED]->(t:Talk)-[:MENTIONS]->(j:Project)
    WHERE t.id IN credit.talks AND ${ends.organization} AND ${ends.project}
    RETURN o, j, t, p AS person, null AS contributor, false AS maintains
    UNION ALL
    MATCH (o:Organization)<-[:AFFILIATED_WITH]-(p:Person)-[:CONTRIBUTES_TO]->(j:Project)
    WHERE ${ends.organization} AND ${ends.project}
    RETURN o, j, null AS t, p AS person, p AS contributor, false AS maintains
    UNION ALL
    MATCH (o:Organization)-[:MAINTAINS]->(j:Project)
    WHERE ${ends.organization} AND ${ends.project}
    RETURN o, j, null AS t, null AS person, null AS contributor, true AS maintains`;
}

/**
 * Deletes the links in scope and writes them again from the graph as it is now. A scoped refresh anchors each part on
 * the given ends (an organization's links, then a project's that no given organization already covered), so that it
 * reads only their neighborhoods.
 */
export function refreshLinksQueries(scope: LinkScope): Query[] {
  // Beside the counts, each link keeps its first talks (most recent first) and people (by name) as ids, in the order
  // the API serves them, so that a link's evidence is read, not gathered again, per request.
  const write = `WITH o, j, collect(DISTINCT t) AS talks, collect(DISTINCT person) AS people,
  count(DISTINCT contributor) AS contributors, any(m IN collect(maintains) WHERE m) AS maintains
WITH o, j, size(talks) AS talkCount, size(people) AS peopleCount, contributors, maintains,
  COLLECT { UNWIND talks AS t WITH t ORDER BY ${LINK_EVIDENCE_ORDER.talks} LIMIT ${MAX_LINK_EVIDENCE} RETURN t.id } AS talkIds,
  COLLECT { UNWIND people AS p WITH p ORDER BY ${LINK_EVIDENCE_ORDER.people} LIMIT ${MAX_LINK_EVIDENCE} RETURN p.id } AS personIds
CREATE (o)-[:${LINK_TYPE} {weight: talkCount + contributors + CASE WHEN maintains THEN 1 ELSE 0 END, talkCount: talkCount, peopleCount: peopleCount,
  maintains: maintains, talks: talkIds, people: personIds}]->(j)`;
  if (scope === 'all') {
    return [
      { cypher: `MATCH (:Organization)-[l:${LINK_TYPE}]->(:Project) DELETE l`, params: {} },
      { cypher: `CALL () {\n    ${evidence({ organization: 'true', project: 'true' })}\n}\n${write}`, params: {} },
    ];
  }
  const params = { organizations: scope.organizations, projects: scope.projects, talks: scope.talks };
  // A talk's projects, as the graph says now: its changed mentions are in scope on their own.
  const projects = `COLLECT { UNWIND $talks AS id MATCH (:Talk {id: id})-[:MENTIONS]->(j:Project) RETURN j.id AS id UNION UNWIND $projects AS id RETURN id }`;
  return [
    {
      cypher: `UNWIND $organizations AS id MATCH (:Organization {id: id})-[l:${LINK_TYPE}]->(:Project) DELETE l`,
      params,
    },
    {
      cypher: `UNWIND ${projects} AS id MATCH (o:Organization)-[l:${LINK_TYPE}]->(:Project {id: id}) WHERE NOT o.id IN $organizations DELETE l`,
      params,
    },
    {
      cypher: `CALL () {
    UNWIND $organizations AS anchor
    CALL (anchor) {
      ${evidence({ organization: 'o.id = anchor', project: 'true' }).replace(/\n/g, '\n  ')}
    }
    RETURN o, j, t, person, contributor, maintains
    UNION ALL
    UNWIND ${projects} AS anchor
    CALL (anchor) {
      ${evidence({ organization: 'NOT o.id IN $organizations', project: 'j.id = anchor' }).replace(/\n/g, '\n  ')}
    }
    RETURN o, j, t, person, contributor, maintains
}
${write}`,
      params,
    },
  ];
}

/** Recomputes the links in scope inside the caller's transaction, so they change with the write that moved them. */
export async function refreshLinks(tx: Transaction, scope: LinkScope): Promise<void> {
  if (isEmptyScope(scope)) return;
  for (const query of refreshLinksQueries(scope)) await tx.run(query.cypher, query.params);
}

/**
 * Links stored before they kept their evidence (no `talks`) are counted again, all of them in one transaction, so that
 * a graph written by an older talkgraph serves every link's talks and people after its next ingest.
 */
export async function refreshOutdatedLinks(executor: Pick<Executor, 'read' | 'writeTransaction'>): Promise<boolean> {
  const [{ outdated }] = await executor.read<{ outdated: boolean }>(
    `RETURN EXISTS { MATCH (:Organization)-[l:${LINK_TYPE}]->(:Project) WHERE l.talks IS NULL } AS outdated`,
  );
  if (outdated) await executor.writeTransaction((tx) => refreshLinks(tx, 'all'));
  return outdated;
}
