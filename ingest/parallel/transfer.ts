// How an extraction crosses from a worker thread to the main thread: as JSON text whose sources are bare line numbers
// (every source of a document is in its own file), which the main thread reads back faster than a structured clone.
import type { FileExtraction } from '../extract-file';
import type { DocumentRecord, GraphNode, GraphRelationship, SourceRef } from '../model';
import type { DocumentMessage } from '../read/document';

type OnWire<T extends { sources: SourceRef[] }> = Omit<T, 'sources'> & { sources: number[] };

interface DocumentOnWire {
  document: DocumentRecord;
  nodes: OnWire<GraphNode>[];
  relationships: OnWire<GraphRelationship>[];
  messages: DocumentMessage[];
}

function toWire<T extends { sources: SourceRef[] }>(item: T): OnWire<T> {
  return { ...item, sources: item.sources.map((s) => s.line) };
}

function fromWire<T extends { sources: SourceRef[] }>(item: OnWire<T>, path: string): T {
  const refs: SourceRef[] = item.sources.map((line) => ({ path, line }));
  return Object.assign(item as Omit<T, 'sources'>, { sources: refs }) as T;
}

export function encodeExtraction(extraction: FileExtraction): string {
  if (!('document' in extraction)) return JSON.stringify(extraction);
  const { document, messages } = extraction;
  const wire: DocumentOnWire = { document: document.document, nodes: document.graph.nodes.map(toWire), relationships: document.graph.relationships.map(toWire), messages };
  return JSON.stringify(wire);
}

export function decodeExtraction(text: string): FileExtraction {
  const wire = JSON.parse(text) as DocumentMessage | DocumentOnWire;
  if (!('nodes' in wire)) return wire;
  const { path } = wire.document;
  const nodes = wire.nodes.map((node) => fromWire<GraphNode>(node, path));
  const relationships = wire.relationships.map((rel) => fromWire<GraphRelationship>(rel, path));
  return { document: { document: wire.document, graph: { nodes, relationships } }, messages: wire.messages };
}
