// Seeded fuzzing of a whole extraction run: hundreds of broken, hostile and odd documents mixed with good ones. No
// crash, every broken file named once, and each good file extracted exactly as it is alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeBadInputCorpus } from '../bench/corpus/bad-input';
import { extractDocuments } from '../ingest/pipeline';

const root = mkdtempSync(path.join(tmpdir(), 'talkgraph-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a run over broken, hostile and odd documents mixed with good ones', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('never crashes, names every broken file once, and extracts each good file as it would alone', { timeout: 240_000 }, async () => {
    // A budget of one second: the slow documents among them go far over it.
    vi.stubEnv('TALKGRAPH_DOCUMENT_SECONDS', '1');
    const { good, broken, passedOver } = writeBadInputCorpus(root, { seed: 20261205, documents: 360, slow: 4 });

    const result = await extractDocuments([root]);

    for (const [file, reason] of broken) {
      const said = result.messages.filter((m) => m.path === file);
      expect(said, file).toEqual([expect.objectContaining({ severity: 'error', reason: expect.stringMatching(reason) })]);
    }
    expect(new Set(result.failed)).toEqual(new Set(broken.keys()));
    for (const file of passedOver) expect(result.messages.filter((m) => m.path === file && m.severity === 'warning'), file).toHaveLength(1);

    const extracted = new Map(result.documents.map((document) => [document.document.path, document]));
    expect(good.length).toBeGreaterThan(100);
    for (const file of good) {
      const alone = await extractDocuments([file]);
      expect(extracted.get(file), file).toEqual(alone.documents[0]);
    }
  });
});
