// The loader: documents' graphs into Neo4j, each batch of whole documents in one transaction. This file drives a
// load (batches, the bulk load of a first ingest, retracting, clearing); stored.ts reads what the graph holds, plan/
// decides what to write from that (pure: no database), writer.ts executes a plan and handles Neo4j's refusals, and
// links.ts keeps the derived project–organization links. How the graph is stored: db/storage.md.
import { hostname } from 'node:os';
import { withFullTextBuiltAfter } from '../../db/schema';
import { NODE_LABELS, type DocumentGraph } from '../../graph/model';
import { clearSliceQuery, markBulkLoadQuery, unmarkBulkLoadQuery } from './cypher';
import { refreshLinks } from './links';
export { refreshOutdatedLinks } from './links';
import { encodeStatements, type BatchPlan, type ChangeCounts } from './plan';
import { assertionsOf, LoadError, type DocumentAssertions } from './plan/assertions';
import { KnownGraph } from './plan/known';
import { graphIsEmpty } from './stored';
import { writeBatch, writePlan, writeReplacements, writeWithinMemory, type LoadExecutor, type SetAside } from './writer';

export { LoadError } from './plan/assertions';
export { KnownGraph } from './plan/known';
export type { ChangeCounts } from './plan';
export {
  documentsNamingPeople,
  graphCounts,
  graphIsEmpty,
  outdatedDocuments,
  storedDocuments,
  storedFingerprints,
  storedPersonAliases,
  storedRoots,
  unfinishedBulkLoad,
} from './stored';
export type { LoadExecutor, SetAside } from './writer';

export interface LoadOptions {
  /** Node and relationship rows a transaction aims at; a document is never split across transactions. */
  batchSize?: number;
  onProgress?(done: number, total: number): void;
  /**
   * Build the full-text indexes once the documents are in, rather than with every write (see withFullTextBuiltAfter).
   * By default, when at least BULK_LOAD_DOCUMENTS documents go into a graph that holds none.
   */
  bulk?: boolean;
  /**
   * What this load (or the run it is part of) has written into a graph that was empty when it began; with it, no
   * batch reads counts back. Only inside bulkLoad, which writes at its end the updates a known load defers.
   */
  known?: KnownGraph;
}

/**
 * From this many documents into an empty graph, building the full-text indexes afresh at the end costs less than
 * keeping them up to date: at 10,000 documents, a tenth of the server's CPU time while loading against a quarter.
 */
export const BULK_LOAD_DOCUMENTS = 500;

/** Changes made, by node label and relationship type (Document nodes and DESCRIBES edges included). */
export interface LoadSummary {
  documents: number;
  nodes: Record<string, ChangeCounts>;
  relationships: Record<string, ChangeCounts>;
  /** Documents Neo4j refused on their own (too big for one transaction, say): nothing of them was written. */
  setAside: SetAside[];
}

// An entity several documents of one batch state is written once per batch: bigger batches write hubs less often.
export const DEFAULT_BATCH_ROWS = 40_000;

/**
 * Writes each document's graph, replacing what its previous version said; what other documents said stays.
 * One write transaction per batch of whole documents, so an interrupted load leaves every document old or new.
 */
export async function loadDocuments(executor: LoadExecutor, documents: DocumentGraph[], options: LoadOptions = {}): Promise<LoadSummary> {
  // A path given twice keeps its last graph: two versions of one document cannot both hold.
  const latest = [...new Map(documents.map((document) => [document.document.path, document])).values()];
  const bulk = options.bulk ?? (latest.length >= BULK_LOAD_DOCUMENTS && (await graphIsEmpty(executor)));
  if (bulk && !options.known) return bulkLoad(executor, (known) => loadInBatches(executor, latest, { ...options, known }));
  return loadInBatches(executor, latest, options);
}

