// The two jobs: extract (files → one resolved graph, no database) and ingest (files → Neo4j, document by document).
import { readFile } from 'node:fs/promises';
import type { Executor } from '../neo4j/executor';
import { ensureSchema } from '../neo4j/schema';
import { extractFacts } from './extract';
import { loadDocuments, retractDocuments, storedFingerprints } from './load';
import { extractorFingerprint } from './fingerprint';
import { formatSource, type DocumentGraph, type Graph, type GraphNode, type GraphRelationship } from './model';
import { discoverDocuments } from './read/discover';
import { isMessage, parseDocument, type DocumentMessage } from './read/document';
import { applyPersonAliases, personAliasKeys } from './resolve/aliases';
import { documentGraph } from './resolve/document-graph';

export interface ExtractResult {
  documents: DocumentGraph[];
  graph: Graph;
  messages: DocumentMessage[];
  /** Paths of files that could not be read at all. */
  failed: string[];
}

export interface ExtractOptions {
  onProgress?: (done: number, total: number) => void;
}

/** Reads, parses and extracts every document; a bad file is a message, never a stop. */
export async function extractDocuments(paths: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const { files, missing } = await discoverDocuments(paths);
  const messages: DocumentMessage[] = missing.map((m) => ({ path: m.input, severity: 'error', reason: m.reason }));
  const failed = missing.map((m) => m.input);
  const documents: DocumentGraph[] = [];
  for (const [index, file] of files.entries()) {
    const result = await extractFile(file);
    if ('reason' in result) {
      messages.push(result);
      failed.push(file);
    } else {
      documents.push(result.document);
      messages.push(...result.messages);
    }
    options.onProgress?.(index + 1, files.length);
  }
  const aliasKeys = personAliasKeys(documents);
  const resolved = documents.map((d) => applyPersonAliases(d, aliasKeys));
  return { documents: resolved, graph: mergeGraphs(resolved), messages, failed };
}

export async function extractFile(file: string): Promise<DocumentMessage | { document: DocumentGraph; messages: DocumentMessage[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { path: file, severity: 'error', reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const parsed = parseDocument(file, bytes);
  if (isMessage(parsed)) return parsed;
  const facts = extractFacts(parsed);
  const document = documentGraph(parsed, facts);
  document.document.extractor = extractorFingerprint();
  return { document, messages: facts.messages };
}

/** One graph from many documents: a node or relationship said by several documents is one, with all their sources. */
export function mergeGraphs(documents: DocumentGraph[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  for (const { graph } of documents) {
    for (const node of graph.nodes) {
      const known = nodes.get(node.id);
      if (!known) nodes.set(node.id, { ...node, properties: { ...node.properties }, sources: [...node.sources] });
      else mergeInto(known, node);
    }
    for (const rel of graph.relationships) {
      const key = `${rel.type}|${rel.start}|${rel.end}|${rel.properties.role ?? ''}`;
      const known = relationships.get(key);
      if (!known) relationships.set(key, { ...rel, properties: { ...rel.properties }, sources: [...rel.sources] });
      else mergeInto(known, rel);
    }
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

function mergeInto(target: GraphNode | GraphRelationship, source: GraphNode | GraphRelationship): void {
  for (const [name, value] of Object.entries(source.properties)) {
    const current = target.properties[name];
    if (Array.isArray(value) && Array.isArray(current)) target.properties[name] = [...new Set([...current, ...value])];
    else if (current === undefined || current === null || current === '') target.properties[name] = value;
    else if (name === 'abstract' && typeof value === 'string' && typeof current === 'string' && value.length > current.length) {
      target.properties[name] = value;
    }
  }
  if ('aliases' in target.properties && Array.isArray(target.properties.aliases)) {
    const name = target.properties.name;
    const incoming = source.properties.name;
    const aliases = new Set(target.properties.aliases as string[]);
    if (typeof incoming === 'string' && incoming !== name) aliases.add(incoming);
    aliases.delete(String(name));
    target.properties.aliases = [...aliases];
  }
  for (const s of source.sources) {
    if (!target.sources.some((t) => t.path === s.path && t.line === s.line)) target.sources.push(s);
  }
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
