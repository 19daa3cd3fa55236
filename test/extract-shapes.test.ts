// One fixture folder per document shape: input.md and the talks a reader sees in it (expected.json).
// UPDATE=1 writes the expected files (a new fixture's first, or all after a reader change); review their diff like
// code. Without it a missing expected.json fails: a fixture nobody reviewed is no test.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../ingest/pipeline';
import type { DocumentGraph } from '../graph/model';

const root = path.join(import.meta.dirname, 'fixtures', 'extract');

/** What a reader checks: each talk's titles, speakers with organizations, event, projects, topics. */
export function readable(document: DocumentGraph): unknown {
  const { nodes, relationships } = document.graph;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const name = (id: string): string => String(byId.get(id)?.properties.name ?? id);
  const related = (type: string, from: string): string[] =>
    relationships.filter((r) => r.type === type && r.start === from).map((r) => name(r.end)).sort();
  return nodes
    .filter((n) => n.label === 'Talk')
    .sort((a, b) => a.sources[0].line - b.sources[0].line)
    .map((talk) => ({
      line: talk.sources[0].line,
      title: talk.properties.title,
      ...(Array.isArray(talk.properties.altTitles) && talk.properties.altTitles.length > 0 ? { altTitles: talk.properties.altTitles } : {}),
      ...(talk.properties.kind !== 'talk' ? { kind: talk.properties.kind } : {}),
      ...(talk.properties.day ? { day: talk.properties.day, time: talk.properties.time } : {}),
      speakers: relationships
        .filter((r) => r.type === 'PRESENTED' && r.end === talk.id)
        .map((r) => {
          const orgs = relationships
            .filter((a) => a.type === 'AFFILIATED_WITH' && a.start === r.start && (a.properties.talks as string[]).includes(talk.id))
            .map((a) => name(a.end));
          return orgs.length > 0 ? `${name(r.start)} (${orgs.join(', ')})` : name(r.start);
        }),
      event: related('PART_OF', talk.id)[0] ?? null,
      projects: related('MENTIONS', talk.id),
      topics: related('ABOUT', talk.id),
    }));
}

describe('document shapes', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = path.join(root, name);
    const input = readdirSync(folder).find((f) => f.startsWith('input.'));
    if (!input) continue;
    it(name, async () => {
      const result = await extractFile(path.join(folder, input));
      if ('reason' in result) throw new Error(`${result.path}: ${result.reason}`);
      const actual = readable(result.document);
      const expectedFile = path.join(folder, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing: run UPDATE=1 npx vitest run test/extract-shapes.test.ts and review it`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
