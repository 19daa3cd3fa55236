// Every read of what the graph already holds, in one place: the stored documents and the counts a batch's plan starts
// from (inside the batch's transaction), and what a run asks before it writes (fingerprints, aliases, roots, marks).
import { hostname } from 'node:os';
import type { Executor, Transaction } from '../../db/executor';
import type { NodeLabel, RelationshipType } from '../../graph/model';
import {
  documentsNamingPeopleQuery,
  labelCountsQuery,
  outdatedDocumentsQuery,
  readBulkLoadMarkQuery,
  readDocumentsQuery,
  readNodesQuery,
  readRelationshipsQuery,
  storedDocumentsQuery,
  storedPersonAliasesQuery,
  storedRootsQuery,
} from './cypher';
import { countsOnly, decodeStatements, push, type BatchDeltas, type EntityState, type StoredDocument } from './plan';
import { labelOf, LoadError, parseRelationshipRef, relationshipRef } from './plan/assertions';
import { parseTallies } from './plan/tallies';
import { run, runSliced } from './send';

/** What the loader reads with. */
export type StoreReader = Pick<Executor, 'read'>;

/** What the stored versions of these documents said (their Document nodes), by path. */
export async function readStoredDocuments(tx: Transaction, paths: string[]): Promise<Map<string, StoredDocument>> {
  const stored = new Map<string, StoredDocument>();
  for (const record of paths.length === 0 ? [] : await run(tx, readDocumentsQuery(paths))) {
    const properties = record.properties as Record<string, unknown>;
    const path = String(properties.key);
    stored.set(path, {
      path,
      sha256: String(properties.sha256 ?? ''),
      ingestedAt: String(properties.ingestedAt ?? ''),
      statements: decodeStatements(properties.statements),
      properties,
    });
  }

  return stored;
}

/**
 * The stored counts (documentCount, tallies) of what the deltas touch: every node they change, the ends of every
 * relationship they change (whether an end is stored decides whether the relationship can be), and the relationships
 * whose claims change.
 */
export async function readStoredEntities(
  tx: Transaction,
  deltas: BatchDeltas,
): Promise<{ nodes: Map<string, EntityState>; relationships: Map<string, EntityState> }> {
  const nodes = new Map<string, EntityState>();
  const touched = new Set(deltas.nodes.keys());
  for (const ref of deltas.relationships.keys()) {
    const { start, end } = parseRelationshipRef(ref);
    touched.add(start).add(end);
  }
  const idsByLabel = new Map<NodeLabel, string[]>();
  for (const id of touched) push(idsByLabel, labelOf(id), id);
  for (const [label, ids] of idsByLabel) {
    for (const record of await runSliced(tx, ids, (slice) => readNodesQuery(label, slice))) {
      nodes.set(String(record.id), entityState(record));
    }
  }

  const relationships = new Map<string, EntityState>();
  const pairsByGroup = new Map<string, { type: RelationshipType; start: NodeLabel; end: NodeLabel; rows: { start: string; end: string }[] }>();
  const pairsSeen = new Set<string>();
  for (const ref of deltas.relationships.keys()) {
    const { type, start, end } = parseRelationshipRef(ref);
    // A relationship to a node not stored yet cannot be stored either: most of a new document's need no read; nor
    // does one whose claims stay, which the database counts up or down itself.
    if (!nodes.has(start) || !nodes.has(end) || countsOnly(deltas.relationships.get(ref)!)) continue;
    // CONTRIBUTES_TO may hold several roles between one pair: one read returns them all.
    const pair = JSON.stringify([type, start, end]);
    if (pairsSeen.has(pair)) continue;
    pairsSeen.add(pair);
    const key = `${type} ${labelOf(start)} ${labelOf(end)}`;
    const entry = pairsByGroup.get(key) ?? { type, start: labelOf(start), end: labelOf(end), rows: [] };
    entry.rows.push({ start, end });
    pairsByGroup.set(key, entry);
  }
  for (const { type, start, end, rows } of pairsByGroup.values()) {
    for (const record of await runSliced(tx, rows, (slice) => readRelationshipsQuery(type, start, end, slice))) {
      const properties = record.properties as Record<string, unknown>;
      const ref = relationshipRef(type, String(record.start), String(record.end), properties as Record<string, never>);
      if (deltas.relationships.has(ref)) relationships.set(ref, entityState(properties));
    }
  }

  return { nodes, relationships };
}

function entityState(properties: Record<string, unknown>): EntityState {
  return { documentCount: Number(properties.documentCount ?? 0), tallies: parseTallies(properties.tallies) };
}

