// `npm run bench` / `talkgraph bench run`: every benchmark of issue 6, each beside its limit, into bench/RESULTS.md.

import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchDatabase } from './database';
import { corpusDir, corpusExists, DEFAULT_SEED, generateCorpus, MANIFEST, type CorpusManifest } from './generate';
import type { QueryResult } from './measure/queries';
import { describeMachine, loadAverage, renderResults, replaceSections, type Section } from './results';

// Each benchmark loads its modules when it runs, so that `--only web` needs neither the ingester nor a database.
const ingest = () => import('./measure/ingest');
const pipeline = () => import('../ingest');

export const BENCHMARKS = ['extraction', 'shapes', 'load', 'reingest', 'memory', 'queries', 'serving', 'bad-input', 'recovery', 'web'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

export interface RunOptions {
  only?: string[];
  /** Corpus sizes; the smallest is the "1k" of the memory comparison, the largest up to 10k is the query graph. */
  sizes?: number[];
  seed?: string;
  resultsFile?: string;
  command?: string;
  log?: (line: string) => void;
  /** Bad input: malformed documents and good ones (the bar: 10,000 and 1,000). */
  badInput?: { bad: number; good: number };
  /** Kill recovery: the first ingest's corpus size (the bar: 3,000), kills of a first and of an incremental ingest. */
  recovery?: { docs: number; first: number; incremental: number };
}

const GRAPH_DOCS = 10_000;
const QUERY_SECONDS = 6;
const WARMUP_SECONDS = 2;
const CONNECTIONS = [1, 8];
const SERVING_CONNECTIONS = 100;
const SERVING_SECONDS = 60;
const BAD_INPUT = { bad: 10_000, good: 1_000 };
/** Documents made to take seconds (90,000 talk headings), and the per-document budget they are run with: over it. */
const SLOW_DOCUMENTS = 20;
const BAD_INPUT_BUDGET_SECONDS = 3;
/** Units at 1× (16× stays under the 5 MiB a document may have; below 2,000 the times are too short to compare). */
const SHAPE_UNITS = 2_000;
const RECOVERY = { docs: 3_000, first: 10, incremental: 5 };

export async function runBenchmarks(options: RunOptions = {}): Promise<Section[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const loadAtStart = loadAverage();
  const unknown = (options.only ?? []).filter((name) => !(BENCHMARKS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}: choose from ${BENCHMARKS.join(', ')}`);
  const selected = new Set<BenchmarkName>((options.only as BenchmarkName[] | undefined) ?? BENCHMARKS);
  const seed = options.seed ?? DEFAULT_SEED;
  const sizes = [...new Set(options.sizes ?? [1_000, 10_000])].sort((a, b) => a - b);
  const small = sizes[0];
  const graphDocs = sizes.filter((n) => n <= GRAPH_DOCS).pop() ?? small;

  const corpora = new Map<number, CorpusManifest>();
  // Bad input and recovery bring corpora of their own; the others need the sizes'.
  const needsCorpora = [...selected].some((name) => !['shapes', 'bad-input', 'recovery'].includes(name));
  for (const docs of needsCorpora ? sizes : []) corpora.set(docs, await ensureCorpus(docs, seed, log));
  const docsDir = (docs: number) => join(corpusDir(docs), 'docs');

  const sections: Section[] = [];
  const attempt = async (title: string, notes: string[], work: () => Promise<Section['rows']>) => {
    log(`== ${title}`);
    const loadBefore = loadAverage();
    // Every section says how busy the machine was while it ran: it may be rewritten alone (`--only`).
    const when = () => `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; 1-minute load average ${loadBefore} at its start, ${loadAverage()} at its end.`;
    try {
      const rows = await work();
      sections.push({ title, notes: [...notes, when()], rows });
    } catch (error) {
      log(`${title} failed: ${(error as Error).stack ?? String(error)}`);
      sections.push({ title, notes: [...notes, `**Not measured: the run failed** with \`${String((error as Error).message ?? error).split('\n')[0]}\`.`], rows: [] });
    }
  };

  if (selected.has('extraction')) {
    await attempt('Extraction', [
      'Files → parsed documents → facts → resolved per-document graphs → one merged graph (`extractDocuments`), beside bare discovery + ' +
        'reading + `parseDocument` (front matter and mdast) of the same files. Both run with the same parallelism: files are read (and extracted) ' +
        'in one thread per core unless `TALKGRAPH_WORKERS` says otherwise, the main thread among them beside worker threads started afresh for ' +
        'each run; the main thread merges. Both ran once on the smallest corpus first to warm up the main thread\'s JIT (worker threads start cold every run).',
    ], async () => {
      const { extractionRows, measureExtraction } = await import('./measure/extraction');
      const rows = [];
      for (const docs of sizes) {
        const result = await measureExtraction(docsDir(docs), docsDir(small));
        log(
          `extraction ${docs}: ${(result.docs / result.extractSeconds).toFixed(0)} docs/s (${result.extractCpuSeconds.toFixed(1)} CPU-s), ` +
            `parsing ${(result.docs / result.parseSeconds).toFixed(0)} docs/s (${result.parseCpuSeconds.toFixed(1)} CPU-s), ${result.threads} worker threads, load ${loadAverage()}`,
        );
        rows.push(...extractionRows(result));
      }
      return rows;
    });
  }

  if (selected.has('shapes')) {
    await attempt('Extraction against document size', [
      `Each shape a pathological document can take, written at 1×, 4× and 16× of ${SHAPE_UNITS.toLocaleString('en-US')} units (talks, rows, runs of ten), ` +
        'read and extracted by `extractFile` in this thread, the fastest of three rounds. From 4× to 16× the size, work that grows linearly ' +
        'takes about 4 times as long, quadratic work 16 times (the 1× size, where fixed costs and a cold reader weigh, is shown but not counted).',
    ], async () => {
      const { measureShapes, shapeRows } = await import('./measure/shapes');
      return shapeRows(await measureShapes(SHAPE_UNITS, log));
    });
  }

  const needsDatabase = ['load', 'reingest', 'memory', 'queries', 'serving', 'bad-input', 'recovery'].some((name) => selected.has(name as BenchmarkName));
  let database: BenchDatabase | undefined;
  let neo4jVersion = 'not started';
  try {
    if (needsDatabase) {
      const { openBenchDatabase } = await import('./database');
      database = await openBenchDatabase(log);
      neo4jVersion = database.version;
    }
    let graphLoaded = false;

    if (database && selected.has('load')) {
      const db = database;
      await attempt('Load', [
        `The ${graphDocs.toLocaleString('en-US')}-document corpus, extracted beforehand, written by \`loadDocuments\` into an empty database with the schema ` +
          'in place (uniqueness constraints on id and key, two full-text indexes). As a first load of many documents it is a bulk load: the full-text ' +
          'indexes are dropped and built again at its end; each batch of whole documents is one transaction, planned from the load\'s own record of ' +
          'what it wrote (no counts read back) while the batch before is written; an entity a later batch states again is updated once, at the end. ' +
          'All of it, index building and final updates included, is in the time. Then every node and relationship it stored, read back with ' +
          'all their properties, written by bare `UNWIND $rows CREATE` in batches of 2,000 rows into an empty database that has only a range index on `id` ' +
          'per label (relationships need their endpoints found). Rates count relationships. Both ran once on the smallest corpus first (a fresh ' +
          'server compiles each query the first time it runs); server CPU is the Neo4j process\'s own.',
      ], async () => {
        const { loadRows, measureLoad } = await import('./measure/load');
        const { extractDocuments } = await pipeline();
        const { documents } = await extractDocuments([docsDir(graphDocs)]);
        const warmup = graphDocs === small ? documents.slice(0, 100) : (await extractDocuments([docsDir(small)])).documents;
        const result = await measureLoad(db, documents, warmup);
        log(`load: ${(result.relationships / result.loader.seconds).toFixed(0)} rels/s, bare ${(result.relationships / result.bare.seconds).toFixed(0)} rels/s`);
        return loadRows(result);
      });
    }

    if (database && selected.has('memory')) {
      const db = database;
      await attempt('Ingest memory', [
        '`ingestDocuments` (what `talkgraph ingest` runs) over a whole corpus in a child process of its own, into an empty database; ' +
          'peak RSS is the child\'s `process.resourceUsage().maxRSS`.',
      ], async () => {
        const { ingestInChild, memoryRows } = await ingest();
        await db.clear();
        const first = await ingestInChild(docsDir(small), small, db.env);
        await db.clear();
        const second = await ingestInChild(docsDir(graphDocs), graphDocs, db.env);
        graphLoaded = true;
        log(`memory: ${(first.maxRssBytes / 1048576).toFixed(0)} MiB at ${small}, ${(second.maxRssBytes / 1048576).toFixed(0)} MiB at ${graphDocs}`);
        return memoryRows(first, second);
      });
    }

    const ensureGraph = async (db: BenchDatabase) => {
      if (graphLoaded) return;
      log(`ingesting the ${graphDocs}-document corpus`);
      await db.clear();
      const summary = await (await pipeline()).ingestDocuments(db.executor, [docsDir(graphDocs)]);
      if (summary.failed.length > 0) throw new Error(`${summary.failed.length} files failed to ingest`);
      graphLoaded = true;
    };

    if (database && selected.has('reingest')) {
      const db = database;
      const manifest = corpora.get(graphDocs)!;
      const file = join(corpusDir(graphDocs), pickChangedDocument(manifest));
      await attempt('Re-ingest of one changed document', [
        `One document of the ${graphDocs.toLocaleString('en-US')}-document graph (\`${file}\`) gains a talk; \`ingestDocuments\` is called with that one file ` +
          '(schema check, stored hashes, read, extract, resolve, replace what the old version said, in one transaction); six rounds alternate the changed and the ' +
          'original text. The file is restored afterwards.',
      ], async () => {
        await ensureGraph(db);
        const { measureReingest, reingestRows } = await ingest();
        return reingestRows(await measureReingest(db.executor, file, docsDir(graphDocs), graphDocs, db.env));
      });
    }

    if (database && selected.has('queries')) {
      const db = database;
      await attempt('Queries', [
        `On the ${graphDocs.toLocaleString('en-US')}-document graph. GraphQL: the API server in a child process, loaded by autocannon for ${QUERY_SECONDS} s per ` +
          `operation and connection count (after a ${WARMUP_SECONDS} s warm-up). Raw: the Cypher queries the same request ran (captured from the executor's ` +
          'query events, text and parameters unchanged), replayed in order through the neo4j driver from this process, each an auto-commit read as the server runs them, by as many ' +
          'concurrent loops for as long. Latency is per request (all of its queries).',
      ], async () => {
        await ensureGraph(db);
        const { captureQueries, loadGraphql, loadRaw, operationsFor, queryRows, saveLinksAnswer, startApiChild } = await import('./measure/queries');
        const operations = await operationsFor(db.executor);
        const captured = await captureQueries(db.executor, operations);
        const { url, child } = await startApiChild(db.env);
        const results: QueryResult[] = [];
        try {
          // The web benchmark draws the links view from this very answer.
          const links = await saveLinksAnswer(url, linksAnswerFile(graphDocs));
          log(`saved the explorer's links answer (${links} links) to ${linksAnswerFile(graphDocs)}`);
          for (const operation of operations) {
            const queries = captured.get(operation)!;
            for (const connections of CONNECTIONS) {
              await loadGraphql(url, operation, connections, WARMUP_SECONDS);
              const graphql = await loadGraphql(url, operation, connections, QUERY_SECONDS);
              await loadRaw(db.driver, queries, connections, WARMUP_SECONDS);
              const raw = await loadRaw(db.driver, queries, connections, QUERY_SECONDS);
              log(`${operation.name} c=${connections}: graphql p50 ${graphql.p50.toFixed(1)} p95 ${graphql.p95.toFixed(1)} ms, raw p50 ${raw.p50.toFixed(1)} ms`);
              results.push({ operation, queries: queries.length, connections, graphql, raw });
            }
          }
        } finally {
          child.kill('SIGTERM');
        }
        return queryRows(results);
      });
    }

    if (database && selected.has('serving')) {
      const db = database;
      await attempt('Serving under load', [
        `On the ${graphDocs.toLocaleString('en-US')}-document graph, the API server in a child process opened as \`talkgraph serve\` opens it (fail-fast ` +
          'executor, 4 requests at once per client address, 4 per core of all clients). The load comes from this process: closed loops (send, wait for the answer, send again) ' +
          `over keep-alive connections, ${SERVING_CONNECTIONS} of them bound to 25 source addresses 127.0.0.2–26 (4 each, so each client uses its whole ` +
          'share and the per-client line does not hold the load back), for ' +
          `${SERVING_SECONDS} s after a 5 s warm-up. Each loop goes in turn through search, a talk's details, a depth-2 neighborhood, related talks and the ` +
          'project–organization links of one project, then the same for the next talk and project, over 100 talks and 40 of the most mentioned projects, each loop from a place of its own and loops starting at different operations (a client\'s four at four different ones). An answer counts as an error when it is not ' +
          'HTTP 200 or carries `errors`, as a timeout after 10 s. The heaviest allowed query (the 100 heaviest links of the whole graph with 4 talks and ' +
          '4 people each, a depth-3 neighborhood of 500 of the best connected talk and its 50 related talks twice, in one request: cost about 9,800 of the 10,000 allowed) is sent by one more ' +
          'client, 127.0.0.200, 4 at once; the trivial query (one talk\'s title) by 127.0.0.201 every 200 ms, alone for 10 s and beside the heavy client ' +
          'for 20 s. Hostile documents go to the same server. The database-unreachable row uses a second API server that reaches Neo4j through a TCP relay ' +
          'in this process, then closes the relay. Last, each operation of the mix alone for 8 s, 4 at once from one client, with the CPU the Neo4j process used ' +
          'per request: which one the load waits on.',
      ], async () => {
        await ensureGraph(db);
        const { heaviestQuery, measureServing, measureUnavailable, mixedOperations, servingRows, startRelay, trivialQuery } = await import('./measure/serving');
        const { startApiChild } = await import('./measure/queries');
        const mix = await mixedOperations(db.executor);
        const heavy = await heaviestQuery(db.executor);
        const trivial = trivialQuery(String(mix[1].variables.id));
        const { url, child } = await startApiChild(db.env);
        let result;
        try {
          result = await measureServing({ url, connections: SERVING_CONNECTIONS, seconds: SERVING_SECONDS, mix, heavy, trivial, log, serverCpuSeconds: () => db.serverCpuSeconds() });
        } finally {
          child.kill('SIGTERM');
        }
        const neo4jPort = Number(db.env.TALKGRAPH_NEO4J_PORT);
        if (!db.env.NEO4J_URI && neo4jPort > 0) {
          const relay = await startRelay(neo4jPort);
          const second = await startApiChild({ ...db.env, TALKGRAPH_NEO4J_PORT: String(relay.port) });
          try {
            await relay.cut();
            result.unavailable = await measureUnavailable(second.url, trivial);
          } finally {
            second.child.kill('SIGTERM');
          }
        }
        return servingRows(result);
      });
    }

    if (database && selected.has('bad-input')) {
      const db = database;
      const { bad, good } = options.badInput ?? BAD_INPUT;
      await attempt('Bad input', [
        `\`talkgraph extract\` and \`talkgraph ingest\` (child processes under \`/usr/bin/time\`) over a seeded corpus of ${bad.toLocaleString('en-US')} malformed documents ` +
          `mixed with ${good.toLocaleString('en-US')} good ones (\`bench/corpus/bad-input.ts\`): alias bombs, deep YAML and TOML, broken YAML, TOML, UTF-8 and UTF-16, ` +
          `binary files, oversized front matter, too many aliases, up to ${SLOW_DOCUMENTS} documents of 90,000 talk headings with speaker labels, odd markdown ` +
          '(runs of emphasis, brackets, pipes, tags, nesting), hidden files, dangling links, link loops, empty files. The per-document budget is ' +
          `${BAD_INPUT_BUDGET_SECONDS} s (\`TALKGRAPH_DOCUMENT_SECONDS\`) so that the slow documents go over it; memory per worker thread is the default 512 MiB. ` +
          'A file is named when a line `path[:line]: error|warning: …` says so; a crash is an exit code other than 0 or 1 or a stack trace. The good files\' facts ' +
          '(every node source in a good file) are compared with a `talkgraph extract` of only the good files. The ingest writes into an empty database.',
      ], async () => {
        const { badInputRows, measureBadInput } = await import('./measure/bad-input');
        return badInputRows(await measureBadInput({ bad, good, slow: SLOW_DOCUMENTS, budgetSeconds: BAD_INPUT_BUDGET_SECONDS, seed }, db, log));
      });
    }

    if (database && selected.has('recovery')) {
      const db = database;
      const plan = options.recovery ?? RECOVERY;
      await attempt('Kill recovery', [
        `The ${plan.docs.toLocaleString('en-US')}-document corpus (\`talkgraph bench generate --docs ${plan.docs}\`), copied; a tenth of its files have a second ` +
          'version that adds a talk. A clean first ingest (`talkgraph ingest`, a child process) of each version into an empty database, and the graph each ' +
          `leaves, are the references. Then ${plan.first} first (bulk) ingests into an empty database and ${plan.incremental} incremental ingests ` +
          '(from one version to the other) are killed with SIGKILL at a seeded random moment within the first 90% of the clean run\'s duration: the ingest process, or, in ' +
          'every third first ingest and every other incremental one, Neo4j (started again before the next ingest). An ingest that ends before ' +
          'its moment (a run faster than the clean one) is redone, the graph set back first, with a moment drawn within that run\'s own length, up ' +
          'to four times; a round whose kill never lands counts as not recovered. Each kill is followed by a plain ' +
          '`talkgraph ingest` of the same files, whose graph is compared node by node and relationship by relationship, with all their properties ' +
          'but `ingestedAt`, with the reference.',
      ], async () => {
        const manifest = await ensureCorpus(plan.docs, seed, log);
        const { measureRecovery, recoveryRows } = await import('./measure/recovery');
        return recoveryRows(await measureRecovery(db, join(corpusDir(manifest.docs), 'docs'), plan.docs, plan, seed, log));
      });
    }
  } finally {
    await database?.close();
  }

  if (selected.has('web')) {
    await attempt('Web', [
      'The explorer\'s own canvas (`createCanvas`), `GraphController`, stylesheet and layout presets, built by Vite into a page of their own and opened ' +
        'in headless Chromium (`/usr/bin/chromium`, software rendering, an 820×818 graph: the explorer\'s in a 1440×900 window), a fresh page per round. ' +
        'The canvas is made and drawn empty when the page loads, as in the explorer; then `controller.open()` is handed, by an in-memory API, a ' +
        'talkgraph-shaped subgraph of the given size (nodes + edges, seeded per round; every node on an edge, a few events and projects as hubs, a third of the names ' +
        'Chinese), so no network or API time is counted. All times start when the API answer is in the controller\'s hands. **First render**: the ' +
        'end of the browser\'s work on the first frame (a task queued from cytoscape\'s `render` event) in which every node is drawn inside the view ' +
        'and nine in ten stand at a place of their own: not a blank canvas, not nodes stacked at the origin. **Finished layout**: the same for the ' +
        'first frame that shows the positions the force preset stopped at (its `layoutstop`). Beside it, how far a node then is from where it was ' +
        'first drawn (median, share of the view\'s diagonal) and the share of nodes drawn with their center under another node. **Zoom step**: the ' +
        'zoom-in button (`zoomBy(1.25)`) pressed on the finished view, half a second after it, to that frame painted. **Main thread busy**: the CPU ' +
        'time of the page\'s main thread over the same stretch, from a Chrome trace of the round (its tasks\' thread time): what the view cost, where ' +
        'wall-clock time also counts waiting for a core on a loaded machine. Medians of five rounds, with the range; the load average is in the header.',
      `**Links view**: the answer the API server gave the explorer's links query (\`ExplorerLinks\`, up to 2,000 links, no filter) on the ` +
        `${graphDocs.toLocaleString('en-US')}-document graph, saved by the Queries benchmark to \`${linksAnswerFile(graphDocs)}\` (the rows are left out when it is missing), ` +
        'is handed by a stubbed fetch to the explorer\'s own API client, on a page with the explorer\'s controller and matrix panel. Times start when the ' +
        'answer is in the client\'s hands. **First render**: the matrix (the default links view) built (communities, order) and painted, the canvas ' +
        'hidden behind it as on the explorer\'s page. Then "Graph": the canvas shown and the force layout run; the **zoom step** is taken on that ' +
        'laid-out graph, as above (the matrix has no zoom: it scrolls).',
    ], async () => {
      const { linksViewRows, measureLinksView, measureWeb, webRows } = await import('./measure/web');
      const rows = webRows(await measureWeb(log));
      const answer = linksAnswerFile(graphDocs);
      if (!existsSync(answer)) log(`no ${answer}: run the queries benchmark to measure the links view`);
      else rows.push(...linksViewRows(await measureLinksView(log, answer), graphDocs));
      return rows;
    });
  }

  const corpus = [...corpora.keys()].map((docs) => {
    const m = corpora.get(docs)!;
    const share = m.files.filter((f) => f.lang !== 'en').length / m.files.length;
    return `${docs.toLocaleString('en-US')} documents (seed \`${m.seed}\`): ${(m.bytes / 1e6).toFixed(1)} MB, ${(m.bytes / m.docs / 1024).toFixed(1)} KiB per document on average, ` +
      `${Math.round(share * 100)}% Chinese or mixed, ${m.talks.toLocaleString('en-US')} talks by ${m.people.toLocaleString('en-US')} speakers behind them. ` +
      `Written by \`talkgraph bench generate --docs ${docs}\`.`;
  });
  const resultsFile = options.resultsFile ?? 'bench/RESULTS.md';
  const previous = options.only ? await readFile(resultsFile, 'utf8').catch(() => undefined) : undefined;
  // `--only` rewrites its own sections (and their summary rows) in the results of the last full run.
  const text = previous
    ? replaceSections(previous, sections)
    : renderResults({
        machine: describeMachine(neo4jVersion, loadAtStart),
        date: new Date().toISOString().slice(0, 10),
        command: options.command ?? 'talkgraph bench run',
        corpus,
        sections,
      });
  await writeFile(resultsFile, text);
  log(`wrote ${options.resultsFile ?? 'bench/RESULTS.md'}`);
  return sections;
}

/** Where the Queries benchmark leaves the API's answer to the explorer's links query, for the Web benchmark. */
function linksAnswerFile(docs: number): string {
  return join(corpusDir(docs), 'links-answer.json');
}

async function ensureCorpus(docs: number, seed: string, log: (line: string) => void): Promise<CorpusManifest> {
  const dir = corpusDir(docs);
  if (!(await corpusExists(dir, docs, seed))) {
    log(`generating ${docs} documents into ${dir}`);
    await generateCorpus({ docs, out: dir, seed, log });
  }
  return JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as CorpusManifest;
}

/** A mid-corpus write-up with several talks: the kind of file someone edits. */
function pickChangedDocument(manifest: CorpusManifest): string {
  const middle = Math.floor(manifest.files.length / 2);
  const candidates = [...manifest.files.slice(middle), ...manifest.files.slice(0, middle)];
  return (candidates.find((f) => f.shape === 'bullet-list' && f.talks >= 3) ?? candidates[0]).path;
}
