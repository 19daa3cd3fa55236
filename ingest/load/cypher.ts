import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../model';
import { RELATIONSHIP_KEY_PROPERTIES } from './assertions';

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

function relationshipPattern(relationship: RelationshipType, start: NodeLabel, end: NodeLabel): string {
  return `(a:${label(start)} {id: row.start})-[r:${type(relationship)}]->(b:${label(end)} {id: row.end})`;
}

/** Matches r on its key properties (CONTRIBUTES_TO's role), which row.keyProperties carries. */
function keyCondition(relationship: RelationshipType): string {
  const names = RELATIONSHIP_KEY_PROPERTIES[relationship] ?? [];
  return names.length === 0 ? '' : ` WHERE ${names.map((name) => `r.${name} = row.keyProperties.${name}`).join(' AND ')}`;
}

export function readDocumentsQuery(paths: string[]): Query {
  return {
    cypher: 'UNWIND $paths AS path MATCH (d:Document {key: path}) RETURN properties(d) AS properties',
    params: { paths },
  };
}

export function readNodesQuery(nodeLabel: NodeLabel, ids: string[]): Query {
  return {
    // Only provenance travels back: the other properties are derived from it.
    cypher: `UNWIND $ids AS id MATCH (n:${label(nodeLabel)} {id: id}) RETURN n {.id, .sources, .claims} AS properties`,
    params: { ids },
  };
}

export function readRelationshipsQuery(relationship: RelationshipType, start: NodeLabel, end: NodeLabel, rows: { start: string; end: string }[]): Query {
  const keys = (RELATIONSHIP_KEY_PROPERTIES[relationship] ?? []).map((name) => `, .${name}`).join('');
  return {
    cypher:
      `UNWIND $rows AS row MATCH ${relationshipPattern(relationship, start, end)} ` +
      `RETURN row.start AS start, row.end AS end, r {.sources, .claims${keys}} AS properties`,
    params: { rows },
  };
}

export function upsertNodesQuery(nodeLabel: NodeLabel, rows: { id: string; properties: Record<string, unknown> }[]): Query {
  return {
    cypher: `UNWIND $rows AS row MERGE (n:${label(nodeLabel)} {id: row.id}) SET n = row.properties`,
    params: { rows },
  };
}

export function deleteNodesQuery(nodeLabel: NodeLabel, ids: string[]): Query {
  // DETACH only drops the Document's own DESCRIBES edges or edges already planned for deletion: a node left with no
  // sources has no relationship another document still asserts.
  return {
    cypher: `UNWIND $ids AS id MATCH (n:${label(nodeLabel)} {id: id}) DETACH DELETE n`,
    params: { ids },
  };
}

export function upsertRelationshipsQuery(
  relationship: RelationshipType,
  start: NodeLabel,
  end: NodeLabel,
  rows: { start: string; end: string; keyProperties: Record<string, unknown>; properties: Record<string, unknown> }[],
): Query {
  const names = RELATIONSHIP_KEY_PROPERTIES[relationship] ?? [];
  const keys = names.length === 0 ? '' : ` {${names.map((name) => `${name}: row.keyProperties.${name}`).join(', ')}}`;
  return {
    cypher:
      `UNWIND $rows AS row MATCH (a:${label(start)} {id: row.start}) MATCH (b:${label(end)} {id: row.end}) ` +
      `MERGE (a)-[r:${type(relationship)}${keys}]->(b) SET r = row.properties`,
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
    cypher: `UNWIND $rows AS row MATCH ${relationshipPattern(relationship, start, end)}${keyCondition(relationship)} DELETE r`,
    params: { rows },
  };
}

export function storedDocumentsQuery(): Query {
  return { cypher: 'MATCH (d:Document) RETURN d.key AS path, d.sha256 AS sha256, d.extractor AS extractor', params: {} };
}
