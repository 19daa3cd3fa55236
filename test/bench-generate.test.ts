import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHAPES } from '../bench/corpus/shapes';
import { buildWorld } from '../bench/corpus/world';
import { generateCorpus, type CorpusManifest } from '../bench/generate';
import { isMessage, parseDocument } from '../ingest/read/document';

let root: string;
let manifest: CorpusManifest;
const texts = new Map<string, string>();
const parsed = new Map<string, ReturnType<typeof parseDocument>>();

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'talkgraph-bench-'));
  manifest = await generateCorpus({ docs: 800, out: join(root, 'main'), seed: 'test' });
  for (const file of manifest.files) {
    const bytes = await readFile(join(root, 'main', file.path));
    texts.set(file.path, bytes.toString('utf8'));
    parsed.set(file.path, parseDocument(file.path, bytes));
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('bench generate', () => {
  it('writes exactly the requested number of documents', async () => {
    const files = await listFiles(join(root, 'main', 'docs'));
    expect(files).toHaveLength(800);
    expect(manifest.files).toHaveLength(800);
  });

  it('writes byte-identical files for the same seed, and different ones for another seed', async () => {
    const again = await generateCorpus({ docs: 150, out: join(root, 'a'), seed: 'same' });
    const twice = await generateCorpus({ docs: 150, out: join(root, 'b'), seed: 'same' });
    const other = await generateCorpus({ docs: 150, out: join(root, 'c'), seed: 'other' });
    expect(await listFiles(join(root, 'a'))).toEqual(await listFiles(join(root, 'b')));
    for (const file of again.files) {
      expect(await readFile(join(root, 'b', file.path))).toEqual(await readFile(join(root, 'a', file.path)));
    }
    expect(twice).toEqual(again);
    const differing = other.files.filter((f, i) => f.path !== again.files[i].path || f.bytes !== again.files[i].bytes);
    expect(differing.length).toBeGreaterThan(100);
  });

  it('regenerating into a corpus folder replaces the previous corpus', async () => {
    await generateCorpus({ docs: 40, out: join(root, 'a'), seed: 'same' });
    expect(await listFiles(join(root, 'a', 'docs'))).toHaveLength(40);
  });

  it('refuses to write into a folder that is not a corpus', async () => {
    await expect(generateCorpus({ docs: 5, out: join(root, 'main', 'docs'), seed: 'x' })).rejects.toThrow(/refusing/);
  });

  it('has every document shape, each recognizable in its text', () => {
    const signatures: Record<string, RegExp> = {
      'session-blocks': /^### Speakers\n\n\*\*[^*\n]+ - [^*\n]+ (at|of) [^*\n]+\*\*$/m,
      'meetup-recap': /^讲师：[^，\n]+，.+\n\n(讲师：.+\n\n)*演讲概要：/m,
      'schedule-digest': /^### \d{1,2}:\d\d[ap]m\n\n\**\[[^\]|]+ \| [^\]]+ - [^\]]+\]\(https:\/\/kccncosschn20\d\d\.sched\.com\/event\//m,
      'by-notes': /^\+\+\+\ntitle = [\s\S]+^### .+ by .+$/m,
      'dash-abstract': /^### .+ - .+\n\n> .+/m,
      'front-matter-talks': /^(talks:|\[\[talks\]\]|speakers?:)/m,
      'talk-table': /^\| [^|]+ \| [^|]+ \| .+ \|\n/m,
      'bullet-list': /^- .+ — .+/m,
    };
    expect(Object.keys(signatures).sort()).toEqual(SHAPES.map((s) => s.name).sort());
    for (const shape of SHAPES) {
      const files = manifest.files.filter((f) => f.shape === shape.name);
      expect(files.length, shape.name).toBeGreaterThan(800 * 0.05);
      const matching = files.filter((f) => signatures[shape.name].test(texts.get(f.path)!));
      expect(matching.length / files.length, shape.name).toBeGreaterThan(0.9);
    }
  });

  it('writes documents the reader parses, with YAML, TOML and no front matter', () => {
    const kinds = new Set<string>();
    for (const file of manifest.files) {
      const text = texts.get(file.path)!;
      const document = parsed.get(file.path)!;
      if (isMessage(document)) throw new Error(`${file.path}: ${document.reason} (line ${document.line})`);
      kinds.add(text.startsWith('---\n') ? 'yaml' : text.startsWith('+++\n') ? 'toml' : 'none');
    }
    expect([...kinds].sort()).toEqual(['none', 'toml', 'yaml']);
  });

  it('is between a fifth and a half Chinese, as the reader judges the language', () => {
    let chinese = 0;
    for (const file of manifest.files) {
      const document = parsed.get(file.path)!;
      if (!isMessage(document) && document.lang !== 'en') chinese++;
    }
    expect(chinese / manifest.files.length).toBeGreaterThan(0.2);
    expect(chinese / manifest.files.length).toBeLessThan(0.5);
  });

  it('names the same organizations and projects in several ways', () => {
    const all = [...texts.values()].join('\n');
    for (const spelling of ['Ant Group', '蚂蚁集团', 'QingCloud', '青云科技', 'Kubernetes', 'K8s', 'Argo CD', 'ArgoCD']) {
      expect(all, spelling).toContain(spelling);
    }
  });

  it('has speakers who give many talks and many who give one', () => {
    const world = buildWorld('test', 800);
    const counts = world.people.map((p) => p.talks);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(8);
    expect(counts.filter((n) => n === 1).length / counts.length).toBeGreaterThan(0.4);
  });
});
