// Kill recovery: a first (bulk) ingest killed at seeded random moments, then a plain `talkgraph ingest` of the same
// files; the graph must equal a clean run's. Run: NEO4J_URI=… TALKGRAPH_BENCH_WIPE=yes npx tsx bench/recovery.ts [docs] [kills]
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { clearGraph } from '../ingest/load';
import { openExecutor, type Executor } from '../neo4j/executor';
import { corpusDir, corpusExists, generateCorpus } from './generate';

const CLI = join(import.meta.dirname, '..', 'cli', 'talkgraph.js');

/** Every node with its properties but the time it was written, and every relationship with its properties, sorted. */
async function snapshot(executor: Executor): Promise<string> {
  const nodes = await executor.read(
    "MATCH (n) RETURN n.id AS id, COLLECT { UNWIND keys(n) AS k WITH k WHERE k <> 'ingestedAt' RETURN [k, n[k]] AS kv ORDER BY k } AS p ORDER BY id",
  );
  const relationships = await executor.read(
    "MATCH (a)-[r]->(b) RETURN type(r) + ' ' + a.id + ' ' + b.id AS ref, COLLECT { UNWIND keys(r) AS k RETURN [k, r[k]] AS kv ORDER BY k } AS p",
  );
  // Two relationships of one type between the same nodes (CONTRIBUTES_TO roles) differ only in their properties.
  relationships.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return JSON.stringify([nodes, relationships]);
}

function ingest(corpus: string): Promise<number> {
  return new Promise((resolve) => execFile(process.execPath, [CLI, 'ingest', corpus], { maxBuffer: 1 << 28 }, (error) => resolve(error ? 1 : 0)));
}

/** Starts an ingest and kills it (SIGKILL, as a crash or an out-of-memory kill would) after `ms`. */
function killedIngest(corpus: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'ingest', corpus], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI || process.env.TALKGRAPH_BENCH_WIPE !== 'yes') throw new Error('set NEO4J_URI and TALKGRAPH_BENCH_WIPE=yes: this deletes the graph there');
  const docs = Number(process.argv[2] ?? 1000);
  const kills = Number(process.argv[3] ?? 5);
  const corpus = corpusDir(docs);
  if (!(await corpusExists(corpus, docs))) await generateCorpus({ docs, out: corpus, seed: 'talkgraph' });
  const executor = openExecutor();
  try {
    await clearGraph(executor);
    let started = performance.now();
    await ingest(corpus);
    const cleanSeconds = (performance.now() - started) / 1000;
    const clean = await snapshot(executor);
    console.log(`clean first ingest of ${docs} documents: ${cleanSeconds.toFixed(1)} s`);
    let equal = 0;
    for (let kill = 1; kill <= kills; kill++) {
      await clearGraph(executor);
      // Spread over the run: from start-up to the last counts.
      const at = ((kill - 0.5) / kills) * cleanSeconds * 1000;
      await killedIngest(corpus, at);
      const [marked] = await executor.read('MATCH (m:BulkLoad) RETURN count(m) AS n');
      started = performance.now();
      const code = await ingest(corpus);
      const same = (await snapshot(executor)) === clean;
      if (same) equal += 1;
      console.log(
        `kill ${kill} at ${(at / 1000).toFixed(1)} s: ${Number(marked.n) > 0 ? 'marked unfinished' : 'no mark'}; next plain ingest exit ${code} in ${((performance.now() - started) / 1000).toFixed(1)} s; graph ${same ? 'equals' : 'DIFFERS from'} the clean run`,
      );
    }
    console.log(`${equal} of ${kills} recovered to the clean graph`);
  } finally {
    await executor.close();
  }
}

await main();
