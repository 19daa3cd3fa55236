// Reading in worker threads gives what reading in one thread gives, file by file and in order, bad files included.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractStream, MIN_FILES_PER_WORKER, threadsFor, type ExtractedFile } from '../ingest/extract-stream';

async function all(files: string[], workers: number, thisThread = false): Promise<ExtractedFile[]> {
  const out: ExtractedFile[] = [];
  for await (const extracted of extractStream(files, { workers, thisThread })) out.push(extracted);
  return out;
}

// Enough files for two threads: the samples and the broken fixtures, over and over, in a fixed order.
const samples = globSync(['examples/**/*.md', 'test/fixtures/bad/*.md'], { ignore: ['**/README.md'] }).sort();
const files = Array.from({ length: Math.ceil((2 * MIN_FILES_PER_WORKER + 1) / samples.length) }, () => samples).flat();

describe('the extraction stream', () => {
  it('reads few files in this thread, many in worker threads', () => {
    expect(threadsFor(10, { workers: 2 })).toBe(0);
    expect(threadsFor(files.length, { workers: 2 })).toBe(2);
    expect(threadsFor(files.length, { workers: 1 })).toBe(0);
  });

  it('gives the same results in worker threads as in one thread, in the order of the files', async () => {
    const [inThreads, inOne] = await Promise.all([all(files, 2), all(files, 0)]);
    expect(inThreads.map((e) => e.file)).toEqual(files);
    expect(inThreads).toEqual(inOne);
  });

  it('gives the same results, in order, when this thread extracts beside a worker thread', async () => {
    const [beside, inOne] = await Promise.all([all(files, 2, true), all(files, 0)]);
    expect(beside.map((e) => e.file)).toEqual(files);
    expect(beside).toEqual(inOne);
  });

  it('reports bad files as messages with their line, also from worker threads', async () => {
    const extracted = await all(files, 2);
    const bad = extracted.filter((e) => 'reason' in e.extraction).map((e) => e.extraction);
    expect(bad.length).toBeGreaterThan(0);
    expect(bad).toContainEqual(expect.objectContaining({ path: 'test/fixtures/bad/invalid-utf8.md', line: 6, reason: 'not valid UTF-8 text' }));
    expect(bad).toContainEqual(expect.objectContaining({ path: 'test/fixtures/bad/broken-toml-front-matter.md', line: 4 }));
    expect(extracted.some((e) => e.file === 'test/fixtures/bad/good-neighbour.md' && 'document' in e.extraction)).toBe(true);
  });

  it('stops its threads when the reader stops early', async () => {
    for await (const extracted of extractStream(files, { workers: 2 })) {
      expect(extracted.file).toBe(files[0]);
      break;
    }
  });
});

describe('a document over its budget', () => {
  afterEach(() => vi.unstubAllEnvs());

  // A talk table of 20,000 rows: several seconds of extraction, far over a budget of one second.
  const slowTable = (): string =>
    ['# KCD Agenda 2024', '', '| Time | Talk | Speaker |', '| --- | --- | --- |', ...Array.from({ length: 20_000 }, (_, i) => `| 10:${i % 60} | Scaling gateway number ${i} | Jane Doe${i} (Acme) |`)].join('\n');

  it('is ended and reported, and the files around it come out as they would alone, in order', { timeout: 60_000 }, async () => {
    vi.stubEnv('TALKGRAPH_DOCUMENT_SECONDS', '1');
    const dir = mkdtempSync(join(tmpdir(), 'talkgraph-budget-'));
    try {
      const slow = join(dir, 'slow.md');
      writeFileSync(slow, slowTable());
      const around = ['examples/meetups/hangzhou-2023.md', slow, 'examples/tables/kcd-beijing-2024.md'];
      const started = performance.now();
      const extracted = await all(around, 0);
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(extracted.map((e) => e.file)).toEqual(around);
      expect(extracted[1].extraction).toEqual({ path: slow, line: 1, severity: 'error', reason: expect.stringMatching(/took longer than 1 s/) });
      const alone = await all([around[0], around[2]], 0);
      expect([extracted[0], extracted[2]]).toEqual(alone);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is ended when it needs more memory than a document may take', { timeout: 60_000 }, async () => {
    vi.stubEnv('TALKGRAPH_WORKER_MEMORY_MB', '64');
    const dir = mkdtempSync(join(tmpdir(), 'talkgraph-budget-'));
    try {
      const big = join(dir, 'big.md');
      writeFileSync(big, slowTable());
      const extracted = await all([big, 'examples/meetups/hangzhou-2023.md'], 0);
      expect(extracted[0].extraction).toEqual({ path: big, line: 1, severity: 'error', reason: expect.stringMatching(/more than 64 MiB of memory/) });
      expect('document' in extracted[1].extraction).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
