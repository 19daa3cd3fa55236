// Extraction speed beside its limit: reading and parsing the same files (discovery, bytes, front matter, mdast).

import { readFile } from 'node:fs/promises';
import { extractDocuments } from '../../ingest/pipeline';
import { isMessage, parseDocument } from '../../ingest/read/document';
import { discoverDocuments } from '../../ingest/read/discover';
import { fmt, type Measurement } from '../results';

export const EXTRACTION_DOCS_PER_SECOND = 2_000;
export const EXTRACTION_WITHIN_PARSING = 3;

export interface ExtractionResult {
  docs: number;
  bytes: number;
  parseSeconds: number;
  extractSeconds: number;
  relationships: number;
  nodes: number;
}

/** Bare reading + parsing of every file: the floor under any extraction. */
async function readAndParse(dir: string): Promise<{ docs: number; bytes: number }> {
  const { files } = await discoverDocuments([dir]);
  let bytes = 0;
  let docs = 0;
  for (const file of files) {
    const content = await readFile(file);
    bytes += content.length;
    if (!isMessage(parseDocument(file, content))) docs++;
  }
  return { docs, bytes };
}

export async function measureExtraction(dir: string, warmupDir: string): Promise<ExtractionResult> {
  // Both paths run once on a small corpus first, so that neither pays for JIT compilation in the timed run.
  await readAndParse(warmupDir);
  await extractDocuments([warmupDir]);

  let started = performance.now();
  const parsed = await readAndParse(dir);
  const parseSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const extracted = await extractDocuments([dir]);
  const extractSeconds = (performance.now() - started) / 1000;
  if (extracted.documents.length !== parsed.docs) {
    throw new Error(`extraction read ${extracted.documents.length} documents where parsing read ${parsed.docs}`);
  }
  return {
    docs: parsed.docs,
    bytes: parsed.bytes,
    parseSeconds,
    extractSeconds,
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
  return [
    {
      what: `extraction, ${label}: documents/s`,
      measured: fmt.rate(docsPerSecond, 'docs/s'),
      limit: `${fmt.rate(parsePerSecond, 'docs/s')} (read + parse)`,
      target: `≥ ${EXTRACTION_DOCS_PER_SECOND.toLocaleString('en-US')} docs/s`,
      pass: docsPerSecond >= EXTRACTION_DOCS_PER_SECOND,
    },
    {
      what: `extraction, ${label}: MB/s`,
      measured: fmt.rate(mb / result.extractSeconds, 'MB/s'),
      limit: `${fmt.rate(mb / result.parseSeconds, 'MB/s')} (read + parse)`,
      ratio: `${fmt.ratio(slowdown)} parsing time`,
      target: `≤ ${EXTRACTION_WITHIN_PARSING}× parsing`,
      pass: slowdown <= EXTRACTION_WITHIN_PARSING,
    },
  ];
}
