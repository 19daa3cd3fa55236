import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../graph/model';
import { RELATIONSHIP_KEY_PROPERTIES } from './plan/assertions';

/**
 * The loader's Cypher. Labels, relationship types and key property names cannot be parameters, so they are spelled
 * into the text, but only after being checked against the model's fixed lists; every value travels in $rows.
 */
export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

function label(name: NodeLabel): string {
  if (!NODE_LABELS.includes(name)) throw new Error(`unknown node label: ${name}`);
  return name;
}

function type(name: RelationshipType): string {
  if (!RELATIONSHIP_TYPES.includes(name)) throw new Error(`unknown relationship type: ${name}`);
  return name;
}

/**
 * MATCH of relationship r from the row's start to its end. The plan must not depend on statistics (see batchCypher):
 * it always expands from the start, which in this model is the small side (a talk, not the project it mentions; a
 * person, not the organization), and the end has no label so that no index seek can turn the plan around.
 */
function matchRelationship(relationship: RelationshipType, start: NodeLabel, end: NodeLabel): string {
  label(end);
  const names = RELATIONSHIP_KEY_PROPERTIES[relationship] ?? [];
  const keys = names.map((name) => ` AND r.${name} = row.keyProperties.${name}`).join('');
  return `MATCH (a:${label(start)} {id: row.start})-[r:${type(relationship)}]->(b) WHERE b.id = row.end${keys}`;
}

/**
 * A loader query as sent: the graph grows fast while loading, and Neo4j would plan every query again whenever its
 * statistics moved (a fifth of the server's time in a first load). The plans seek by unique id and need no
 * statistics, so the first plan is kept.
 */
export function batchCypher(cypher: string): string {
  return `CYPHER replan=skip ${cypher}`;
}

export function readDocumentsQuery(paths: string[]): Query {
  return {
    cypher: 'UNWIND $paths AS path MATCH (d:Document {key: path}) RETURN properties(d) AS properties',
    params: { paths },
  };
}

export function readNodesQuery(nodeLabel: NodeLabel, ids: string[]): Query {
  return {
    // Only the counts travel back: the other properties are derived from them.
    cypher: `UNWIND $ids AS id MATCH (n:${label(nodeLabel)} {id: id}) RETURN n.id AS id, n.documentCount AS documentCount, n.tallies AS tallies`,
    params: { ids },
  };
}

export function readRelationshipsQuery(relationship: RelationshipType, start: NodeLabel, end: NodeLabel, rows: { start: string; end: string }[]): Query {
  const keys = (RELATIONSHIP_KEY_PROPERTIES[relationship] ?? []).map((name) => `, .${name}`).join('');
  return {
    cypher:
      `UNWIND $rows AS row ${matchRelationship(relationship, start, end)} ` +
      `RETURN row.start AS start, row.end AS end, r {.documentCount, .tallies${keys}} AS properties`,
    params: { rows },
  };
}

export function createNodesQuery(nodeLabel: NodeLabel, rows: { id: string; properties: Record<string, unknown> }[]): Query {
  return { cypher: `UNWIND $rows AS row CREATE (n:${label(nodeLabel)}) SET n = row.properties`, params: { rows } };
}

export function updateNodesQuery(nodeLabel: NodeLabel, rows: { id: string; properties: Record<string, unknown> }[], replace = false): Query {
  // Rows carry only what changes (null for what goes, see changedProperties), or with `replace` all there is.
  return { cypher: `UNWIND $rows AS row MATCH (n:${label(nodeLabel)} {id: row.id}) SET n ${replace ? '=' : '+='} row.properties`, params: { rows } };
}

export function deleteNodesQuery(nodeLabel: NodeLabel, ids: string[]): Query {
  // DETACH only drops DESCRIBES edges or edges already planned for deletion: a node no document states any more
  // has no relationship a document still states.
  return {
    cypher: `UNWIND $ids AS id MATCH (n:${label(nodeLabel)} {id: id}) DETACH DELETE n`,
    params: { ids },
  };
}

type RelationshipRows = { start: string; end: string; keyProperties: Record<string, unknown>; properties: Record<string, unknown> }[];

export function createRelationshipsQuery(relationship: RelationshipType, start: NodeLabel, end: NodeLabel, rows: RelationshipRows): Query {
  return {
    cypher:
      `UNWIND $rows AS row MATCH (a:${label(start)} {id: row.start}) MATCH (b:${label(end)} {id: row.end}) ` +
      `CREATE (a)-[r:${type(relationship)}]->(b) SET r = row.properties`,
    params: { rows },
  };
}

export function updateRelationshipsQuery(relationship: RelationshipType, start: NodeLabel, end: NodeLabel, rows: RelationshipRows, replace = false): Query {
  return {
    cypher: `UNWIND $rows AS row ${matchRelationship(relationship, start, end)} SET r ${replace ? '=' : '+='} row.properties`,
    params: { rows },
  };
}

export function deleteRelationshipsQuery(
  relationship: RelationshipType,
  start: NodeLabel,
  end: NodeLabel,
  rows: { start: string; end: string; keyProperties: Record<string, unknown> }[],
): Query {
  return {
    cypher: `UNWIND $rows AS row ${matchRelationship(relationship, start, end)} DELETE r`,
    params: { rows },
  };
}

type CountRows = { start: string; end: string; keyProperties: Record<string, unknown>; documents: number }[];

