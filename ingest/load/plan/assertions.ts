import { nodeId, parseNodeId, type DocumentGraph, type NodeLabel, type PropertyValue, type RelationshipType } from '../../../graph/model';
import { claimsOf } from './tallies';

/** Properties that identify a relationship besides its type and endpoints. */
export const RELATIONSHIP_KEY_PROPERTIES: Partial<Record<RelationshipType, readonly string[]>> = {
  CONTRIBUTES_TO: ['role'],
};

/** Properties the loader owns; a document's values for them are not claims. */
export const LOADER_PROPERTIES: ReadonlySet<string> = new Set(['id', 'key', 'searchText', 'tallies', 'documentCount', 'sources']);

/** What one document says of one node or relationship: the lines it says it on and its claims (see tallies.ts). */
export interface Statement {
  lines: number[];
  claims: string[];
}

export interface NodeAssertion extends Statement {
  id: string;
  label: NodeLabel;
  key: string;
}

export interface RelationshipAssertion extends Statement {
  /** Type, endpoints and key properties as one string: how the Document node lists what it asserted. */
  ref: string;
  type: RelationshipType;
  start: string;
  end: string;
  keyProperties: Record<string, PropertyValue>;
}

/** What one document asserts, in the form the loader stores: a statement per node and relationship. */
export interface DocumentAssertions {
  graph: DocumentGraph;
  nodes: NodeAssertion[];
  relationships: RelationshipAssertion[];
  /** The statements as the Document node stores them, when encoded ahead (see encodeStatements). */
  statements?: string;
}

export class LoadError extends Error {
  /** Set when the server went away mid-load: no document is at fault, and nothing more can be written. */
  lostConnection = false;

  constructor(
    message: string,
    readonly paths: string[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LoadError';
  }
}

export function relationshipRef(type: RelationshipType, start: string, end: string, keys: Record<string, PropertyValue>): string {
  return JSON.stringify([type, start, end, ...(RELATIONSHIP_KEY_PROPERTIES[type] ?? []).map((name) => keys[name] ?? null)]);
}

export function parseRelationshipRef(ref: string): { type: RelationshipType; start: string; end: string; keyProperties: Record<string, PropertyValue> } {
  const [type, start, end, ...keyValues] = JSON.parse(ref) as [RelationshipType, string, string, ...PropertyValue[]];
  const names = RELATIONSHIP_KEY_PROPERTIES[type] ?? [];
  return { type, start, end, keyProperties: Object.fromEntries(names.map((name, i) => [name, keyValues[i] ?? null])) };
}

/**
 * Turns a document's graph into assertions. Nodes and relationships repeated within the document are merged; the
 * Document node and its DESCRIBES edges are the loader's own, so a DESCRIBES edge in the graph is not an assertion.
 */
export function assertionsOf(graph: DocumentGraph): DocumentAssertions {
  const { path } = graph.document;
  const nodes = new Map<string, NodeAssertion>();
  for (const node of graph.graph.nodes) {
    if (node.label === 'Document') continue;
    if (node.id !== nodeId(node.label, node.key)) {
      throw new LoadError(`${path}: node id ${node.id} does not match its label and key (${node.label}, ${node.key})`, [path]);
    }
    const statement = statementOf(node.properties, node.sources, LOADER_PROPERTIES);
    const seen = nodes.get(node.id);
    nodes.set(node.id, seen ? merge(seen, statement) : { id: node.id, label: node.label, key: node.key, ...statement });
  }

  const relationships = new Map<string, RelationshipAssertion>();
  for (const relationship of graph.graph.relationships) {
    const { type, start, end, properties } = relationship;
    if (type === 'DESCRIBES') continue;
    for (const endpoint of [start, end]) {
      if (!nodes.has(endpoint)) {
        throw new LoadError(`${path}: ${type} relationship ${start} -> ${end} names ${endpoint}, which the document does not state`, [path]);
      }
    }
    const keyNames = RELATIONSHIP_KEY_PROPERTIES[type] ?? [];
    const keyProperties = Object.fromEntries(keyNames.map((name) => [name, properties[name] ?? null]));
    const missing = keyNames.find((name) => keyProperties[name] === null || keyProperties[name] === '');
    if (missing) throw new LoadError(`${path}: ${type} relationship ${start} -> ${end} has no ${missing}`, [path]);
    const ref = relationshipRef(type, start, end, keyProperties);
    const statement = statementOf(properties, relationship.sources, new Set([...LOADER_PROPERTIES, ...keyNames]));
    const seen = relationships.get(ref);
    relationships.set(ref, seen ? merge(seen, statement) : { ref, type, start, end, keyProperties, ...statement });
  }
  return { graph, nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

function statementOf(properties: Record<string, PropertyValue>, sources: { line: number }[], skip: ReadonlySet<string>): Statement {
  // Line 0 stands for "somewhere in the document" when the extraction gave no line.
  const lines = sources.length > 0 ? sources.map((source) => source.line) : [0];
  return { lines: sortedLines(lines), claims: claimsOf(properties, skip) };
}

function merge<T extends Statement>(seen: T, more: Statement): T {
  return { ...seen, lines: sortedLines([...seen.lines, ...more.lines]), claims: [...new Set([...seen.claims, ...more.claims])].sort() };
}

function sortedLines(lines: number[]): number[] {
  return [...new Set(lines)].sort((a, b) => a - b);
}

/** Checks a relationship endpoint id and returns its label: labels cannot be query parameters. */
export function labelOf(id: string): NodeLabel {
  const parsed = parseNodeId(id);
  if (!parsed) throw new Error(`not a node id: ${id}`);
  return parsed.label;
}
