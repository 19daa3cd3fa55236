import {
  formatSource,
  nodeId,
  parseNodeId,
  type DocumentGraph,
  type NodeLabel,
  type PropertyValue,
  type RelationshipType,
  type SourceRef,
} from '../model';
import { encodeClaim, type Provenance } from './claims';

/** Properties that identify a relationship besides its type and endpoints. */
export const RELATIONSHIP_KEY_PROPERTIES: Partial<Record<RelationshipType, readonly string[]>> = {
  CONTRIBUTES_TO: ['role'],
};

/** Properties the loader owns; a document's values for them are not claims. */
const LOADER_PROPERTIES = new Set(['id', 'key', 'sources', 'claims', 'searchText']);

export interface NodeAssertion extends Provenance {
  id: string;
  label: NodeLabel;
  key: string;
}

export interface RelationshipAssertion extends Provenance {
  /** Type, endpoints and key properties as one string: how the Document node lists what it asserted. */
  ref: string;
  type: RelationshipType;
  start: string;
  end: string;
  keyProperties: Record<string, PropertyValue>;
}

/** What one document asserts, in the form the loader stores: provenance per node and relationship. */
export interface DocumentAssertions {
  graph: DocumentGraph;
  nodes: NodeAssertion[];
  relationships: RelationshipAssertion[];
}

export class LoadError extends Error {
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
 * Turns a document's graph into assertions. Nodes repeated within the document are merged; a Document node is
 * the loader's own, so DESCRIBES edges go from it to every talk and event the document states.
 */
export function assertionsOf(graph: DocumentGraph): DocumentAssertions {
  const { path } = graph.document;
  const fallback: SourceRef[] = [{ path, line: 0 }];
  const nodes = new Map<string, NodeAssertion>();
  for (const node of graph.graph.nodes) {
    if (node.label === 'Document') continue;
    if (node.id !== nodeId(node.label, node.key)) {
      throw new LoadError(`${path}: node id ${node.id} does not match its label and key (${node.label}, ${node.key})`, [path]);
    }
    const assertion = provenanceOf(path, node.properties, node.sources.length > 0 ? node.sources : fallback);
    const seen = nodes.get(node.id);
    nodes.set(node.id, seen ? merge(seen, assertion) : { id: node.id, label: node.label, key: node.key, ...assertion });
  }

  const documentId = nodeId('Document', path);
  const relationships = new Map<string, RelationshipAssertion>();
  const add = (type: RelationshipType, start: string, end: string, properties: Record<string, PropertyValue>, sources: SourceRef[]) => {
    const keyNames = RELATIONSHIP_KEY_PROPERTIES[type] ?? [];
    const keyProperties = Object.fromEntries(keyNames.map((name) => [name, properties[name] ?? null]));
    const missing = keyNames.find((name) => keyProperties[name] === null || keyProperties[name] === '');
    if (missing) throw new LoadError(`${path}: ${type} relationship ${start} -> ${end} has no ${missing}`, [path]);
    const rest = Object.fromEntries(Object.entries(properties).filter(([name]) => !keyNames.includes(name)));
    const ref = relationshipRef(type, start, end, keyProperties);
    const assertion = provenanceOf(path, rest, sources.length > 0 ? sources : fallback);
    const seen = relationships.get(ref);
    relationships.set(ref, seen ? merge(seen, assertion) : { ref, type, start, end, keyProperties, ...assertion });
  };
  for (const relationship of graph.graph.relationships) {
    const { type, start, end } = relationship;
    if (type === 'DESCRIBES') continue;
    for (const endpoint of [start, end]) {
      if (!nodes.has(endpoint)) {
        throw new LoadError(`${path}: ${type} relationship ${start} -> ${end} names ${endpoint}, which the document does not state`, [path]);
      }
    }
    add(type, start, end, relationship.properties, relationship.sources);
  }
  for (const node of graph.graph.nodes) {
    if (node.label === 'Talk' || node.label === 'Event') add('DESCRIBES', documentId, node.id, {}, node.sources);
  }
  return { graph, nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

function provenanceOf(path: string, properties: Record<string, PropertyValue>, sources: SourceRef[]): Provenance {
  return {
    sources: [...new Set(sources.map((source) => formatSource({ path, line: source.line })))],
    claims: Object.entries(properties)
      .filter(([name]) => !LOADER_PROPERTIES.has(name))
      .map(([name, value]) => encodeClaim(path, name, value)),
  };
}

function merge<T extends Provenance>(seen: T, more: Provenance): T {
  return { ...seen, sources: [...new Set([...seen.sources, ...more.sources])], claims: [...new Set([...seen.claims, ...more.claims])] };
}

/** Checks a relationship endpoint id and returns its label: labels cannot be query parameters. */
export function labelOf(id: string): NodeLabel {
  const parsed = parseNodeId(id);
  if (!parsed) throw new Error(`not a node id: ${id}`);
  return parsed.label;
}
