// `ingest`: files → Neo4j, streamed. Unchanged files are only hashed; changed ones are extracted in worker threads and
// written batch by batch, so memory stays flat however many files there are. Person aliases ("霍秉杰（Benjamin Huo）")
// are kept per document in the database, so a name one run learns re-keys documents of earlier runs too. Documents
// are keyed by the folder they were ingested from and their path within it (ingest/places), not by this machine's paths.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Executor } from '../db/executor';
import { ensureSchema } from '../db/schema';
import { correctedFingerprint } from './corrections';
import { extractorFingerprint } from './fingerprint';
import { addLoadSummary, bulkLoad, BULK_LOAD_DOCUMENTS, clearGraph, DEFAULT_BATCH_ROWS, graphIsEmpty, type KnownGraph, emptyLoadSummary, rowsOf, graphCounts, loadDocuments, retractDocuments, storedFingerprints, storedPersonAliases, storedRoots, documentsNamingPeople, unfinishedBulkLoad, refreshOutdatedLinks } from './load';
import type { DocumentGraph } from '../graph/model';
import { DocumentPlaces, type DocumentPlace } from './places';
import type { DocumentMessage } from './read/document';
import { aliasMap, personKeysOf } from './resolve/aliases';
import { PersonAliasBook } from './resolve/rekey';
import { DocumentRun } from './run';

export interface IngestOptions {
  /** Also remove what documents said that are no longer among the files under the given folders. */
  prune?: boolean;
  /** Re-write documents whose content did not change. */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Node and relationship rows per write transaction (documents are never split). */
  batchSize?: number;
  /** Extraction worker threads (see extract-stream). */
  workers?: number;
  /** The corrections file; by default TALKGRAPH_CORRECTIONS, else talkgraph.corrections.yml in each folder of PATHS. */
  corrections?: string;
  /** Also take out what documents that failed this time said before (by default their previous version stays). */
  dropFailed?: boolean;
  /** Where to say what the run does besides documents (a stopped first ingest it redoes). */
  log?: (line: string) => void;
}

export interface IngestSummary {
  /** Files read as documents (changed and unchanged). */
  documents: number;
  written: number;
  unchanged: number;
  pruned: number;
  /** Documents of this or earlier runs extracted again because a person alias this run learned renames someone in them. */
  rekeyed: number;
  failed: string[];
  /** Documents that failed or were not ingested this time whose previous version stays in the graph. */
  kept: string[];
  /** Documents that failed this time whose previous version was taken out (dropFailed). */
  dropped: string[];
  messages: DocumentMessage[];
  /** Nodes in the graph by label, once the run is done. */
  counts: Record<string, number>;
}

/** Documents buffered before a load: about as many rows as the loader puts in one transaction. */
const BATCH_ROWS = DEFAULT_BATCH_ROWS;

/**
 * Extracts and loads files document by document: unchanged documents are skipped, changed ones replace what they
 * said before, each batch of whole documents in one transaction (a failure leaves every document old or new).
 */
