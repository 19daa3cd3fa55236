// What a bulk load has written into a graph that was empty when it began. Nothing else writes there meanwhile, so the
// loader's own record of every node's and relationship's counts and claims is the graph's: no batch reads them back.
import type { BatchPlan, EntityState } from './plan';

export class KnownGraph {
  readonly nodes = new Map<string, EntityState>();
  readonly relationships = new Map<string, EntityState>();
  /** Paths of the documents written so far: only these have a stored version a later batch must read. */
  readonly documents = new Set<string>();

  /** Records a batch once its transaction has committed. */
  committed(plan: Pick<BatchPlan, 'after'>, written: string[], retracted: string[]): void {
    for (const [into, after] of [
      [this.nodes, plan.after.nodes],
      [this.relationships, plan.after.relationships],
    ] as const) {
      for (const [id, state] of after) {
        if (state) into.set(id, state);
        else into.delete(id);
      }
    }
    for (const path of retracted) this.documents.delete(path);
    for (const path of written) this.documents.add(path);
  }
}
