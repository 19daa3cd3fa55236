// The two jobs: extract (files → one resolved graph, no database) and ingest (files → Neo4j, in ingest.ts).
import { extractStream, type StreamOptions } from './extract-stream';
import { formatSource, type DocumentGraph, type Graph } from '../graph/model';
import { discoverDocuments, discoveryMessages } from './read/discover';
import { isMessage, type DocumentMessage } from './read/document';
import { parseFile } from './extract-file';
import { correctDocument, loadCorrections, unmatchedNames, type LoadedCorrections } from './corrections';
import { aliasMap, applyPersonAliases, personAliasPairs } from './resolve/aliases';
import { mergeGraphs } from './resolve/merge';

export { extractFile } from './extract-file';
export { mergeGraphs } from './resolve/merge';

export interface ExtractResult {
  documents: DocumentGraph[];
  graph: Graph;
  messages: DocumentMessage[];
  /** Paths of files that could not be read at all (a corrections file with errors among them). */
  failed: string[];
  /** The corrections the run applied. */
  corrections?: LoadedCorrections;
}

export interface ExtractOptions extends StreamOptions {
  /** The corrections file; by default TALKGRAPH_CORRECTIONS, else talkgraph.corrections.yml in each folder of PATHS. */
  corrections?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Reads, parses and extracts every document; a bad file is a message, never a stop. */
export async function extractDocuments(paths: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  // A corrections file with an error would be half applied: nothing is extracted until it is fixed.
  const corrections = loadCorrections(paths, options.corrections);
  if (corrections.messages.length > 0) return { documents: [], graph: { nodes: [], relationships: [] }, messages: corrections.messages, failed: corrections.files };
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
  const aliasKeys = aliasMap(documents.flatMap(personAliasPairs).filter((pair) => corrections.set.allowsAlias(pair)));
  const matched = new Set<string>();
  const resolved = documents.map((d) => {
    const corrected = correctDocument(applyPersonAliases(d, aliasKeys), corrections);
    for (const name of corrected.matched) matched.add(name);
    return corrected.document;
  });
  messages.push(...unmatchedNames(corrections.set.corrections, matched));
  return { documents: resolved, graph: mergeGraphs(resolved), messages, failed, corrections };
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

/** `extract --explain`: for each document, what was read and why, one line at a time. */
export async function* explainFiles(paths: string[]): AsyncGenerator<string> {
  const { explainDocument } = await import('./extract/explain');
  const { files, missing } = await discoverDocuments(paths);
  for (const m of missing) yield `${m.input}: error: ${m.reason}`;
  for (const file of files) {
    const parsed = await parseFile(file);
    if (isMessage(parsed)) yield `${parsed.path}${parsed.line ? `:${parsed.line}` : ''}: ${parsed.severity}: ${parsed.reason}`;
    else yield* explainDocument(parsed);
  }
}
