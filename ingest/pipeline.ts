// The two jobs: extract (files → one resolved graph, no database) and ingest (files → Neo4j, in ingest.ts).
import type { StreamOptions } from './extract-stream';
import { formatSource, type DocumentGraph, type Graph } from '../graph/model';
import { discoverDocuments } from './read/discover';
import { isMessage, type DocumentMessage } from './read/document';
import { parseFile } from './extract-file';
import type { LoadedCorrections } from './corrections';
import { mergeGraphs } from './resolve/merge';
import { PersonAliasBook } from './resolve/rekey';
import { DocumentRun } from './run';

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
  const run = await DocumentRun.open(paths, options.corrections);
  if (run.refused) return { documents: [], graph: { nodes: [], relationships: [] }, messages: run.messages, failed: run.failed };
  const documents: DocumentGraph[] = [];
  // Nothing else needs this thread until the documents are merged: it extracts too.
  for await (const { document } of run.documents(run.files, { thisThread: true, ...options })) documents.push(document);
  // Every document is at hand: each is re-keyed once, under every alias any of them gives.
  const aliases = new PersonAliasBook([], run.allowsAlias);
  for (const document of documents) aliases.learn(document);
  const resolved = documents.map((document) => run.correct(aliases.apply(document)));
  run.messages.push(...run.unmatchedCorrections());
  return { documents: resolved, graph: mergeGraphs(resolved), messages: run.messages, failed: run.failed, corrections: run.corrections };
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
