// Writing: a batch read, planned (plan/) and written in its transaction, a plan executed, and what to do when
// Neo4j refuses a batch: halve it when it outgrows the transaction memory, set aside one document too big alone, name
// the document at fault otherwise, and stop at once, blaming no one, when the server is gone.
import { DatabaseError, type Executor, type Transaction } from '../../db/executor';
import { isOutOfTransactionMemory } from '../../db/errors';
import { NODE_LABELS, type NodeLabel } from '../../graph/model';
import {
  createDescribesQuery,
  createNodesQuery,
  createRelationshipsQuery,
  deleteDescribesQuery,
  deleteNodesQuery,
  deleteRelationshipsQuery,
  stateLessQuery,
  stateMoreQuery,
  updateNodesQuery,
  updateRelationshipsQuery,
} from './cypher';
import { linkScopeOf, refreshLinks } from './links';
import { countMany, deltasOf, planBatch, type BatchPlan, type NodeWrite, type RelationshipGroup, type RelationshipWrite, type StoredDocument } from './plan';
import { LoadError, type DocumentAssertions } from './plan/assertions';
import type { KnownGraph } from './plan/known';
import { runGroups, runSliced } from './send';
import { readStoredDocuments, readStoredEntities } from './stored';

/** What the loader needs of the executor. */
export type LoadExecutor = Pick<Executor, 'read' | 'write' | 'writeTransaction'>;

export interface SetAside {
  path: string;
  reason: string;
}

/**
 * Replaces, inside one transaction, what the given documents said with what they say now, and takes back for good
 * what the retracted paths said: read what they said before and the counts of what that touches, plan, then write
 * only what changes.
 */
export async function writeBatch(
  tx: Transaction,
  documents: DocumentAssertions[],
  retracted: string[],
  now: string,
  known?: KnownGraph,
): Promise<BatchPlan> {
  const allPaths = [...retracted, ...documents.map((document) => document.graph.document.path)];
  const paths = known ? allPaths.filter((path) => known.documents.has(path)) : allPaths;
  const stored = paths.length === 0 ? new Map<string, StoredDocument>() : await readStoredDocuments(tx, paths);

  const deltas = deltasOf(documents, retracted, stored);
  if (known) {
    const plan = known.planned(documents, retracted, stored, now, deltas);
    await writePlan(tx, plan);
    return plan;
  }
  const { nodes, relationships } = await readStoredEntities(tx, deltas);
  const plan = planBatch({ documents, retracted, stored, nodes, relationships, now }, deltas);
  await writePlan(tx, plan);
  await refreshLinks(tx, linkScopeOf(deltas.relationships.keys()));
  return plan;
}

/** Nodes and relationships given all their properties anew (see KnownGraph.deferredWrites). */
export async function writeReplacements(
  tx: Transaction,
  nodes: Map<NodeLabel, NodeWrite[]>,
  relationships: Map<string, RelationshipGroup<RelationshipWrite>>,
): Promise<void> {
  for (const [label, rows] of nodes) await runSliced(tx, rows, (slice) => updateNodesQuery(label, slice, true));
  await runGroups(tx, relationships, (type, start, end, rows) => updateRelationshipsQuery(type, start, end, rows, true));
}