/**
 * A first load into an empty graph, many documents: the full-text indexes are built at its end, no batch reads counts
 * back (KnownGraph), and an entity stated again is updated once, at the end, rather than in every batch that states
 * it. Until then a marker node says the load is under way; `ingest` refuses a graph that keeps it, the sign of a load
 * that was killed before its end. A load that fails still writes the updates of what it committed.
 */
export async function bulkLoad<T>(executor: LoadExecutor, work: (known: KnownGraph) => Promise<T>): Promise<T> {
  let lost: LoadError | undefined;
  try {
    return await withFullTextBuiltAfter(executor, async () => {
      const mark = markBulkLoadQuery(new Date().toISOString(), { host: hostname(), pid: process.pid });
      await executor.write(mark.cypher, mark.params);
      const known = new KnownGraph();
      let result: T;
      try {
        result = await work(known);
      } catch (error) {
        // Without the server nothing more can be written: the mark stays, and the next ingest loads the files anew.
        if (error instanceof LoadError && error.lostConnection) lost = error;
        else await finishBulkLoad(executor, known);
        throw error;
      }
      await finishBulkLoad(executor, known);
      return result;
    });
  } catch (error) {
    // The indexes cannot be built again without the server either: the loss is what to say, not that failure.
    throw lost ?? error;
  }
}

/** Only once the deferred updates are in: a graph still marked has counts behind its documents. */
async function finishBulkLoad(executor: LoadExecutor, known: KnownGraph): Promise<void> {
  await writeDeferred(executor, known);
  // Batches of a bulk load leave the links alone: counted once here, over the whole graph, they cost one query.
  await executor.writeTransaction((tx) => refreshLinks(tx, 'all'));
  const unmark = unmarkBulkLoadQuery();
  await executor.write(unmark.cypher, unmark.params);
}

/** The updates a bulk load left for its end, in transactions of about DEFAULT_BATCH_ROWS rows. */
async function writeDeferred(executor: LoadExecutor, known: KnownGraph): Promise<void> {
  for (const { nodes, relationships } of known.deferredWrites(DEFAULT_BATCH_ROWS)) {
    await executor.writeTransaction((tx) => writeReplacements(tx, nodes, relationships));
  }
}

async function loadInBatches(executor: LoadExecutor, latest: DocumentGraph[], options: LoadOptions): Promise<LoadSummary> {
  const summary = emptyLoadSummary();
  const now = new Date().toISOString();
  const batches = [...batchesOf(latest, options.batchSize ?? DEFAULT_BATCH_ROWS)];
  if (options.known) return loadKnownBatches(executor, batches, now, options.known, summary, (done) => options.onProgress?.(done, latest.length));
  let prepared = batches.length > 0 ? await prepare(batches[0]) : [];
  for (let index = 0; index < batches.length; index++) {
    // The next batch is prepared while this one's queries are out: the client's work overlaps the server's.
    const next = index + 1 < batches.length ? prepare(batches[index + 1]) : Promise.resolve([]);
    const setAside = summary.setAside.length;
    const written = await Promise.allSettled([writeWithinMemory(executor, prepared, now, summary.setAside), next]);
    if (written[0].status === 'rejected') throw written[0].reason;
    for (const plan of written[0].value) addChanges(summary, plan);
    summary.documents += prepared.length - (summary.setAside.length - setAside);
    options.onProgress?.(summary.documents, latest.length);
    prepared = await next;
  }
  return summary;
}

/**
 * Batches of a bulk load: each is planned from the load's record while the one before it is written, so the client's
 * planning overlaps the server's writing too. Should a transaction fail, the batches planned ahead are taken back
 * from the record and the batch is written as any other: halved when too big, the failing document named otherwise.
 */