/** Adds to how many documents state each relationship, creating those not there yet; returns how many it created. */
export function stateMoreQuery(relationship: RelationshipType, start: NodeLabel, end: NodeLabel, rows: CountRows): Query {
  const names = RELATIONSHIP_KEY_PROPERTIES[relationship] ?? [];
  const keys = names.length === 0 ? '' : ` {${names.map((name) => `${name}: row.keyProperties.${name}`).join(', ')}}`;
  return {
    cypher:
      `UNWIND $rows AS row MATCH (a:${label(start)} {id: row.start}) MATCH (b:${label(end)} {id: row.end}) ` +
      `MERGE (a)-[r:${type(relationship)}${keys}]->(b) ` +
      'ON CREATE SET r.documentCount = row.documents, r.tallies = [] ON MATCH SET r.documentCount = r.documentCount + row.documents ' +
      // A relationship that was there already had at least one document.
      'RETURN count(CASE WHEN r.documentCount = row.documents THEN 1 END) AS created',
    params: { rows },
  };
}

/** Takes from how many documents state each relationship, deleting those no document states; returns how many it deleted. */
export function stateLessQuery(relationship: RelationshipType, start: NodeLabel, end: NodeLabel, rows: CountRows): Query {
  return {
    cypher:
      `UNWIND $rows AS row ${matchRelationship(relationship, start, end)} ` +
      'SET r.documentCount = r.documentCount + row.documents WITH r WHERE r.documentCount <= 0 DELETE r RETURN count(*) AS deleted',
    params: { rows },
  };
}

/** Drops the DESCRIBES edges of these Document nodes, before their documents' new ones are written. */
export function deleteDescribesQuery(documentIds: string[]): Query {
  return { cypher: 'UNWIND $ids AS id MATCH (:Document {id: id})-[r:DESCRIBES]->() DELETE r', params: { ids: documentIds } };
}

/** A row per document: its Document node is found once for all the nodes of the label it states. */
export function createDescribesQuery(nodeLabel: NodeLabel, rows: { document: string; nodes: { id: string; lines: number[] }[] }[]): Query {
  return {
    cypher:
      `UNWIND $rows AS row MATCH (d:Document {id: row.document}) UNWIND row.nodes AS stated MATCH (n:${label(nodeLabel)} {id: stated.id}) ` +
      'CREATE (d)-[:DESCRIBES {lines: stated.lines}]->(n)',
    params: { rows },
  };
}

export function storedDocumentsQuery(paths?: string[]): Query {
  // A Document without statements was written by a talkgraph that kept sources on every node instead.
  const fields = 'd.key AS path, d.sha256 AS sha256, d.extractor AS extractor, d.statements IS NULL AS outdated';
  return paths === undefined
    ? { cypher: `MATCH (d:Document) RETURN ${fields}`, params: {} }
    : { cypher: `UNWIND $paths AS path MATCH (d:Document {key: path}) RETURN ${fields}`, params: { paths } };
}

export function outdatedDocumentsQuery(): Query {
  return { cypher: 'MATCH (d:Document) WHERE d.statements IS NULL RETURN count(d) AS outdated', params: {} };
}

/** The folders documents were ingested from, by the name their keys start with (see ingest/places). */
export function storedRootsQuery(): Query {
  return {
    cypher: "MATCH (d:Document) WHERE d.root IS NOT NULL WITH split(d.key, '/')[0] AS name, d.root AS root RETURN DISTINCT name, root",
    params: {},
  };
}

/** Documents that assert person aliases, with the pairs. */
export function storedPersonAliasesQuery(): Query {
  return {
    cypher: 'MATCH (d:Document) WHERE size(coalesce(d.personAliases, [])) > 0 RETURN d.key AS path, d.personAliases AS aliases',
    params: {},
  };
}

/** Documents that name a person key (before aliases) and now state it as `person`. */
export function documentsNamingPeopleQuery(rows: { key: string; person: string }[]): Query {
  return {
    cypher:
      "UNWIND $rows AS row MATCH (:Person {id: 'Person:' + row.person})<-[:DESCRIBES]-(d:Document) " +
      'WHERE row.key IN coalesce(d.personKeys, []) RETURN DISTINCT d.key AS path',
    params: { rows },
  };
}

/** Nodes by label, from Neo4j's counts. */
export function labelCountsQuery(): Query {
  return {
    cypher: `${NODE_LABELS.map((name) => `MATCH (n:${label(name)}) RETURN '${name}' AS label, count(n) AS count`).join(' UNION ALL ')}`,
    params: {},
  };
}

/** One slice of the graph's relationships or nodes deleted; run until it deletes nothing. */
export function clearSliceQuery(what: 'relationships' | 'nodes', labels: readonly NodeLabel[]): Query {
  const match = labels.map(label).join('|');
  return {
    cypher:
      what === 'relationships'
        ? `MATCH (:${match})-[r]-() WITH DISTINCT r LIMIT 20000 DELETE r RETURN count(*) AS deleted`
        : `MATCH (n:${match}) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted`,
    params: {},
  };
}

/** The node a bulk load keeps while it runs (see bulkLoad): a graph that still has it after the load was cut short. */
export const BULK_LOAD_LABEL = 'BulkLoad';

/** The mark of a bulk load under way, with the process that runs it, so that a later ingest can tell it was stopped. */
export function markBulkLoadQuery(now: string, by: { host: string; pid: number }): Query {
  return { cypher: `MERGE (m:${BULK_LOAD_LABEL} {id: 'bulk-load'}) SET m.startedAt = $now, m.host = $host, m.pid = $pid`, params: { now, ...by } };
}

export function unmarkBulkLoadQuery(): Query {
  return { cypher: `MATCH (m:${BULK_LOAD_LABEL}) DELETE m`, params: {} };
}

export function readBulkLoadMarkQuery(): Query {
  return { cypher: `MATCH (m:${BULK_LOAD_LABEL}) RETURN m.startedAt AS startedAt, m.host AS host, m.pid AS pid`, params: {} };
}
