// Corrections files: what a user writes, what the extracted graph shows for it, and what a mistake in the file says.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../ingest/corrections/parse';
import { extractDocuments, type ExtractResult } from '../ingest/pipeline';
import type { DocumentGraph, GraphNode } from '../graph/model';
import { applyCorrections, CompiledCorrections, entityKey } from '../ingest/corrections/apply';

const corpus = 'test/fixtures/corrections/corpus';
const correctionsFile = 'test/fixtures/corrections/corrections.yml';

const people = (result: ExtractResult): Map<string, GraphNode> => new Map(result.graph.nodes.filter((n) => n.label === 'Person').map((n) => [n.id, n]));
const speakersOf = (result: ExtractResult, title: string): string[] => {
  const talk = result.graph.nodes.find((n) => n.label === 'Talk' && n.properties.title === title);
  const names = new Map(result.graph.nodes.map((n) => [n.id, String(n.properties.name)]));
  return result.graph.relationships.filter((r) => r.type === 'PRESENTED' && r.end === talk?.id).map((r) => names.get(r.start)!).sort();
};
const organizationOf = (result: ExtractResult, person: string, title: string): string[] => {
  const talk = result.graph.nodes.find((n) => n.label === 'Talk' && n.properties.title === title)!;
  const names = new Map(result.graph.nodes.map((n) => [n.id, String(n.properties.name)]));
  return result.graph.relationships
    .filter((r) => r.type === 'AFFILIATED_WITH' && r.start === person && (r.properties.talks as string[]).includes(talk.id))
    .map((r) => names.get(r.end)!);
};

describe('a corrections file applied by extract', async () => {
  const before = await extractDocuments([corpus], { corrections: undefined, workers: 0 });
  const after = await extractDocuments([corpus], { corrections: correctionsFile, workers: 0 });

  it('merges a Chinese name into its English one, and an organization into its canonical name', () => {
    expect(people(before).has('Person:董天欣')).toBe(true);
    expect(people(after).has('Person:董天欣')).toBe(false);
    expect(people(after).get('Person:dong-tianxin')?.properties.aliases).toContain('董天欣');
    const orgs = after.graph.nodes.filter((n) => n.label === 'Organization').map((n) => n.properties.name);
    expect(orgs).not.toContain('Northwind 北风科技');
    expect(organizationOf(after, 'Person:李晓明', '多集群调度的演进')).toEqual(['Northwind Systems']);
  });

  it('keeps apart two people a document would join', () => {
    expect(people(before).has('Person:王磊')).toBe(false);
    expect(people(after).has('Person:王磊')).toBe(true);
  });

  it('renames, fixes credits and drops what is not a talk, naming the correction that did it', () => {
    const omar = people(after).get('Person:haddad-omar')!;
    expect(omar.properties.name).toBe('Omar K. Haddad');
    expect(omar.properties.corrections).toEqual(['rename person "Omar Haddad" to "Omar K. Haddad"']);
    expect(speakersOf(before, 'Golden Paths Without the Gold Plating')).toEqual(['Mara Lindqvist']);
    expect(speakersOf(after, 'Golden Paths Without the Gold Plating')).toEqual(['Mara Lindqvist', 'Priya Raman']);
    expect(organizationOf(after, 'Person:priya-raman', 'Golden Paths Without the Gold Plating')).toEqual(['Northwind Systems']);
    expect(organizationOf(before, 'Person:lindqvist-mara', 'Golden Paths Without the Gold Plating')).toEqual(['Northwind Systems']);
    expect(organizationOf(after, 'Person:lindqvist-mara', 'Golden Paths Without the Gold Plating')).toEqual(['Contoso']);
    expect(speakersOf(before, 'Self-Service Databases on Kubernetes')).toEqual(['Lee Park', 'Tianxin Dong']);
    expect(speakersOf(after, 'Self-Service Databases on Kubernetes')).toEqual(['Tianxin Dong']);
    const titles = (r: ExtractResult) => r.graph.nodes.filter((n) => n.label === 'Talk').map((n) => n.properties.title);
    expect(titles(before)).toContain('Sponsor Demo: The Northwind Developer Portal');
    expect(titles(after)).not.toContain('Sponsor Demo: The Northwind Developer Portal');
    // Its speaker spoke at nothing else: no one is left hanging.
    expect(people(after).has('Person:brandt-helena')).toBe(false);
    expect(people(after).has('Person:lee-park')).toBe(false);
  });

  it('records every correction of the file in the graph it changed (file → graph → file)', () => {
    const parsed = parseCorrections(correctionsFile, readFileSync(correctionsFile, 'utf8'));
    const inGraph = new Set(after.documents.flatMap((d) => d.document.corrections ?? []));
    // not-same changes nothing by itself: it stops a merge, which the test above shows.
    const changing = parsed.corrections.filter((c) => c.correction.kind !== 'not-same').map((c) => c.id);
    expect([...inGraph].sort()).toEqual(changing.sort());
    expect(before.documents.some((d) => d.document.corrections)).toBe(false);
    expect(after.messages).toEqual([]);
  });

  it('gives the corrected documents another fingerprint, so that ingest derives them again', () => {
    expect(after.documents[0].document.extractor).toMatch(new RegExp(`^${before.documents[0].document.extractor}\\+[0-9a-f]{12}$`));
  });
});

