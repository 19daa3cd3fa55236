import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../ingest/pipeline';

const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-aliases-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('one person across documents and languages', () => {
  it('merges a Chinese name into the romanized one when any document gives both', async () => {
    writeFileSync(path.join(folder, 'list.md'), '- Fluent Operator 实践 —— 霍秉杰（Benjamin Huo）, QingCloud\n');
    writeFileSync(path.join(folder, 'meetup.md'), '## 日志管道\n\n讲师：霍秉杰，青云科技 架构师\n');
    writeFileSync(path.join(folder, 'notes.md'), '### Logging at Scale - Huo Benjamin, QingCloud\n');
    writeFileSync(path.join(folder, 'other.md'), '### Logging Elsewhere - Wei Huo, Acme Corp\n');
    const { graph } = await extractDocuments([folder]);
    const people = graph.nodes.filter((n) => n.label === 'Person');
    expect(people.map((p) => p.id).sort()).toEqual(['Person:benjamin-huo', 'Person:huo-wei']);
    const huo = people.find((p) => p.id === 'Person:benjamin-huo')!;
    expect(huo.properties.aliases).toEqual(expect.arrayContaining(['霍秉杰', 'Huo Benjamin']));
    expect(graph.relationships.filter((r) => r.type === 'PRESENTED' && r.start === huo.id)).toHaveLength(3);
  });
});