async function loadKnownBatches(
  executor: LoadExecutor,
  batches: DocumentGraph[][],
  now: string,
  known: KnownGraph,
  summary: LoadSummary,
  onProgress: (done: number) => void,
): Promise<LoadSummary> {
  const ahead = async (batch: DocumentGraph[]) => {
    const prepared = await prepare(batch);
    return { prepared, planned: known.planAhead(prepared, now) };
  };
  let current = batches.length > 0 ? await ahead(batches[0]) : undefined;
  for (let index = 0; current; index++) {
    const { prepared, planned } = current;
    const following = batches[index + 1];
    // A batch planned in its own transaction (it rewrites a document) changes the record only once it commits.
    let next = following && planned ? ahead(following) : undefined;
    let plans: BatchPlan[] | undefined;
    const setAside = summary.setAside.length;
    if (planned) {
      try {
        await executor.writeTransaction((tx) => writePlan(tx, planned.plan));
        plans = [planned.plan];
      } catch {
        // Back to the record as it was before this batch, newest first; the batch is then written as any other,
        // which fails again with the document at fault named, or halves a batch too big for one transaction.
        const after = await next?.catch(() => undefined);
        after?.planned?.undo();
        planned.undo();
        next = undefined;
      }
    }
    plans ??= await writeWithinMemory(executor, prepared, now, summary.setAside, known);
    for (const plan of plans) addChanges(summary, plan);
    summary.documents += prepared.length - (summary.setAside.length - setAside);
    onProgress(summary.documents);
    current = next ? await next : following ? await ahead(following) : undefined;
  }
  return summary;
}

/** Assertions with their statements encoded, a few documents at a time so that replies to queries are not held up. */
async function prepare(batch: DocumentGraph[]): Promise<DocumentAssertions[]> {
  const prepared: DocumentAssertions[] = [];
  let since = performance.now();
  for (const document of batch) {
    const assertions = assertionsOf(document);
    assertions.statements = encodeStatements(assertions);
    prepared.push(assertions);
    if (performance.now() - since > 2) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
  return prepared;
}

/** Deletes every talkgraph node and relationship, a slice per transaction (hubs have too many for one). */
export async function clearGraph(executor: Pick<LoadExecutor, 'writeTransaction'>): Promise<void> {
  for (const what of ['relationships', 'nodes'] as const) {
    const query = clearSliceQuery(what, NODE_LABELS);
    for (;;) {
      const [row] = await executor.writeTransaction((tx) => tx.run<{ deleted: number }>(query.cypher, query.params));
      if (!row || row.deleted === 0) break;
    }
  }
  const unmark = unmarkBulkLoadQuery();
  await executor.writeTransaction((tx) => tx.run(unmark.cypher, unmark.params));
}

/** Takes back what the given documents alone said (for files that no longer exist), in one transaction. */
export async function retractDocuments(executor: LoadExecutor, paths: string[]): Promise<LoadSummary> {
  const summary = emptyLoadSummary();
  if (paths.length === 0) return summary;
  const plan = await executor.writeTransaction((tx) => writeBatch(tx, [], paths, new Date().toISOString()));
  addChanges(summary, plan);
  summary.documents = plan.nodes.Document?.deleted ?? 0;
  return summary;
}

/** The rows a document's graph takes in a batch: its Document node, its nodes and its relationships. */
export function rowsOf(document: DocumentGraph): number {
  return 1 + document.graph.nodes.length + document.graph.relationships.length;
}

function* batchesOf(documents: DocumentGraph[], rowsPerBatch: number): Generator<DocumentGraph[]> {
  let batch: DocumentGraph[] = [];
  let rows = 0;
  for (const document of documents) {
    batch.push(document);
    rows += rowsOf(document);
    if (rows >= rowsPerBatch) {
      yield batch;
      batch = [];
      rows = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

export function emptyLoadSummary(): LoadSummary {
  return { documents: 0, nodes: {}, relationships: {}, setAside: [] };
}

/** Adds what one load did to what others did. */
export function addLoadSummary(summary: LoadSummary, more: LoadSummary): void {
  summary.documents += more.documents;
  summary.setAside.push(...more.setAside);
  addChanges(summary, more);
}

function addChanges(summary: LoadSummary, plan: Pick<BatchPlan, 'nodes' | 'relationships'>): void {
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
