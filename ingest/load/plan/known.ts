// What a bulk load has written into a graph that was empty when it began. Nothing else writes there meanwhile, so the
// loader's own record of every node's and relationship's counts and claims is the graph's: no batch reads them back.
// An entity a later batch states again is not rewritten then: its new counts and properties wait for `deferredWrites`,
// which the load writes once at its end (see bulkLoad in index.ts), so a hub is written twice, not once per batch. The
// record keeps only the state now; what the graph holds of a waiting entity is replaced whole.
import { labelOf, parseRelationshipRef, type DocumentAssertions } from './assertions';
import type { NodeLabel } from '../../../graph/model';
import {
  deltasOf,
  planBatch,
  type BatchDeltas,
  type StoredDocument,
  nodeProperties,
  push,
  pushRow,
  relationshipProperties,
  type BatchPlan,
  type EntityState,
  type NodeWrite,
  type RelationshipGroup,
  type RelationshipWrite,
} from './index';

/** Updates a batch leaves to the end of the load: the node ids and relationship refs it would have rewritten. */
export type Deferred = NonNullable<BatchPlan['deferred']>;

export class KnownGraph {
  readonly nodes = new Map<string, EntityState>();
  readonly relationships = new Map<string, EntityState>();
  /** Paths of the documents written so far: only these have a stored version a later batch must read. */
  readonly documents = new Set<string>();
  /** The entities whose updates wait for the end of the load. */
  private readonly stale: Deferred = { nodes: new Set(), relationships: new Set() };

  /**
   * Plans a batch from the record (stored: the stored versions of documents this load wrote before, which a rewrite
   * reads), with the updates of entities written before left for the end of the load.
   */
  planned(documents: DocumentAssertions[], retracted: string[], stored: Map<string, StoredDocument>, now: string, deltas?: BatchDeltas): BatchPlan {
    const changes = deltas ?? deltasOf(documents, retracted, stored);
    return planBatch(
      {
        documents,
        retracted,
        stored,
        now,
        complete: true,
        deferUpdates: true,
        nodes: picked(this.nodes, changes.nodes.keys()),
        relationships: picked(this.relationships, changes.relationships.keys()),
      },
      changes,
    );
  }

  /**
   * Plans a batch before its transaction and records it at once, so that the next batch can be planned while this one
   * is written; `undo` takes the record back should the transaction fail. Undefined for a batch that rewrites a
   * document this load wrote before: its stored version is read in its transaction.
   */
  planAhead(documents: DocumentAssertions[], now: string): { plan: BatchPlan; undo: () => void } | undefined {
    const paths = documents.map((document) => document.graph.document.path);
    if (paths.some((path) => this.documents.has(path))) return undefined;
    const plan = this.planned(documents, [], new Map(), now);
    return { plan, undo: this.record(plan, paths, []) };
  }

  /** Records a batch once its transaction has committed. */
  committed(plan: Pick<BatchPlan, 'after' | 'deferred'>, written: string[], retracted: string[]): void {
    this.record(plan, written, retracted);
  }

  /** Records a batch; returns what takes it back, newest change first. */
  private record(plan: Pick<BatchPlan, 'after' | 'deferred'>, written: string[], retracted: string[]): () => void {
    const undo: (() => void)[] = [];
    const put = <V>(map: Map<string, V>, key: string, value: V | undefined) => {
      const had = map.has(key);
      const before = map.get(key);
      undo.push(() => (had ? map.set(key, before!) : map.delete(key)));
      if (value === undefined) map.delete(key);
      else map.set(key, value);
    };
    const mark = (set: Set<string>, id: string, member: boolean) => {
      if (set.has(id) === member) return;
      undo.push(() => (member ? set.delete(id) : set.add(id)));
      if (member) set.add(id);
      else set.delete(id);
    };
    for (const id of plan.deferred?.nodes ?? []) mark(this.stale.nodes, id, true);
    for (const ref of plan.deferred?.relationships ?? []) mark(this.stale.relationships, ref, true);
    for (const [into, after, stale] of [
      [this.nodes, plan.after.nodes, this.stale.nodes],
      [this.relationships, plan.after.relationships, this.stale.relationships],
    ] as const) {
      for (const [id, state] of after) {
        put(into, id, state);
        if (!state) mark(stale, id, false);
      }
    }
    for (const path of retracted) mark(this.documents, path, false);
    for (const path of written) mark(this.documents, path, true);
    return () => {
      for (const step of undo.reverse()) step();
    };
  }

  /**
   * Every waiting entity with all its properties as they are now, in parts of at most `rows` rows, each built only
   * when asked for; once all are taken, none wait.
   */
  *deferredWrites(rows: number): Generator<{ nodes: Map<NodeLabel, NodeWrite[]>; relationships: Map<string, RelationshipGroup<RelationshipWrite>> }> {
    let nodes = new Map<NodeLabel, NodeWrite[]>();
    let relationships = new Map<string, RelationshipGroup<RelationshipWrite>>();
    let size = 0;
    const full = function* () {
      if (++size < rows) return;
      yield { nodes, relationships };
      nodes = new Map();
      relationships = new Map();
      size = 0;
    };
    for (const id of this.stale.nodes) {
      push(nodes, labelOf(id), { id, properties: nodeProperties(id, this.nodes.get(id)!) });
      yield* full();
    }
    for (const ref of this.stale.relationships) {
      const { type, start, end, keyProperties } = parseRelationshipRef(ref);
      const properties = relationshipProperties(keyProperties, this.relationships.get(ref)!);
      pushRow(relationships, `${type} ${labelOf(start)} ${labelOf(end)}`, type, start, end, { start, end, keyProperties, properties });
      yield* full();
    }
    if (size > 0) yield { nodes, relationships };
    this.stale.nodes.clear();
    this.stale.relationships.clear();
  }
}

function picked(from: Map<string, EntityState>, ids: Iterable<string>): Map<string, EntityState> {
  const states = new Map<string, EntityState>();
  for (const id of ids) {
    const state = from.get(id);
    if (state) states.set(id, state);
  }
  return states;
}
