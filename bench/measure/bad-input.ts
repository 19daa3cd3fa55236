// "Bad input": `talkgraph extract` and `talkgraph ingest` over hostile documents mixed with good ones, as a user runs
// them. Exit code, every broken file named once, crashes, wall time and peak memory (/usr/bin/time), and the good
// files' facts against a run of only the good files.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeBadInputCorpus, type BadInputCorpus } from '../corpus/bad-input';
import type { BenchDatabase } from '../database';
import { loadAverage, type Measurement } from '../results';

const CLI = path.join(import.meta.dirname, '..', '..', 'cli', 'talkgraph.js');
export const PEAK_MIB = 1024;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
  peakMiB: number;
  load: string;
}

function talkgraph(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile('/usr/bin/time', ['-f', 'PEAK_KB %M', process.execPath, CLI, ...args], { env, maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
      const peak = Number(/PEAK_KB (\d+)/.exec(stderr)?.[1] ?? 0);
      const seconds = (performance.now() - started) / 1000;
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, seconds, peakMiB: peak / 1024, load: loadAverage() });
    });
  });
}

export interface RunVerdict {
  command: string;
  run: Run;
  crashed: boolean;
  brokenOnce: number;
  passedOverOnce: number;
}

export interface BadInputResult {
  documents: number;
  corpus: { good: number; broken: number; odd: number; passedOver: number; slow: number };
  budgetSeconds: number;
  extract: RunVerdict;
  goodAlone: Run;
  identical: boolean;
  ingest?: RunVerdict & { documentsInGraph: number; goodInGraph: number; brokenInGraph: number };
}

function verdict(command: string, run: Run, corpus: BadInputCorpus): RunVerdict {
  const named = new Map<string, number>();
  for (const line of run.stderr.split('\n')) {
    const match = /^(.*?):(?:\d+:)? (error|warning): /.exec(line);
    if (match) named.set(match[1], (named.get(match[1]) ?? 0) + 1);
  }
  return {
    command,
    run,
    crashed: /RangeError|TypeError|out of memory|FATAL|\n\s+at /i.test(run.stderr) || (run.code !== 0 && run.code !== 1),
    brokenOnce: [...corpus.broken.keys()].filter((file) => named.get(file) === 1).length,
    passedOverOnce: corpus.passedOver.filter((file) => named.get(file) === 1).length,
  };
}

/** Every node a good file states, with its sources in good files only, one string per node: the facts the good files give. */
function goodFacts(stdout: string, good: Set<string>): string[] {
  const graph = JSON.parse(stdout) as { nodes: { sources: string[] }[] };
  return graph.nodes
    .flatMap((node) => {
      const sources = node.sources.filter((source) => good.has(source.slice(0, source.lastIndexOf(':'))));
      return sources.length > 0 ? [JSON.stringify({ ...node, sources })] : [];
    })
    .sort();
}

function sameFacts(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((fact, n) => fact === b[n]);
}

