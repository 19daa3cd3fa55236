// What a speaker's title says they work on is theirs; a job word that is also some project's name is the job.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { extractDocuments } from '../ingest';

const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-titles-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('reads "Senior Architect at QingCloud" and "Architect of Globex" as jobs, while "maintains Fluent Bit" beside it still names the project', async () => {
  writeFileSync(
    path.join(folder, 'session.md'),
    [
      '# KubeCon North America 2023',
      '',
      '## Logging pipelines at scale',
      '',
      'How we route logs for many tenants.',
      '',
      '### Speakers',
      '',
      '**Jane Doe - Senior Architect at QingCloud Technologies**',
      '',
      'Jane maintains Fluent Bit and speaks about logging.',
      '',
      '**John Roe - Architect of Globex**',
      '',
    ].join('\n'),
  );
  const { graph } = await extractDocuments([folder]);
  const mentioned = graph.relationships.filter((r) => r.type === 'MENTIONS').map((r) => r.end);
  expect(mentioned).toEqual(['Project:fluentbit']);
  expect(graph.nodes.filter((n) => n.label === 'Project').map((n) => n.properties.name)).toEqual(['Fluent Bit']);
});