/** Path and sha256 of every stored document, so that unchanged files can be skipped. */
export async function storedDocuments(executor: StoreReader): Promise<Map<string, string>> {
  const query = storedDocumentsQuery();
  const records = await executor.read(query.cypher, query.params);
  return new Map(records.map((record) => [String(record.path), String(record.sha256)]));
}

/**
 * Path → "sha256 extractor" of every stored document: a file is unchanged when both its content and its extraction
 * are. Refuses a graph an older talkgraph wrote, which this loader cannot update in place.
 */
export async function storedFingerprints(executor: StoreReader, paths?: string[]): Promise<Map<string, string>> {
  const query = storedDocumentsQuery(paths);
  const records = await executor.read(query.cypher, query.params);
  const unfinished = await unfinishedBulkLoad(executor);
  if (unfinished?.running) {
    throw new LoadError(
      `a first ingest into this graph, begun at ${unfinished.startedAt} by ${unfinished.by}, is still running; ` +
        'wait for it to end (or stop it: the next ingest then loads the files anew)',
      [],
    );
  }
  const outdated = paths === undefined ? countOutdated(records) : await outdatedDocuments(executor);
  if (outdated > 0) {
    throw new LoadError(
      `the database holds ${outdated} documents loaded by an older talkgraph, which kept its sources differently; ` +
        'rebuild the graph from your files with `talkgraph ingest --rebuild PATHS` (or `talkgraph start --rebuild`)',
      [],
    );
  }
  return new Map(records.map((record) => [String(record.path), `${String(record.sha256)} ${String(record.extractor ?? '')}`]));
}

/**
 * A first (bulk) ingest that has not written its last counts: when it began, by which process, and whether that
 * process may still be running (on another machine, talkgraph cannot tell, and says it may).
 */
export async function unfinishedBulkLoad(executor: StoreReader): Promise<{ startedAt: string; by: string; running: boolean } | undefined> {
  const query = readBulkLoadMarkQuery();
  const [mark] = await executor.read(query.cypher, query.params);
  if (!mark) return undefined;
  const pid = typeof mark.pid === 'number' ? mark.pid : undefined;
  const host = typeof mark.host === 'string' ? mark.host : undefined;
  const by = pid === undefined ? 'an earlier talkgraph' : `process ${pid} on ${host ?? 'an unknown host'}`;
  const running = host !== undefined && pid !== undefined && (host !== hostname() || (pid !== process.pid && processIsAlive(pid)));
  return { startedAt: String(mark.startedAt), by, running };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Name → absolute folder of each root the stored documents' keys start with. */
export async function storedRoots(executor: StoreReader): Promise<Map<string, string>> {
  const query = storedRootsQuery();
  const records = await executor.read(query.cypher, query.params);
  return new Map(records.map((record) => [String(record.name), String(record.root)]));
}

/** Path → the person aliases the stored document asserts ("aliasKey\tpersonKey"), for documents that assert any. */
export async function storedPersonAliases(executor: StoreReader): Promise<Map<string, string[]>> {
  const query = storedPersonAliasesQuery();
  const records = await executor.read(query.cypher, query.params);
  return new Map(records.map((record) => [String(record.path), (record.aliases as unknown[]).map(String)]));
}

/** Paths of stored documents that name one of these person keys, found through the person they now state. */
export async function documentsNamingPeople(executor: StoreReader, people: { key: string; person: string }[]): Promise<string[]> {
  const query = documentsNamingPeopleQuery(people);
  const records = await executor.read(query.cypher, query.params);
  return records.map((record) => String(record.path)).sort();
}

/** Whether the graph holds no talkgraph node at all (a first load, or one after `--rebuild`). */
export async function graphIsEmpty(executor: StoreReader): Promise<boolean> {
  const counts = await graphCounts(executor);
  return Object.values(counts).every((count) => count === 0);
}

/** How many nodes of each label the graph holds. */
export async function graphCounts(executor: StoreReader): Promise<Record<string, number>> {
  const query = labelCountsQuery();
  const records = await executor.read(query.cypher, query.params);
  return Object.fromEntries(records.map((record) => [String(record.label), Number(record.count)]));
}

/** How many stored documents an older talkgraph loaded (0 when the graph is this loader's or empty). */
export async function outdatedDocuments(executor: StoreReader): Promise<number> {
  const query = outdatedDocumentsQuery();
  const [record] = await executor.read(query.cypher, query.params);
  return Number(record?.outdated ?? 0);
}

function countOutdated(records: Record<string, unknown>[]): number {
  return records.filter((record) => record.outdated === true).length;
}
