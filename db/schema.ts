// The constraints and indexes the graph relies on (see db/storage.md); every statement is idempotent.
import { NODE_LABELS } from '../graph/model';
import type { Executor } from './executor';

/** Full-text index over names, search text and abstracts, for English and other space-separated text. */
export const FULLTEXT_INDEX = 'talkgraph_text';
/** The same fields analyzed as Chinese, Japanese and Korean (bigrams), so a part of a CJK name matches. */
export const FULLTEXT_INDEX_CJK = 'talkgraph_text_cjk';

/** The labels full-text search covers: every entity but Document. */
export const SEARCHABLE_LABELS = NODE_LABELS.filter((label) => label !== 'Document');

function fullTextIndex(name: string, analyzer: string, properties: string): string {
  return (
    `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ` +
    `ON EACH [${properties}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${analyzer}'}}`
  );
}

/** Schema statements in order; names are stable so that IF NOT EXISTS finds them again. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...NODE_LABELS.flatMap((label) =>
    ['id', 'key'].map(
      (property) =>
        `CREATE CONSTRAINT ${label.toLowerCase()}_${property}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`,
    ),
  ),
  fullTextIndex(FULLTEXT_INDEX, 'standard-no-stop-words', 'n.name, n.searchText, n.abstract'),
  // Neo4j refuses (and IF NOT EXISTS silently skips) a second full-text index on the same labels and properties in
  // the same order, whatever its analyzer: the CJK index lists the same properties in another order.
  fullTextIndex(FULLTEXT_INDEX_CJK, 'cjk', 'n.searchText, n.name, n.abstract'),
  'CREATE INDEX talk_day IF NOT EXISTS FOR (n:Talk) ON (n.day)',
  'CREATE INDEX event_year IF NOT EXISTS FOR (n:Event) ON (n.year)',
];

const INDEX_WAIT_SECONDS = 120;

/** The full-text indexes, which a bulk load builds once at its end instead of updating them with every write. */
export const FULLTEXT_INDEXES: readonly string[] = [FULLTEXT_INDEX, FULLTEXT_INDEX_CJK];

/** The name each schema statement gives its constraint or index. */
export const SCHEMA_NAMES: readonly string[] = SCHEMA_STATEMENTS.map((statement) => /^CREATE (?:CONSTRAINT|FULLTEXT INDEX|INDEX) (\w+)/.exec(statement)![1]);

/**
 * Creates what is missing and waits until every index is online, so queries right after can use them. When all of
 * it is there and online already, one query says so: a one-file re-ingest does not pay for the whole schema.
 */
export async function ensureSchema(executor: Pick<Executor, 'read' | 'write'>): Promise<void> {
  // A constraint's index carries the constraint's name.
  const online = await executor.read<{ name: string }>("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name");
  const present = new Set(online.map((row) => row.name));
  if (SCHEMA_NAMES.every((name) => present.has(name))) return;
  // Neo4j runs schema commands alone in their transaction: one statement each.
  for (const statement of SCHEMA_STATEMENTS) await executor.write(statement);
  await executor.write('CALL db.awaitIndexes($seconds)', { seconds: INDEX_WAIT_SECONDS });
}

/**
 * Runs `work` (a bulk load into an empty graph) without the full-text indexes and builds them when it ends, whether
 * it succeeds or fails: Lucene then indexes every node once, instead of again with each transaction that writes it.
 * Until they are back, search says it is unavailable (see api/errors); a process killed meanwhile leaves them to the
 * next `ensureSchema`, which `ingest` and `serve` run first.
 */
export async function withFullTextBuiltAfter<T>(executor: Pick<Executor, 'read' | 'write'>, work: () => Promise<T>): Promise<T> {
  for (const name of FULLTEXT_INDEXES) await executor.write(`DROP INDEX ${name} IF EXISTS`);
  try {
    return await work();
  } finally {
    await ensureSchema(executor);
  }
}
