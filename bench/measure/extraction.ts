// Extraction speed beside its limit: reading and parsing the same files (discovery, bytes, front matter, mdast) with
// the same worker threads, so that the ratio compares like with like.

import { readStream, threadsFor, extractDocuments, discoverDocuments } from '../../ingest';
import { fmt, type Measurement } from '../results';

export const EXTRACTION_DOCS_PER_SECOND = 2_000;
export const EXTRACTION_WITHIN_PARSING = 3;

export interface ExtractionResult {
  docs: number;
  bytes: number;
  parseSeconds: number;
  extractSeconds: number;
  /** CPU time of the whole process (all threads), a check on wall times taken on a busy machine. */
  parseCpuSeconds: number;
  extractCpuSeconds: number;
  /** Worker threads both runs used (0: the main thread alone). */
  threads: number;
  relationships: number;
  nodes: number;
}

/** Bare reading + parsing of every file, in as many threads as extraction uses: the floor under any extraction. */
async function readAndParse(dir: string): Promise<{ docs: number; bytes: number }> {
  const { files } = await discoverDocuments([dir]);
  let bytes = 0;
  let docs = 0;
  for await (const file of readStream(files)) {
    bytes += file.bytes;
    if (file.parsed) docs++;
  }
  return { docs, bytes };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

export async function measureExtraction(dir: string, warmupDir: string): Promise<ExtractionResult> {
  // Both paths run once on a small corpus first, so that neither pays for JIT compilation in the timed run.
  await readAndParse(warmupDir);
  await extractDocuments([warmupDir]);

  const parsing = await timed(() => readAndParse(dir));
  const extraction = await timed(() => extractDocuments([dir]));
  const parsed = parsing.value;
  const extracted = extraction.value;
  if (extracted.documents.length !== parsed.docs) {
    throw new Error(`extraction read ${extracted.documents.length} documents where parsing read ${parsed.docs}`);
  }
  return {
    docs: parsed.docs,
    bytes: parsed.bytes,
    parseSeconds: parsing.seconds,
    extractSeconds: extraction.seconds,
    parseCpuSeconds: parsing.cpuSeconds,
    extractCpuSeconds: extraction.cpuSeconds,
    threads: threadsFor(parsed.docs),
    nodes: extracted.graph.nodes.length,
    relationships: extracted.graph.relationships.length,
  };
}

export function extractionRows(result: ExtractionResult): Measurement[] {
  const docsPerSecond = result.docs / result.extractSeconds;
  const parsePerSecond = result.docs / result.parseSeconds;
  const slowdown = result.extractSeconds / result.parseSeconds;
  const mb = result.bytes / 1e6;
  const label = `${result.docs.toLocaleString('en-US')} docs`;
  const limit = `read + parse, ${result.threads > 0 ? `${result.threads} worker threads` : 'main thread'}`;
  return [
    {
      what: `extraction, ${label}: documents/s`,
      measured: fmt.rate(docsPerSecond, 'docs/s'),
      limit: `${fmt.rate(parsePerSecond, 'docs/s')} (${limit})`,
      target: `≥ ${EXTRACTION_DOCS_PER_SECOND.toLocaleString('en-US')} docs/s`,
      pass: docsPerSecond >= EXTRACTION_DOCS_PER_SECOND,
    },
    {
      what: `extraction, ${label}: MB/s`,
      measured: fmt.rate(mb / result.extractSeconds, 'MB/s'),
      limit: `${fmt.rate(mb / result.parseSeconds, 'MB/s')} (${limit})`,
      ratio: `${fmt.ratio(slowdown)} parsing time`,
      target: `≤ ${EXTRACTION_WITHIN_PARSING}× parsing`,
      pass: slowdown <= EXTRACTION_WITHIN_PARSING,
    },
  ];
}
