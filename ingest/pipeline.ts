// The two jobs: extract (files → one resolved graph, no database) and ingest (files → Neo4j, in ingest.ts).
import { extractStream, type StreamOptions } from './extract-stream';
import { formatSource, type DocumentGraph, type Graph } from './model';
import { discoverDocuments, discoveryMessages } from './read/discover';
import type { DocumentMessage } from './read/document';
import { applyPersonAliases, personAliasKeys } from './resolve/aliases';
import { mergeGraphs } from './resolve/merge';

export { extractFile } from './extract-file';
export { mergeGraphs } from './resolve/merge';

export interface ExtractResult {
  documents: DocumentGraph[];
  graph: Graph;
  messages: DocumentMessage[];
  /** Paths of files that could not be read at all. */
  failed: string[];
}

export interface ExtractOptions extends StreamOptions {
  onProgress?: (done: number, total: number) => void;
}

/** Reads, parses and extracts every document; a bad file is a message, never a stop. */
export async function extractDocuments(paths: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const { files, missing, skipped: passedOver } = await discoverDocuments(paths);
  const messages = discoveryMessages(missing, passedOver);
  const failed = missing.map((m) => m.input);
  const documents: DocumentGraph[] = [];
  let done = 0;
  // Nothing else needs this thread until the documents are merged: it extracts too.
  for await (const { file, extraction } of extractStream(files, { thisThread: true, ...options })) {
    if ('reason' in extraction) {
      messages.push(extraction);
      // A warning instead of a document (an empty file) is no failure.
      if (extraction.severity === 'error') failed.push(file);
    } else {
      documents.push(extraction.document);
      messages.push(...extraction.messages);
    }
    options.onProgress?.(++done, files.length);
  }
  const aliasKeys = personAliasKeys(documents);
  const resolved = documents.map((d) => applyPersonAliases(d, aliasKeys));
  return { documents: resolved, graph: mergeGraphs(resolved), messages, failed };
}

/** The JSON `talkgraph extract` prints: nodes and relationships with their properties and "path:line" sources. */
export function graphJson(result: ExtractResult): unknown {
  return {
    nodes: result.graph.nodes.map((n) => ({ id: n.id, label: n.label, key: n.key, properties: n.properties, sources: n.sources.map(formatSource) })),
    relationships: result.graph.relationships.map((r) => ({
      type: r.type,
      start: r.start,
      end: r.end,
      properties: r.properties,
      sources: r.sources.map(formatSource),
    })),
    documents: result.documents.map((d) => d.document),
    messages: result.messages,
  };
}

export { ingestDocuments, type IngestOptions, type IngestSummary } from './ingest';
