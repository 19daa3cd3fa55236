// Seeded fuzzing of a whole extraction run: hundreds of broken, hostile and odd documents mixed with good ones. No
// crash, every broken file named once, and each good file extracted exactly as it is alone.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { extractDocuments } from '../ingest/pipeline';

const SEED = 20261205;
const root = mkdtempSync(path.join(tmpdir(), 'talkgraph-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** mulberry32: the same seed writes the same corpus on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
const count = (from: number, to: number): number => from + Math.floor(next() * (to - from + 1));
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

const FIRST = ['Jane', 'Wei', 'Priya', 'Lukas', 'Ana', 'Kenji', 'Fatima', 'Tomás'];
const LAST = ['Doe', 'Zhang', 'Nair', 'Meier', 'Silva', 'Sato', 'Haddad', 'Ruiz'];
const ORGS = ['Isovalent', 'Red Hat', 'Google', 'Microsoft', 'DaoCloud', 'Tetrate', 'Grafana Labs'];
const SUBJECTS = ['Scaling Envoy Gateway', 'eBPF Observability in Practice', 'GitOps with Flux', 'Securing Supply Chains with Sigstore', 'Autoscaling with KEDA'];

function goodDocument(n: number): string {
  const talks = Array.from({ length: count(1, 6) }, () => `- ${pick(SUBJECTS)} ${count(1, 99)} — ${pick(FIRST)} ${pick(LAST)} (${pick(ORGS)})`);
  return `---\ntitle: "Picks from KubeCon Europe 202${n % 5}"\ndate: 202${n % 5}-03-2${n % 9}\n---\n\n## Day ${n % 3 + 1}\n\n${talks.join('\n')}\n`;
}

/** Files no reader can take, each with what its message must say. */
const UNREADABLE: Record<string, { bytes: () => Uint8Array; reason: RegExp }> = {
  'alias-bomb': {
    bytes: () => {
      const width = count(5, 12);
      let yaml = `a0: &a0 [${Array(width).fill('x').join(', ')}]\n`;
      for (let level = 1; level < count(6, 10); level++) yaml += `a${level}: &a${level} [${Array(width).fill(`*a${level - 1}`).join(', ')}]\n`;
      return text(`---\n${yaml}---\n# Body\n`);
    },
    reason: /YAML front matter: .*aliases/,
  },
  'deep-yaml': { bytes: () => text(`---\nx: ${'['.repeat(count(70, 5000))}\n---\n`), reason: /YAML front matter/ },
  'deep-toml': { bytes: () => text(`+++\nx = ${'['.repeat(count(70, 2000))}${']'.repeat(70)}\n+++\n`), reason: /TOML front matter/ },
  'broken-yaml': { bytes: () => text(`---\ntitle: "never closed\ntags: [a, b\n---\n${goodDocument(1)}`), reason: /YAML front matter/ },
  'broken-toml': { bytes: () => text(`+++\ntitle = 'x'\ntags = ["a" "b"]\n+++\n`), reason: /TOML front matter/ },
  unclosed: { bytes: () => text(`---\ntitle: x\n\n# Body ${count(1, 9)}\n`), reason: /never closed/ },
  'invalid-utf8': { bytes: () => new Uint8Array([...text(goodDocument(2)), 0xc3, 0x28, ...text('\nmore\n')]), reason: /not valid UTF-8/ },
  binary: { bytes: () => new Uint8Array(Array.from({ length: count(10, 4000) }, () => Math.floor(next() * 256)).concat([0])), reason: /binary|UTF-16/ },
  'broken-utf16': { bytes: () => new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), reason: /not valid UTF-16LE/ },
  'huge-front-matter': { bytes: () => text(`---\ntitle: x\nnotes: "${'a'.repeat(1100 * 1024)}"\n---\n`), reason: /over the 1 MiB limit/ },
  'too-many-aliases': { bytes: () => text(`---\nb: &b x\nl: [${Array(count(1001, 3000)).fill('*b').join(', ')}]\n---\n`), reason: /more than 1000 aliases/ },
  // Far more extraction work than the budget the test sets (one second).
  'slow-table': {
    bytes: () => text(['| Time | Talk | Speaker |', '| --- | --- | --- |', ...Array.from({ length: 20_000 }, (_, i) => `| 10:${i % 60} | Talk ${i} | Jane Doe${i} (Acme) |`)].join('\n')),
    reason: /took longer than 1 s/,
  },
};
const RARE = new Set(['huge-front-matter', 'slow-table']);

/** Documents that read, however odd: they must not crash anything, and what they yield is not checked. */
function oddDocument(): string {
  const runs = [
    () => '*'.repeat(count(1, 3000)),
    () => '['.repeat(count(1, 3000)) + ']('.repeat(count(1, 500)),
    () => '#'.repeat(count(1, 8)) + ' ' + '|'.repeat(count(1, 500)),
    () => '<div>'.repeat(count(1, 500)),
    () => '> '.repeat(count(1, 300)) + '- '.repeat(count(1, 300)) + 'x',
    () => Array.from({ length: count(1, 300) }, () => `| ${pick(FIRST)} | ${'**'.repeat(count(0, 9))} |`).join('\n'),
    () => '讲师：' + '，'.repeat(count(1, 500)) + '（' + '）'.repeat(count(1, 50)),
    () => `---\n---\n${'\n'.repeat(count(1, 50))}`,
  ];
  return Array.from({ length: count(1, 5) }, () => pick(runs)()).join('\n');
}

describe('a run over broken, hostile and odd documents mixed with good ones', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('never crashes, names every broken file once, and extracts each good file as it would alone', { timeout: 240_000 }, async () => {
    vi.stubEnv('TALKGRAPH_DOCUMENT_SECONDS', '1');
    const good: string[] = [];
    const broken = new Map<string, RegExp>();
    const passedOver: string[] = [];
    let rare = 0;
    for (let n = 0; n < 360; n++) {
      const dir = path.join(root, `d${n % 7}`);
      mkdirSync(dir, { recursive: true });
      const roll = next();
      if (roll < 0.4) {
        const file = path.join(dir, `good-${n}.md`);
        writeFileSync(file, goodDocument(n));
        good.push(file);
      } else if (roll < 0.75) {
        const kinds = Object.keys(UNREADABLE).filter((kind) => !RARE.has(kind) || rare < 4);
        const kind = pick(kinds);
        if (RARE.has(kind)) rare += 1;
        const file = path.join(dir, `${kind}-${n}.md`);
        writeFileSync(file, UNREADABLE[kind].bytes());
        broken.set(file, UNREADABLE[kind].reason);
      } else if (roll < 0.95) {
        writeFileSync(path.join(dir, `odd-${n}.md`), oddDocument());
      } else {
        // Not read, and said so in a warning: hidden, a dangling link, a link loop, an empty file.
        const file = path.join(dir, pick([`.hidden-${n}.md`, `dangling-${n}.md`, `loop-${n}`, `empty-${n}.md`]));
        if (file.includes('.hidden')) writeFileSync(file, goodDocument(n));
        else if (file.includes('empty')) writeFileSync(file, '');
        else if (file.includes('dangling')) symlinkSync(`missing-${n}.md`, file);
        else symlinkSync('.', file);
        passedOver.push(file);
      }
    }

    const result = await extractDocuments([root]);

    for (const [file, reason] of broken) {
      const said = result.messages.filter((m) => m.path === file);
      expect(said, file).toEqual([expect.objectContaining({ severity: 'error', reason: expect.stringMatching(reason) })]);
    }
    expect(new Set(result.failed)).toEqual(new Set(broken.keys()));
    for (const file of passedOver) expect(result.messages.filter((m) => m.path === file && m.severity === 'warning'), file).toHaveLength(1);

    const extracted = new Map(result.documents.map((document) => [document.document.path, document]));
    for (const file of good) {
      const alone = await extractDocuments([file]);
      expect(extracted.get(file), file).toEqual(alone.documents[0]);
    }
  });
});
