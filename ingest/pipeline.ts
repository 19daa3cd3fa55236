// The two jobs: extract (files → one resolved graph, no database) and ingest (files → Neo4j, document by document).
import type { Executor } from '../neo4j/executor';
import { ensureSchema } from '../neo4j/schema';
import { extractStream, type StreamOptions } from './extract-stream';
import { loadDocuments, retractDocuments, storedFingerprints } from './load';
import { formatSource, type DocumentGraph, type Graph } from './model';
import { discoverDocuments } from './read/discover';
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
  const { files, missing } = await discoverDocuments(paths);
  const messages: DocumentMessage[] = missing.map((m) => ({ path: m.input, severity: 'error', reason: m.reason }));
  const failed = missing.map((m) => m.input);
  const documents: DocumentGraph[] = [];
  let done = 0;
  for await (const { file, extraction } of extractStream(files, options)) {
    if ('reason' in extraction) {
      messages.push(extraction);
      failed.push(file);
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

export interface IngestOptions {
  /** Also remove what documents said that are no longer among the files under the given folders. */
  prune?: boolean;
  /** Re-write documents whose content did not change. */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
}

export interface IngestSummary {
  documents: number;
  written: number;
  unchanged: number;
  pruned: number;
  failed: string[];
  messages: DocumentMessage[];
  counts: Record<string, number>;
}

/**
 * Extracts and loads files document by document: unchanged documents are skipped, changed ones replace what they
 * said before, each batch of whole documents in one transaction (a failure leaves every document old or new).
 */
export async function ingestDocuments(executor: Executor, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  await ensureSchema(executor);
  const stored = await storedFingerprints(executor);
  const extracted = await extractDocuments(paths, { onProgress: options.onProgress });
  const changed = extracted.documents.filter(
    (d) => options.force || stored.get(d.document.path) !== `${d.document.sha256} ${d.document.extractor ?? ''}`,
  );
  await loadDocuments(executor, changed, { batchSize: options.batchSize });
  let pruned = 0;
  if (options.prune) {
    const seen = new Set([...extracted.documents.map((d) => d.document.path), ...extracted.failed]);
    const roots = paths.map((p) => p.replace(/\/+$/, ''));
    const gone = [...stored.keys()].filter((p) => !seen.has(p) && roots.some((r) => p === r || p.startsWith(`${r}/`)));
    if (gone.length > 0) await retractDocuments(executor, gone);
    pruned = gone.length;
  }
  const counts: Record<string, number> = {};
  for (const node of extracted.graph.nodes) counts[node.label] = (counts[node.label] ?? 0) + 1;
  return {
    documents: extracted.documents.length,
    written: changed.length,
    unchanged: extracted.documents.length - changed.length,
    pruned,
    failed: extracted.failed,
    messages: extracted.messages,
    counts,
  };
}
