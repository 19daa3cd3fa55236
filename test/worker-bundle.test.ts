// Worker threads start from one prebuilt bundle of the extraction, kept beside its manifest of the sources it was built from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerScript } from '../ingest/parallel/worker-bundle';

describe('the worker bundle', () => {
  it('is one JavaScript file, the same for every pool a process starts', async () => {
    const script = await workerScript();
    expect(script.pathname).toMatch(/extraction-worker-[0-9a-f]{8}-[0-9a-f]{16}\.mjs$/);
    expect(await workerScript()).toBe(script);
  });

  it('lists every source it was built from, so that a changed source rebuilds it', async () => {
    const file = fileURLToPath(await workerScript());
    const manifest = JSON.parse(readFileSync(file.replace(/-[0-9a-f]{16}\.mjs$/, '.json'), 'utf8')) as { inputs: string[] };
    const sources = manifest.inputs.map((input) => path.relative(process.cwd(), input));
    expect(sources).toEqual(expect.arrayContaining(['ingest/parallel/extraction-worker.ts', 'ingest/gazetteer/catalog.ts', 'ingest/extract/people.ts', 'ingest/read/document.ts']));
    expect(sources.some((source) => source.includes('node_modules'))).toBe(false);
  });
});
