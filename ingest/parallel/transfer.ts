// How an extraction crosses from a worker thread to the main thread: as JSON text of tuples, a node's key read
// from its id, relationships pointing at their nodes by position and sources as bare line numbers
// (every source of a document is in its own file). The main thread reads it back in a fraction of the time of a
// structured clone, and the nodes, relationships and sources it builds share their id strings and line objects.
import type { FileExtraction } from '../extract-file';
import type { DocumentRecord, GraphNode, GraphRelationship, NodeLabel, PropertyValue, RelationshipType, SourceRef } from '../../graph/model';
import type { DocumentMessage } from '../read/document';

type Properties = Record<string, PropertyValue>;
type NodeOnWire = [label: NodeLabel, id: string, properties: Properties, lines: number[]];
/** An end is the position of a node of the same document, or the id of a node the document does not hold. */
type RelationshipOnWire = [type: RelationshipType, start: number | string, end: number | string, properties: Properties | 0, lines: number[]];

interface DocumentOnWire {
  document: DocumentRecord;
  nodes: NodeOnWire[];
  relationships: RelationshipOnWire[];
  messages: DocumentMessage[];
}

const linesOf = (sources: SourceRef[]): number[] => sources.map((source) => source.line);

/** The properties of every relationship that has none: one object, frozen, for the hundreds of thousands of them. */
const NO_PROPERTIES: Properties = Object.freeze({});

export function encodeExtraction(extraction: FileExtraction): string {
  if (!('document' in extraction)) return JSON.stringify(extraction);
  const { document, messages } = extraction;
  const positions = new Map<string, number>();
  const nodes = document.graph.nodes.map((node, index): NodeOnWire => {
    positions.set(node.id, index);
    return [node.label, node.id, node.properties, linesOf(node.sources)];
  });
  const relationships = document.graph.relationships.map((rel): RelationshipOnWire => {
    const empty = Object.keys(rel.properties).length === 0;
    return [rel.type, positions.get(rel.start) ?? rel.start, positions.get(rel.end) ?? rel.end, empty ? 0 : rel.properties, linesOf(rel.sources)];
  });
  const wire: DocumentOnWire = { document: document.document, nodes, relationships, messages };
  return JSON.stringify(wire);
}

export function decodeExtraction(text: string): FileExtraction {
  const wire = JSON.parse(text) as DocumentMessage | DocumentOnWire;
  if (!('nodes' in wire)) return wire;
  const { path } = wire.document;
  // One object per line of the document: most lines are the source of several facts.
  const refs = new Map<number, SourceRef>();
  const sourcesOf = (lines: number[]): SourceRef[] =>
    lines.map((line) => {
      let ref = refs.get(line);
      if (!ref) refs.set(line, (ref = { path, line }));
      return ref;
    });
  // An id is "label:key": the key is read from the id's own characters, not built as a second string.
  const nodes = wire.nodes.map(([label, id, properties, lines]): GraphNode => ({ id, label, key: id.slice(label.length + 1), properties, sources: sourcesOf(lines) }));
  const idOf = (end: number | string): string => (typeof end === 'number' ? nodes[end].id : end);
  const relationships = wire.relationships.map(
    ([type, start, end, properties, lines]): GraphRelationship => ({ type, start: idOf(start), end: idOf(end), properties: properties === 0 ? NO_PROPERTIES : properties, sources: sourcesOf(lines) }),
  );
  return { document: { document: wire.document, graph: { nodes, relationships } }, messages: wire.messages };
}