/** Writes a planned batch: deletes, then updates and creates, then the counted relationships and DESCRIBES edges. */
export async function writePlan(tx: Transaction, plan: BatchPlan): Promise<void> {
  await runGroups(tx, plan.relationshipDeletes, deleteRelationshipsQuery);
  for (const { type, startLabel, endLabel, rows } of plan.relationshipsStatedLess.values()) {
    const deleted = sum(await runSliced(tx, rows, (slice) => stateLessQuery(type, startLabel, endLabel, slice)), 'deleted');
    countMany(plan.relationships, type, 'deleted', deleted);
    countMany(plan.relationships, type, 'updated', rows.length - deleted);
  }
  for (const [label, ids] of plan.nodeDeletes) await runSliced(tx, ids, (slice) => deleteNodesQuery(label, slice));
  await runSliced(tx, plan.describesDeletes, deleteDescribesQuery);
  for (const label of NODE_LABELS) {
    const updates = plan.nodeUpdates.get(label);
    if (updates) await runSliced(tx, updates, (slice) => updateNodesQuery(label, slice));
    const creates = plan.nodeCreates.get(label);
    if (creates) await runSliced(tx, creates, (slice) => createNodesQuery(label, slice));
  }
  await runGroups(tx, plan.relationshipUpdates, updateRelationshipsQuery);
  await runGroups(tx, plan.relationshipCreates, createRelationshipsQuery);
  for (const { type, startLabel, endLabel, rows } of plan.relationshipsStatedMore.values()) {
    const created = sum(await runSliced(tx, rows, (slice) => stateMoreQuery(type, startLabel, endLabel, slice)), 'created');
    countMany(plan.relationships, type, 'created', created);
    countMany(plan.relationships, type, 'updated', rows.length - created);
  }
  for (const [label, rows] of plan.describesCreates) await runSliced(tx, rows, (slice) => createDescribesQuery(label, slice));
}

function sum(records: Record<string, unknown>[], field: string): number {
  return records.reduce((total, record) => total + Number(record[field] ?? 0), 0);
}

/**
 * Writes a batch; when the transaction outgrows Neo4j's transaction memory, writes each half in a transaction of its
 * own instead (documents stay whole, so every document is still either old or new). A document Neo4j refuses on its
 * own for its size is set aside, named with the reason; the other documents are written.
 */
export async function writeWithinMemory(executor: LoadExecutor, batch: DocumentAssertions[], now: string, setAside: SetAside[], known?: KnownGraph): Promise<BatchPlan[]> {
  if (batch.length === 0) return [];
  try {
    const plan = await executor.writeTransaction((tx) => writeBatch(tx, batch, [], now, known));
    known?.committed(plan, batch.map((document) => document.graph.document.path), []);
    return [plan];
  } catch (error) {
    if (lostConnection(error)) throw connectionLost(error);
    if (batch.length > 1 && isOutOfTransactionMemory(error)) {
      const half = Math.ceil(batch.length / 2);
      return [...(await writeWithinMemory(executor, batch.slice(0, half), now, setAside, known)), ...(await writeWithinMemory(executor, batch.slice(half), now, setAside, known))];
    }
    if (batch.length === 1 && isOutOfTransactionMemory(error)) {
      setAside.push({ path: batch[0].graph.document.path, reason: 'too big to write in one transaction (over the server\'s dbms.memory.transaction.total.max); nothing of it was written' });
      return [];
    }
    // Any other refusal is a bug of talkgraph's, brought out by a document: the load stops and names it.
    const paths = batch.map((document) => document.graph.document.path);
    const culprit = batch.length === 1 ? batch[0] : await firstFailing(executor, batch, now, known);
    const named = culprit ? [culprit.graph.document.path] : paths;
    throw new LoadError(`Loading ${named.join(', ')} failed, nothing of ${paths.length === 1 ? 'it' : 'its batch'} was written: ${reasonOf(error)}`, named, { cause: error });
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether the server went away (stopped, killed, the network down): no document is at fault then. */
export function lostConnection(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof DatabaseError && e.kind === 'unreachable') return true;
    if (e instanceof LoadError && e.lostConnection) return true;
  }
  return false;
}

function connectionLost(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  const loss = new LoadError(
    'lost the connection to Neo4j: the batches written so far stay; once the server is back, run the same ingest again to write the rest',
    [],
    { cause: error },
  );
  loss.lostConnection = true;
  return loss;
}

class DryRunRollback extends Error {}

async function firstFailing(executor: LoadExecutor, batch: DocumentAssertions[], now: string, known?: KnownGraph): Promise<DocumentAssertions | undefined> {
  for (const document of batch) {
    let wrote = false;
    try {
      await executor.writeTransaction(async (tx) => {
        await writeBatch(tx, [document], [], now, known);
        wrote = true;
        throw new DryRunRollback();
      });
    } catch (error) {
      if (lostConnection(error)) throw connectionLost(error);
      if (!wrote) return document;
    }
  }
  return undefined;
}
