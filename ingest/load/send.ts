// Sending the loader's queries inside a transaction: in slices of at most ROWS_PER_QUERY rows (whole documents stay in
// one transaction, but a big batch goes in several queries), whole numbers as Cypher integers.
import { int } from 'neo4j-driver';
import type { Transaction } from '../../db/executor';
import type { NodeLabel, RelationshipType } from '../../graph/model';
import { batchCypher, type Query } from './cypher';
import type { RelationshipGroup } from './plan';

/** Most rows one query sends: whole documents stay in one transaction, but a big batch is sent in slices. */
const ROWS_PER_QUERY = 5000;

export async function runGroups<Row>(
  tx: Transaction,
  groups: Map<string, RelationshipGroup<Row>>,
  build: (type: RelationshipType, start: NodeLabel, end: NodeLabel, rows: Row[]) => Query,
): Promise<void> {
  for (const { type, startLabel, endLabel, rows } of groups.values()) await runSliced(tx, rows, (slice) => build(type, startLabel, endLabel, slice));
}

export async function run(tx: Transaction, query: Query): Promise<Record<string, unknown>[]> {
  return tx.run(batchCypher(query.cypher), toCypherValue(query.params) as Record<string, unknown>);
}

export async function runSliced<Row>(tx: Transaction, rows: Row[], build: (slice: Row[]) => Query): Promise<Record<string, unknown>[]> {
  const records: Record<string, unknown>[] = [];
  for (let at = 0; at < rows.length; at += ROWS_PER_QUERY) records.push(...(await run(tx, build(rows.slice(at, at + ROWS_PER_QUERY)))));
  return records;
}

/**
 * JavaScript numbers reach Neo4j as floats; whole numbers (a year) are sent as integers so they stay integers. What
 * holds no number is returned as it is: most of a batch is strings, and copying it all would only feed the GC.
 */
function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? int(value) : value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const converted = toCypherValue(value[i]);
      if (copy === undefined && converted !== value[i]) copy = value.slice(0, i);
      copy?.push(converted);
    }
    return copy ?? value;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const converted = toCypherValue(item);
      if (copy === undefined && converted !== item) copy = { ...(value as Record<string, unknown>) };
      if (copy !== undefined) copy[key] = converted;
    }
    return copy ?? value;
  }
  return value;
}