export async function measureBadInput(
  options: { bad: number; good: number; slow: number; budgetSeconds: number; seed: string },
  db: BenchDatabase | undefined,
  log: (line: string) => void,
): Promise<BadInputResult> {
  const root = mkdtempSync(path.join(tmpdir(), 'talkgraph-bad-input-'));
  const documents = options.bad + options.good;
  const env = { ...(db?.env ?? process.env), TALKGRAPH_DOCUMENT_SECONDS: String(options.budgetSeconds) };
  try {
    const folder = path.join(root, 'corpus');
    const corpus = writeBadInputCorpus(folder, { seed: options.seed, documents, slow: options.slow, goodShare: options.good / documents });
    const slow = [...corpus.broken.values()].filter((reason) => reason.source.includes('took longer')).length;
    log(`bad input: ${corpus.good.length} good, ${corpus.broken.size} unreadable (${slow} slow), ${corpus.odd.length} odd, ${corpus.passedOver.length} passed over`);
    const extract = verdict('talkgraph extract', await talkgraph(['extract', '--compact', folder], env), corpus);
    log(`bad input: extract exit ${extract.run.code} in ${extract.run.seconds.toFixed(1)} s, peak ${extract.run.peakMiB.toFixed(0)} MiB`);
    const goodAlone = await talkgraph(['extract', '--compact', ...corpus.good], env);
    const good = new Set(corpus.good);
    const identical = extract.run.stdout.trim() !== '' && sameFacts(goodFacts(extract.run.stdout, good), goodFacts(goodAlone.stdout, good));
    extract.run.stdout = '';
    const result: BadInputResult = {
      documents,
      corpus: { good: corpus.good.length, broken: corpus.broken.size, odd: corpus.odd.length, passedOver: corpus.passedOver.length, slow },
      budgetSeconds: options.budgetSeconds,
      extract,
      goodAlone: { ...goodAlone, stdout: '' },
      identical,
    };
    if (db) {
      await db.clear();
      const ingest = verdict('talkgraph ingest', await talkgraph(['ingest', folder], env), corpus);
      log(`bad input: ingest exit ${ingest.run.code} in ${ingest.run.seconds.toFixed(1)} s, peak ${ingest.run.peakMiB.toFixed(0)} MiB`);
      const paths = new Set((await db.executor.read<{ path: string }>('MATCH (d:Document) RETURN d.path AS path')).map((row) => row.path));
      result.ingest = {
        ...ingest,
        documentsInGraph: paths.size,
        goodInGraph: corpus.good.filter((file) => paths.has(file)).length,
        brokenInGraph: [...corpus.broken.keys()].filter((file) => paths.has(file)).length,
      };
    }
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function badInputRows(result: BadInputResult): Measurement[] {
  const { corpus } = result;
  const rows: Measurement[] = [
    {
      what: 'Documents',
      measured: `${result.documents.toLocaleString('en-US')}: ${corpus.good} good, ${corpus.broken} unreadable (${corpus.slow} of them over the ${result.budgetSeconds} s budget), ${corpus.odd} odd, ${corpus.passedOver} passed over`,
    },
  ];
  for (const run of [result.extract, ...(result.ingest ? [result.ingest] : [])]) {
    const named = run.brokenOnce + run.passedOverOnce;
    const bad = corpus.broken + corpus.passedOver;
    rows.push(
      { what: `\`${run.command}\`: exit code`, measured: String(run.run.code), target: '1', pass: run.run.code === 1 },
      { what: `\`${run.command}\`: crashes`, measured: run.crashed ? 'yes' : '0', target: '0', pass: !run.crashed },
      { what: `\`${run.command}\`: unreadable and passed-over files named exactly once`, measured: `${named} of ${bad}`, target: `${bad} of ${bad}`, pass: named === bad },
      {
        what: `\`${run.command}\`: peak memory (whole process, threads included)`,
        measured: `${run.run.peakMiB.toFixed(0)} MiB`,
        target: `< ${PEAK_MIB} MiB`,
        pass: run.run.peakMiB > 0 && run.run.peakMiB < PEAK_MIB,
      },
      { what: `\`${run.command}\`: wall time`, measured: `${run.run.seconds.toFixed(1)} s (load ${run.run.load} at its end)` },
    );
  }
  rows.push(
    { what: "Good files' facts identical to extracting only them", measured: result.identical ? 'yes' : 'no', target: 'yes', pass: result.identical },
    { what: 'The good files alone (`talkgraph extract`)', measured: `${result.goodAlone.seconds.toFixed(1)} s, ${result.goodAlone.peakMiB.toFixed(0)} MiB` },
  );
  if (result.ingest) {
    const { ingest } = result;
    const ok = ingest.goodInGraph === corpus.good && ingest.brokenInGraph === 0;
    rows.push({
      what: '`talkgraph ingest`: documents in the graph',
      measured: `${ingest.documentsInGraph}, of which ${ingest.goodInGraph} of ${corpus.good} good files and ${ingest.brokenInGraph} unreadable ones`,
      target: `every good file, no unreadable one`,
      pass: ok,
    });
  }
  return rows;
}