describe('an event under another name', () => {
  it('moves its talks with it, whose keys hold the event key', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-event-'));
    const file = path.join(folder, 'events.yml');
    writeFileSync(file, 'same-as:\n  - event: Cloud Native Community Meetup Shenzhen 2025\n    names: [云原生社区 Meetup 深圳站 2025]\n');
    const result = await extractDocuments([corpus], { corrections: file, workers: 0 });
    rmSync(folder, { recursive: true, force: true });
    const events = result.graph.nodes.filter((n) => n.label === 'Event').map((n) => n.id);
    expect(events).toContain('Event:cloud-native-community-meetup-shenzhen-2025');
    expect(events).not.toContain('Event:云原生社区-meetup-shenzhen-2025');
    const talk = 'Talk:边缘集群的可观测性@cloud-native-community-meetup-shenzhen-2025';
    expect(result.graph.relationships.filter((r) => r.start === talk).map((r) => `${r.type} ${r.end}`)).toContain('PART_OF Event:cloud-native-community-meetup-shenzhen-2025');
    expect(result.messages).toEqual([]);
  });
});

describe('a corrections file with mistakes', () => {
  it('changes nothing: extract refuses the run and says where', async () => {
    const result = await extractDocuments([corpus], { corrections: 'test/fixtures/corrections/malformed.yml', workers: 0 });
    expect(result.graph.nodes).toEqual([]);
    expect(result.failed).toEqual(['test/fixtures/corrections/malformed.yml']);
    expect(result.messages.map((m) => `${m.line}: ${m.reason}`)).toEqual(['4: same-as: unknown key "name" (expected: person, organization, project, event, names)']);
  });

  it('warns about a name that matches nothing in the documents, at its line', async () => {
    const result = await extractDocuments([corpus], { corrections: 'test/fixtures/corrections/unmatched.yml', workers: 0 });
    expect(result.messages.map((m) => `${m.line}: ${m.severity}: ${m.reason}`)).toEqual([
      '2: warning: rename person "Nobody Here" to "Somebody": person "Nobody Here" matches nothing in the documents',
    ]);
    expect(result.graph.nodes.length).toBeGreaterThan(0);
  });
});

describe('a correction that makes many entities of one document one', () => {
  it('keeps every alias, place and credit of each once', () => {
    const spellings = Array.from({ length: 300 }, (_, n) => `Northwind Unit ${n}`);
    const { corrections } = parseCorrections('many.yml', `same-as:\n  - organization: Northwind Systems\n    names: [${spellings.join(', ')}]\n`);
    const source = (line: number) => ({ path: 'notes.md', line });
    const document: DocumentGraph = {
      document: { path: 'notes.md', title: 'notes', ingestedAt: '2026-12-05T00:00:00.000Z', extractor: 'test', sha256: '0', lang: 'en' } as DocumentGraph['document'],
      graph: {
        nodes: [
          ...spellings.map((name, n) => ({ id: `Organization:${entityKey('Organization', name)}`, label: 'Organization' as const, key: entityKey('Organization', name), properties: { name, aliases: [] }, sources: [source(n + 1)] })),
          { id: 'Person:ada-lovelace', label: 'Person' as const, key: 'ada-lovelace', properties: { name: 'Ada Lovelace', aliases: [] }, sources: [source(1)] },
        ],
        // Ada is credited with each spelling, on the same talk every time.
        relationships: spellings.map((name, n) => ({
          type: 'AFFILIATED_WITH' as const,
          start: 'Person:ada-lovelace',
          end: `Organization:${entityKey('Organization', name)}`,
          properties: { talks: ['Talk:t'] },
          sources: [source(n + 1)],
        })),
      },
    };
    const { document: corrected } = applyCorrections(document, new CompiledCorrections(corrections));
    const organizations = corrected.graph.nodes.filter((node) => node.label === 'Organization');
    expect(organizations).toHaveLength(1);
    expect(organizations[0].properties.name).toBe('Northwind Systems');
    expect(new Set(organizations[0].properties.aliases as string[])).toEqual(new Set(spellings));
    expect(organizations[0].sources).toHaveLength(300);
    const credits = corrected.graph.relationships.filter((rel) => rel.type === 'AFFILIATED_WITH');
    expect(credits).toHaveLength(1);
    expect(credits[0].properties.talks).toEqual(['Talk:t']);
    expect(credits[0].sources).toHaveLength(300);
  });
});
