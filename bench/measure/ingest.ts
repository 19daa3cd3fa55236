// Whole ingests in child processes (peak memory at two corpus sizes) and the re-ingest of one changed document.

import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { ingestDocuments } from '../../ingest';
import type { Executor } from '../../db/executor';
import { fmt, type Measurement } from '../results';

export const MEMORY_GROWTH_LIMIT = 2;
export const REINGEST_SECONDS = 0.5;

export interface ChildIngest {
  docs: number;
  seconds: number;
  maxRssBytes: number;
  written: number;
}

export async function ingestInChild(dir: string, docs: number, env: NodeJS.ProcessEnv): Promise<ChildIngest> {
  const output = await runChild(process.execPath, ['--import', 'tsx', 'bench/child/ingest.ts', dir], env);
  const line = output.trim().split('\n').pop() ?? '';
  const parsed = JSON.parse(line) as { seconds: number; maxRssBytes: number; written: number; failed: number };
  if (parsed.failed > 0) throw new Error(`ingest of ${dir} failed for ${parsed.failed} files`);
  return { docs, seconds: parsed.seconds, maxRssBytes: parsed.maxRssBytes, written: parsed.written };
}

function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${err.slice(-2000)}`))));
  });
}

export interface ReingestResult {
  corpusDocs: number;
  file: string;
  runs: number[];
  cliSeconds?: number;
  /** The whole corpus folder ingested with only that file changed: every other file is hashed and skipped. */
  folderSeconds?: number;
}

/**
 * Changes one document of an ingested corpus (a talk's speaker gets a new affiliation line and a note), ingests it
 * through the same function `talkgraph ingest` calls, then puts it back. The median of several rounds is reported.
 */
export async function measureReingest(
  executor: Executor,
  file: string,
  folder: string,
  corpusDocs: number,
  env: NodeJS.ProcessEnv,
): Promise<ReingestResult> {
  const original = await readFile(file, 'utf8');
  const changed = `${original.trimEnd()}\n\n- Added later: Lessons Learned Running Kubernetes in Production — Ada Lovelace-Benchmark (Example Corp)\n`;
  const runs: number[] = [];
  let cliSeconds: number | undefined;
  let folderSeconds: number | undefined;
  try {
    for (let round = 0; round < 6; round++) {
      await writeFile(file, round % 2 === 0 ? changed : original);
      const started = performance.now();
      const summary = await ingestDocuments(executor, [file]);
      runs.push((performance.now() - started) / 1000);
      if (summary.written !== 1) throw new Error(`re-ingest of ${file} wrote ${summary.written} documents, not 1`);
    }
    // The same through the CLI, as a user runs it: includes Node start-up and loading talkgraph's modules.
    await writeFile(file, changed);
    let started = performance.now();
    await runChild(process.execPath, ['cli/talkgraph.js', 'ingest', file], env).catch(() => undefined);
    cliSeconds = (performance.now() - started) / 1000;
    // And the folder it is in, as someone re-running the same command over their notes does.
    await writeFile(file, original);
    started = performance.now();
    const summary = await ingestDocuments(executor, [folder]);
    folderSeconds = (performance.now() - started) / 1000;
    if (summary.written !== 1) throw new Error(`re-ingest of ${folder} wrote ${summary.written} documents, not 1`);
  } finally {
    await writeFile(file, original);
    await ingestDocuments(executor, [file]);
  }
  return { corpusDocs, file, runs, cliSeconds, folderSeconds };
}

export function memoryRows(small: ChildIngest, large: ChildIngest): Measurement[] {
  const growth = large.maxRssBytes / small.maxRssBytes;
  const row = (c: ChildIngest): Measurement => ({
    what: `ingest ${c.docs.toLocaleString('en-US')} docs (child process, empty database)`,
    measured: `peak RSS ${fmt.mib(c.maxRssBytes)}, ${c.seconds.toFixed(1)} s, ${fmt.rate(c.docs / c.seconds, 'docs/s')}`,
  });
  return [
    row(small),
    row(large),
    {
      what: `ingest memory at ${large.docs.toLocaleString('en-US')} vs ${small.docs.toLocaleString('en-US')} docs`,
      measured: fmt.mib(large.maxRssBytes),
      limit: `${fmt.mib(small.maxRssBytes)} at ${small.docs.toLocaleString('en-US')} docs`,
      ratio: fmt.ratio(growth),
      target: `< ${MEMORY_GROWTH_LIMIT}× the 1k figure`,
      pass: growth < MEMORY_GROWTH_LIMIT,
    },
  ];
}

export function reingestRows(result: ReingestResult): Measurement[] {
  const sorted = [...result.runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const rows: Measurement[] = [
    {
      what: `re-ingest of one changed document in the ${result.corpusDocs.toLocaleString('en-US')}-doc graph (ingestDocuments, median of ${sorted.length})`,
      measured: fmt.ms(median * 1000),
      limit: `min ${fmt.ms(sorted[0] * 1000)}, max ${fmt.ms(sorted[sorted.length - 1] * 1000)}`,
      target: `< ${REINGEST_SECONDS * 1000} ms`,
      pass: median < REINGEST_SECONDS,
    },
  ];
  if (result.cliSeconds !== undefined) {
    rows.push({ what: '`talkgraph ingest FILE` for the same change, wall clock (includes Node and module start-up)', measured: fmt.ms(result.cliSeconds * 1000) });
  }
  if (result.folderSeconds !== undefined) {
    rows.push({
      what: `ingest of the whole ${result.corpusDocs.toLocaleString('en-US')}-document folder with that one file changed (the others hashed and skipped)`,
      measured: fmt.ms(result.folderSeconds * 1000),
    });
  }
  return rows;
}
