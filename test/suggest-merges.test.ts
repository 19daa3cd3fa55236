// Duplicate suggestions on the sample corpus: the Chinese and English names of one person come first, and
// accepting the suggestions leaves no person or organization twice.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addCorrections } from '../ingest/corrections/edit';
import { mergeCandidates, pinyinName, sameAsOf, suggestMerges, type MergeCandidate } from '../ingest/corrections/suggest';
import type { Graph } from '../graph/model';
import { extractDocuments } from '../ingest/pipeline';
import { foldName, personKey } from '../ingest/resolve/keys';

const gold = JSON.parse(readFileSync('test/gold/examples-gold.json', 'utf8')) as { aliases: Record<string, Record<string, string[]>> };
const HAN = /\p{Script=Han}/u;
const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-suggest-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The annotated person each name stands for, by the key people are merged by. */
const goldPerson = new Map<string, string>();
for (const [canonical, names] of Object.entries(gold.aliases.person)) for (const name of [canonical, ...names]) goldPerson.set(personKey(name), canonical);

/** Annotated people and organizations that are more than one node. */
function duplicates(graph: Graph): string[] {
  const seen = new Map<string, number>();
  for (const node of graph.nodes) {
    if (node.label !== 'Person' && node.label !== 'Organization') continue;
    const names = [String(node.properties.name), ...((node.properties.aliases as string[]) ?? [])];
    const person = node.label === 'Person' ? names.map((n) => goldPerson.get(personKey(n))).find(Boolean) : undefined;
    const key = `${node.label}:${person ?? foldName(names[0])}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([key]) => key);
}

describe('suggest-merges on the sample corpus', async () => {
  const result = await extractDocuments(['examples'], { workers: 0 });
  const suggestions = suggestMerges(mergeCandidates(result.graph), result.corrections?.set, 20);

  it('ranks the Chinese and English names of one person among the first twenty, with the evidence', () => {
    const crossLanguage = suggestions.filter((s) => {
      if (s.label !== 'Person' || HAN.test(s.keep.name) === HAN.test(s.merge.name)) return false;
      const [a, b] = [s.keep.name, s.merge.name].map((n) => goldPerson.get(personKey(n)));
      return a !== undefined && a === b;
    });
    expect(crossLanguage.length).toBeGreaterThanOrEqual(8);
    const fog = suggestions.find((s) => [s.keep.name, s.merge.name].includes('董天欣'));
    expect(fog?.evidence.join('; ')).toMatch(/surname.*dong.*kubevela/s);
    const sun = suggestions.find((s) => s.merge.name === '孙健波');
    expect(sun?.evidence[0]).toBe('"Jianbo Sun" is the pinyin of "孙健波"');
  });

  it('leaves no duplicate once they are accepted into the corrections file', async () => {
    expect(duplicates(result.graph).length).toBeGreaterThan(0);
    const file = path.join(folder, 'talkgraph.corrections.yml');
    writeFileSync(file, addCorrections('', suggestions.map(sameAsOf)));
    const corrected = await extractDocuments(['examples'], { workers: 0, corrections: file });
    expect(corrected.messages.filter((m) => m.path === file)).toEqual([]);
    expect(duplicates(corrected.graph)).toEqual([]);
    expect(suggestMerges(mergeCandidates(corrected.graph), corrected.corrections?.set)).toEqual([]);
  });

  it('does not suggest what a not-same correction keeps apart', async () => {
    const file = path.join(folder, 'apart.yml');
    writeFileSync(file, 'not-same:\n  - person: [孙健波, Jianbo Sun]\n');
    const apart = await extractDocuments(['examples'], { workers: 0, corrections: file });
    const names = suggestMerges(mergeCandidates(apart.graph), apart.corrections?.set).map((s) => s.merge.name);
    expect(names).not.toContain('孙健波');
    expect(names).toContain('程德昊');
  });
});

describe('suggestions from names alone', () => {
  const person = (id: string, name: string, partners: string[] = []): MergeCandidate => ({ id, label: 'Person', name, aliases: [], partners, events: [], projects: [], talks: [], documents: [] });

  it('reads a name that says a word twice as one word, not as a match for anyone with that word', () => {
    const suggested = suggestMerges([person('Person:li-li', 'Li Li', ['Organization:a']), person('Person:li-wang', 'Li Wang', ['Organization:a']), person('Person:li-ming-wang', 'Li Ming Wang')]);
    expect(suggested.map((s) => [s.keep.name, s.merge.name].sort().join(' = '))).toEqual(['Li Ming Wang = Li Wang']);
  });
});

describe('pinyinName', () => {
  it('splits a Chinese name into surname and given name, compound surnames included', () => {
    expect(pinyinName('董天欣')).toEqual({ surname: 'dong', given: 'tianxin' });
    expect(pinyinName('欧阳娜娜')).toEqual({ surname: 'ouyang', given: 'nana' });
    expect(pinyinName('单雨')).toEqual({ surname: 'shan', given: 'yu' });
    expect(pinyinName('Fog Dong')).toBeUndefined();
  });
});
