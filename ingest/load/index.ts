import type { Executor } from '../../neo4j/executor';
import type { DocumentGraph } from '../model';
import { assertionsOf, LoadError, type DocumentAssertions } from './assertions';
import { writeBatch } from './batch';
import { storedDocumentsQuery } from './cypher';
import type { BatchPlan, ChangeCounts } from './plan';

export { LoadError } from './assertions';
export type { ChangeCounts } from './plan';

/** What the loader needs of the executor. */
export type LoadExecutor = Pick<Executor, 'read' | 'writeTransaction'>;

export interface LoadOptions {
  /** Node and relationship rows a transaction aims at; a document is never split across transactions. */
  batchSize?: number;
  onProgress?(done: number, total: number): void;
}

/** Changes made, by node label and relationship type (Document nodes and DESCRIBES edges included). */
export interface LoadSummary {
  documents: number;
  nodes: Record<string, ChangeCounts>;
  relationships: Record<string, ChangeCounts>;
}

// Rows spread over one query per label and type: about 10,000 per transaction gives each query 1,000 or so.
const DEFAULT_BATCH_ROWS = 10_000;

/**
 * Writes each document's graph, replacing what its previous version said; what other documents said stays.
 * One write transaction per batch of whole documents, so an interrupted load leaves every document old or new.
 */
export async function loadDocuments(executor: LoadExecutor, documents: DocumentGraph[], options: LoadOptions = {}): Promise<LoadSummary> {
  // A path given twice keeps its last graph: two versions of one document cannot both hold.
  const latest = [...new Map(documents.map((document) => [document.document.path, document])).values()];
  const assertions = latest.map(assertionsOf);
  const summary: LoadSummary = { documents: 0, nodes: {}, relationships: {} };
  const now = new Date().toISOString();
  for (const batch of batchesOf(assertions, options.batchSize ?? DEFAULT_BATCH_ROWS)) {
    for (const plan of await writeWithinMemory(executor, batch, now)) addPlan(summary, plan);
    summary.documents += batch.length;
    options.onProgress?.(summary.documents, assertions.length);
  }
  return summary;
}

/**
 * Writes a batch; when the transaction outgrows Neo4j's transaction memory, writes each half in a transaction of its
 * own instead (documents stay whole, so every document is still either old or new).
 */
async function writeWithinMemory(executor: LoadExecutor, batch: DocumentAssertions[], now: string): Promise<BatchPlan[]> {
  try {
    return [await writeAttributed(executor, batch, now)];
  } catch (error) {
    if (batch.length < 2 || !outOfTransactionMemory(error)) throw error;
    const half = Math.ceil(batch.length / 2);
    return [...(await writeWithinMemory(executor, batch.slice(0, half), now)), ...(await writeWithinMemory(executor, batch.slice(half), now))];
  }
}

function outOfTransactionMemory(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/MemoryPoolOutOfMemoryError|memory pool limit was exceeded|dbms\.memory\.transaction/i.test(e.message)) return true;
    if ((e as { neo4jCode?: string; code?: string }).neo4jCode?.includes('MemoryPoolOutOfMemoryError')) return true;
    if ((e as { code?: string }).code?.includes('MemoryPoolOutOfMemoryError')) return true;
  }
  return false;
}

/** Path and sha256 of every stored document, so that unchanged files can be skipped. */
export async function storedDocuments(executor: LoadExecutor): Promise<Map<string, string>> {
  const query = storedDocumentsQuery();
  const records = await executor.read(query.cypher, query.params);
  return new Map(records.map((record) => [String(record.path), String(record.sha256)]));
}

/** Path → "sha256 extractor" of every stored document: a file is unchanged when both its content and its extraction are. */
export async function storedFingerprints(executor: LoadExecutor): Promise<Map<string, string>> {
  const query = storedDocumentsQuery();
  const records = await executor.read(query.cypher, query.params);
  return new Map(records.map((record) => [String(record.path), `${String(record.sha256)} ${String(record.extractor ?? '')}`]));
}

/** Takes back what the given documents alone said (for files that no longer exist), in one transaction. */
export async function retractDocuments(executor: LoadExecutor, paths: string[]): Promise<LoadSummary> {
  const summary: LoadSummary = { documents: 0, nodes: {}, relationships: {} };
  if (paths.length === 0) return summary;
  const plan = await executor.writeTransaction((tx) => writeBatch(tx, [], paths, new Date().toISOString()));
  addPlan(summary, plan);
  summary.documents = plan.nodes.Document?.deleted ?? 0;
  return summary;
}

function* batchesOf(documents: DocumentAssertions[], rowsPerBatch: number): Generator<DocumentAssertions[]> {
  let batch: DocumentAssertions[] = [];
  let rows = 0;
  for (const document of documents) {
    batch.push(document);
    rows += 1 + document.nodes.length + document.relationships.length;
    if (rows >= rowsPerBatch) {
      yield batch;
      batch = [];
      rows = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/** Runs one batch; when Neo4j rejects it, names the document at fault, found by retrying each alone and rolling back. */
async function writeAttributed(executor: LoadExecutor, batch: DocumentAssertions[], now: string): Promise<BatchPlan> {
  try {
    return await executor.writeTransaction((tx) => writeBatch(tx, batch, [], now));
  } catch (error) {
    // Too big a batch is no document's fault: the caller splits it.
    if (batch.length > 1 && outOfTransactionMemory(error)) throw error;
    const paths = batch.map((document) => document.graph.document.path);
    const culprit = batch.length === 1 ? batch[0] : await firstFailing(executor, batch, now);
    const named = culprit ? [culprit.graph.document.path] : paths;
    const reason = error instanceof Error ? error.message : String(error);
    throw new LoadError(`Loading ${named.join(', ')} failed, nothing of ${paths.length === 1 ? 'it' : 'its batch'} was written: ${reason}`, named, {
      cause: error,
    });
  }
}

class DryRunRollback extends Error {}

async function firstFailing(executor: LoadExecutor, batch: DocumentAssertions[], now: string): Promise<DocumentAssertions | undefined> {
  for (const document of batch) {
    let wrote = false;
    try {
      await executor.writeTransaction(async (tx) => {
        await writeBatch(tx, [document], [], now);
        wrote = true;
        throw new DryRunRollback();
      });
    } catch {
      if (!wrote) return document;
    }
  }
  return undefined;
}

function addPlan(summary: LoadSummary, plan: BatchPlan): void {
  for (const [into, from] of [
    [summary.nodes, plan.nodes],
    [summary.relationships, plan.relationships],
  ] as const) {
    for (const [name, counts] of Object.entries(from)) {
      const total = (into[name] ??= { created: 0, updated: 0, deleted: 0 });
      total.created += counts.created;
      total.updated += counts.updated;
      total.deleted += counts.deleted;
    }
  }
}