export async function ingestDocuments(executor: Executor, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const run = await DocumentRun.open(paths, options.corrections);
  // The graph stays as it is until the corrections file is fixed.
  if (run.refused) {
    const counts = await graphCounts(executor);
    return { documents: 0, written: 0, unchanged: 0, pruned: 0, rekeyed: 0, failed: run.failed, kept: [], dropped: [], messages: run.messages, counts };
  }
  await ensureSchema(executor);
  const unfinished = await unfinishedBulkLoad(executor);
  if (unfinished && !unfinished.running) {
    // Its counts are behind its documents: only a load from an empty graph makes the graph right again.
    options.log?.(`a first ingest begun at ${unfinished.startedAt} was stopped before its end: deleting what it wrote and loading the files anew`);
    await clearGraph(executor);
  }
  const { files, messages, failed, skipped } = run;
  const places = new DocumentPlaces(paths, await storedRoots(executor));
  const placeOf = new Map<string, DocumentPlace>(files.map((file) => [file, places.of(file)]));
  const keyOf = (file: string): string => placeOf.get(file)?.key ?? file;
  /** The file each key of this run was read from, for what the user is told. */
  const fileOf = new Map<string, string>(files.map((file) => [keyOf(file), file]));
  // Pruning needs every stored document; otherwise only the files at hand matter, under their keys and under the
  // paths an older talkgraph kept them by (the path as given), which this run moves to their keys.
  const stored = await storedFingerprints(executor, options.prune ? undefined : [...new Set([...files.map(keyOf), ...files])]);
  const legacy = files.filter((file) => file !== keyOf(file) && stored.has(file));

  const extractor = correctedFingerprint(extractorFingerprint(), run.corrections);
  const changed: string[] = [];
  for (const file of files) {
    const fingerprint = stored.get(keyOf(file));
    if (!options.force && fingerprint !== undefined && fingerprint === `${await sha256Of(file)} ${extractor}`) continue;
    changed.push(file);
  }
  const unchanged = files.length - changed.length;
  const pruned = [...legacy, ...(options.prune ? prunedKeys(paths, new Set(files.map(keyOf)), stored, places) : [])];
  changed.push(...legacy.filter((file) => !changed.includes(file)));

  // The aliases every other stored document asserts, then what this run's documents add.
  const storedAliases = await storedPersonAliases(executor);
  const before = aliasMap([...storedAliases.values()].flat());
  const replaced = new Set([...changed.map(keyOf), ...pruned]);
  const aliases = new PersonAliasBook(
    [...storedAliases].filter(([path]) => !replaced.has(path)).flatMap(([, list]) => list),
    run.allowsAlias,
  );

  const summary = emptyLoadSummary();
  if (pruned.length > 0) addLoadSummary(summary, await retractDocuments(executor, pruned));

  // A first ingest of many files is a bulk load (see bulkLoad).
  const bulk = changed.length >= BULK_LOAD_DOCUMENTS && (await graphIsEmpty(executor));
  const write = async (known?: KnownGraph) => {
    const writer = new BatchWriter(executor, options.batchSize, known);
    for await (const { file, document } of run.documents(changed, { workers: options.workers, onProgress: options.onProgress })) {
      const own = aliases.learn(document);
      const keys = aliases.record(keyOf(file), document);
      await writer.add(placed(withPeople(run.correct(aliases.apply(document)), own, keys), placeOf.get(file)));
    }
    await writer.flush();
    const setAside = new Set(writer.summary.setAside.map((document) => document.path));
    const written = aliases.keys().filter((key) => !setAside.has(key)).length;

    // A name learned late in the run re-keys documents read before it, in this run or an earlier one.
    const rekey = aliases.stale().map((key) => fileOf.get(key) ?? key);
    const renamed = aliases.renamedSince(before);
    if (renamed.length > 0) {
      const naming = await documentsNamingPeople(executor, renamed.map((key) => ({ key, person: before.get(key) ?? key })));
      for (const key of naming) {
        if (aliases.has(key) || replaced.has(key)) continue;
        // Another run's document, read again from where its root is on this machine.
        const file = places.fileOf(key);
        if (existsSync(file)) {
          rekey.push(file);
          // It keeps its key; one an older talkgraph wrote (no root) keeps it too, until its folder is ingested again.
          if (!placeOf.has(file)) placeOf.set(file, { key, root: places.rootOf(key) });
        } else messages.push({ path: file, severity: 'warning', reason: 'names a person a new alias renames, but the file is gone: ingest it again to merge them' });
      }
    }
    // Read again with every alias known: what these files say was reported when they were first ingested.
    for await (const { file, document } of run.documents(rekey, { workers: options.workers, report: false })) {
      await writer.add(placed(withPeople(run.correct(aliases.apply(document)), aliases.aliasesOf(document), personKeysOf(document)), placeOf.get(file)));
    }
    await writer.flush();
    addLoadSummary(summary, writer.summary);
    return { written, rekeyed: rekey.length };
  };
  // Links an older talkgraph stored without their talks and people are counted again before this run's writes.
  if (!bulk) await refreshOutdatedLinks(executor);
  const { written, rekeyed } = bulk ? await bulkLoad(executor, write) : await write();
  // Only a run that read every document again can tell that a correction's name is in none of them.
  if (changed.length === files.length && files.length > 0) messages.push(...run.unmatchedCorrections());
  for (const { path: key, reason } of summary.setAside) {
    const file = fileOf.get(key) ?? key;
    messages.push({ path: file, line: 1, severity: 'error', reason });
    failed.push(file);
  }

  // A document that failed keeps what it said before, unless asked otherwise: say which.
  const kept = [...new Set([...failed, ...skipped])].filter((file) => stored.has(keyOf(file)));
  const dropped = options.dropFailed ? kept : [];
  if (dropped.length > 0) await retractDocuments(executor, dropped.map(keyOf));
  for (const path of kept) {
    // The last message on the file says why it was not ingested.
    const message = messages.findLast((m) => m.path === path);
    if (message) message.reason += dropped.length > 0 ? '; what its previous version said was taken out (--drop-failed)' : '; its previous version stays in the graph (--drop-failed takes it out)';
  }

  return {
    documents: written + unchanged,
    written,
    unchanged,
    pruned: summary.nodes.Document?.deleted ?? 0,
    rekeyed,
    failed,
    kept: dropped.length > 0 ? [] : kept,
    dropped,
    messages,
    counts: await graphCounts(executor),
  };
}

/** Documents gathered into batches of about `rows` rows, each loaded in its own transaction as soon as it is full. */
class BatchWriter {
  readonly summary = emptyLoadSummary();
  private batch: DocumentGraph[] = [];
  private rows = 0;

  constructor(
    private readonly executor: Executor,
    private readonly batchRows = BATCH_ROWS,
    /** For a bulk ingest into an empty graph: what the run wrote so far, so batches read nothing back. */
    private readonly known?: KnownGraph,
  ) {}

  async add(document: DocumentGraph): Promise<void> {
    this.batch.push(document);
    this.rows += rowsOf(document);
    if (this.rows >= this.batchRows) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.rows = 0;
    // The run as a whole decides whether the full-text indexes wait for the end, not each batch.
    addLoadSummary(this.summary, await loadDocuments(this.executor, batch, { batchSize: this.batchRows, bulk: false, known: this.known }));
  }
}

function withPeople(document: DocumentGraph, aliases: string[], keys: string[]): DocumentGraph {
  return { ...document, people: { aliases, keys } };
}

/** The document under its key, with its root: what the loader writes (corrections matched it by its file first). */
function placed(document: DocumentGraph, place: DocumentPlace | undefined): DocumentGraph {
  return place ? { ...document, document: { ...document.document, path: place.key, ...(place.root ? { root: place.root } : {}) } } : document;
}

/** Keys of stored documents under the given folders whose files are gone. */
function prunedKeys(paths: string[], seen: Set<string>, stored: Map<string, string>, places: DocumentPlaces): string[] {
  return [...stored.keys()].filter((key) => !seen.has(key) && places.under(key, paths));
}

async function sha256Of(file: string): Promise<string | undefined> {
  try {
    return createHash('sha256').update(await readFile(file)).digest('hex');
  } catch {
    return undefined;
  }
}
