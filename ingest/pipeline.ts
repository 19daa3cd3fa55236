// The two jobs: extract (files → one resolved graph, no database) and ingest (files → Neo4j, document by document).
import type { Executor } from '../neo4j/executor';
import { ensureSchema } from '../neo4j/schema';
import { extractStream, type StreamOptions } from './extract-stream';
import { loadDocuments, retractDocuments, storedFingerprints } from './load';
import { formatSource, type DocumentGraph, type Graph, type GraphNode, type GraphRelationship, type SourceRef } from './model';
import { discoverDocuments } from './read/discover';
import type { DocumentMessage } from './read/document';
import { applyPersonAliases, personAliasKeys } from './resolve/aliases';

export { extractFile } from './extract-file';

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

/** One graph from many documents: a node or relationship said by several documents is one, with all their sources. */
export function mergeGraphs(documents: DocumentGraph[]): Graph {
  const nodes = new Map<string, Merged<GraphNode>>();
  const relationships = new Map<string, Merged<GraphRelationship>>();
  for (const { graph } of documents) {
    for (const node of graph.nodes) mergeInto(nodes, node.id, node);
    for (const rel of graph.relationships) mergeInto(relationships, `${rel.type}|${rel.start}|${rel.end}|${rel.properties.role ?? ''}`, rel);
  }
  return { nodes: [...nodes.values()].map(finish), relationships: [...relationships.values()].map(finish) };
}

/** An entity being merged: list properties and sources as sets, so that a node said by thousands of documents stays cheap. */
interface Merged<T extends GraphNode | GraphRelationship> {
  item: T;
  lists: Map<string, Set<string>>;
  names: Set<string>;
  sources: Map<string, SourceRef>;
}

function mergeInto<T extends GraphNode | GraphRelationship>(into: Map<string, Merged<T>>, key: string, incoming: T): void {
  let merged = into.get(key);
  if (!merged) {
    merged = { item: { ...incoming, properties: { ...incoming.properties } }, lists: new Map(), names: new Set(), sources: new Map() };
    into.set(key, merged);
  }
  const { item, lists } = merged;
  for (const [name, value] of Object.entries(incoming.properties)) {
    const current = item.properties[name];
    if (Array.isArray(value)) {
      const list = lists.get(name) ?? new Set<string>();
      for (const v of value) list.add(v);
      lists.set(name, list);
    } else if (current === undefined || current === null || current === '') item.properties[name] = value;
    else if (name === 'abstract' && typeof value === 'string' && typeof current === 'string' && value.length > current.length) {
      item.properties[name] = value;
    }
  }
  if (typeof incoming.properties.name === 'string') merged.names.add(incoming.properties.name);
  for (const source of incoming.sources) merged.sources.set(formatSource(source), source);
}

function finish<T extends GraphNode | GraphRelationship>({ item, lists, names, sources }: Merged<T>): T {
  for (const [name, list] of lists) item.properties[name] = [...list];
  if (Array.isArray(item.properties.aliases)) {
    // Every name another document gave the entity is one of its aliases; its own name is not.
    const aliases = new Set([...(item.properties.aliases as string[]), ...names]);
    aliases.delete(String(item.properties.name));
    item.properties.aliases = [...aliases];
  }
  item.sources = [...sources.values()];
  return item;
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
