// The corrections the graph records, and what duplicate suggestions weigh: query builders, run by the resolvers.
import type { CypherQuery } from './cypher';

/** Rows `{id, documents}`: each correction some Document node lists as having changed it. */
export function correctionsInForceQuery(): CypherQuery {
  return {
    cypher: `MATCH (d:Document) WHERE d.corrections IS NOT NULL
      UNWIND d.corrections AS id
      RETURN id, count(d) AS documents ORDER BY id`,
    params: {},
  };
}

/** Rows in the shape of MergeCandidate: each person and organization with what it is linked to. */
export function mergeCandidatesQuery(): CypherQuery {
  return {
    cypher: `MATCH (n) WHERE n:Person OR n:Organization
      RETURN n.id AS id, CASE WHEN n:Person THEN 'Person' ELSE 'Organization' END AS label,
        coalesce(n.name, n.key) AS name, coalesce(n.aliases, []) AS aliases,
        COLLECT { MATCH (n)-[:AFFILIATED_WITH]-(p) RETURN DISTINCT p.id } AS partners,
        COLLECT { MATCH (n)-[:PRESENTED]->(:Talk)-[:PART_OF]->(e:Event) RETURN DISTINCT e.id } AS events,
        COLLECT { MATCH (n)-[:PRESENTED]->(:Talk)-[:MENTIONS]->(p:Project) RETURN DISTINCT p.id } AS projects,
        COLLECT { MATCH (n)-[:PRESENTED]->(t:Talk) RETURN t.id } AS talks,
        COLLECT { MATCH (d:Document)-[:DESCRIBES]->(n) RETURN d.path } AS documents`,
    params: {},
  };
}
