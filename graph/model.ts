// The graph model: the labels, relationship types, keys and per-document graphs that ingest/ produces, the database
// module stores and api/ and web/ read. It depends on nothing else in the project; every layer depends on it.

export const NODE_LABELS = ['Talk', 'Person', 'Organization', 'Project', 'Event', 'Topic', 'Document'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'PRESENTED', // (Person)->(Talk)
  'AFFILIATED_WITH', // (Person)->(Organization)
  'PART_OF', // (Talk)->(Event)
  'CO_LOCATED_WITH', // (Event co-located day)->(Event main conference)
  'MENTIONS', // (Talk)->(Project)
  'ABOUT', // (Talk)->(Topic)
  'CONTRIBUTES_TO', // (Person)->(Project) {role}
  'MAINTAINS', // (Organization)->(Project)
  'DESCRIBES', // (Document)->(any entity it states) {lines}: provenance
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * A relationship no document states: `(:Organization)-[:LINKED_TO {weight, talkCount, peopleCount, maintains, talks,
 * people}]->(:Project)`, derived by the loader from the statements above (the project–organization links) and kept up
 * to date with them. `talks` and `people` are the ids of the link's first MAX_LINK_EVIDENCE talks (most recent first)
 * and people (by name).
 */
export const LINK_TYPE = 'LINKED_TO';

/** The most talks and people of one link that are kept and served: a link's nested lists return at most these. */
export const MAX_LINK_EVIDENCE = 1000;

/**
 * The order of a link's evidence, as Cypher over a talk `t` and a person `p`: most recent talks first, people by name.
 * The loader keeps the first MAX_LINK_EVIDENCE in it; the API gathers filtered links' evidence in it.
 */
export const LINK_EVIDENCE_ORDER = { talks: "coalesce(t.day, '') DESC, toLower(t.name), t.id", people: 'toLower(p.name), p.id' } as const;

/** A place in a document: its path as ingested and a 1-based line. */
export interface SourceRef {
  path: string;
  line: number;
}

export type PropertyValue = string | number | boolean | null | string[];

/**
 * A node of the extracted graph. `key` is unique per label (for a Talk: normalized title + "@" + event key);
 * `id` is `${label}:${key}`, unique across the graph, and is what the API and the explorer use.
 */
export interface GraphNode {
  id: string;
  label: NodeLabel;
  key: string;
  properties: Record<string, PropertyValue>;
  sources: SourceRef[];
}

export interface GraphRelationship {
  type: RelationshipType;
  start: string; // GraphNode.id
  end: string; // GraphNode.id
  properties: Record<string, PropertyValue>;
  sources: SourceRef[];
}

export interface Graph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export function nodeId(label: NodeLabel, key: string): string {
  return `${label}:${key}`;
}

/** Splits a global id back into label and key; undefined when it is not one. */
export function parseNodeId(id: string): { label: NodeLabel; key: string } | undefined {
  const at = id.indexOf(':');
  if (at <= 0) return undefined;
  const label = id.slice(0, at) as NodeLabel;
  const key = id.slice(at + 1);
  if (!NODE_LABELS.includes(label) || key === '') return undefined;
  return { label, key };
}

/** "path:line", the form sources take in Neo4j properties and in extract's JSON. */
export function formatSource(source: SourceRef): string {
  return `${source.path}:${source.line}`;
}

export type Language = 'en' | 'zh' | 'mixed';

/** One ingested file as the Document node records it. */
export interface DocumentRecord {
  /**
   * The Document key: the path as given where extraction reads a file; when ingest loads it, the path within the folder
   * it was ingested from, after that folder's name (see ingest/places).
   */
  path: string;
  /** The folder's absolute path on the machine that ingested it: kept on the Document node, never shown by the API. */
  root?: string;
  title: string;
  sha256: string;
  lang: Language;
  /** Which extraction produced the graph (a fingerprint of its code and data): a new one re-extracts unchanged files. */
  extractor?: string;
  /** The corrections (ingest/corrections) that changed what the document asserts, by their ids. */
  corrections?: string[];
}

/**
 * What one document asserts, with keys already resolved: the unit the loader writes (or replaces) in one transaction.
 * Every source in it points into `document.path`.
 */
export interface DocumentGraph {
  document: DocumentRecord;
  graph: Graph;
  /** The people it names before aliases are applied, and the aliases it asserts ("aliasKey\tpersonKey"): kept on the
   *  Document node, so that a later run can tell which documents a new alias re-keys. */
  people?: { keys: string[]; aliases: string[] };
}
