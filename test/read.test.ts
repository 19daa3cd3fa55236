import { describe, expect, it } from 'vitest';
import { isMessage, parseDocument, type ParsedDocument } from '../ingest/read/document';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function parsed(text: string): ParsedDocument {
  const result = parseDocument('notes/doc.md', bytes(text));
  if (isMessage(result)) throw new Error(result.reason);
  return result;
}

describe('reading a document', () => {
  it('reads YAML front matter and keeps file lines in the markdown tree', () => {
    const doc = parsed('---\ntitle: Notes\ndate: 2024-03-20\n---\n\n## A talk\n');
    expect(doc.frontMatter).toEqual({ title: 'Notes', date: '2024-03-20' });
    expect(doc.tree.children[0].position?.start.line).toBe(6);
    expect(doc.title).toBe('Notes');
  });

  it('reads TOML front matter', () => {
    const doc = parsed("+++\ntitle = 'KubeCon EU 2025 Day 01'\ndraft = true\n+++\n\n### Talk\n");
    expect(doc.frontMatter.title).toBe('KubeCon EU 2025 Day 01');
    expect(doc.tree.children[0].position?.start.line).toBe(6);
  });

  it('reads documents without front matter, with a BOM or Windows line ends', () => {
    const doc = parsed('\ufeff# Title\r\n\r\nText\r\n');
    expect(doc.title).toBe('Title');
    expect(doc.tree.children[1].position?.start.line).toBe(3);
  });

  it('notes the language', () => {
    expect(parsed('# 云原生技术交流\n\n讲师：张三，青云科技研发工程师\n').lang).toBe('zh');
    expect(parsed('# Notes\n\nA talk about Kubernetes.\n').lang).toBe('en');
  });
});

describe('bad input is a message with the file and line', () => {
  it('names the line of broken YAML front matter', () => {
    const result = parseDocument('bad.md', bytes('---\ntitle: ok\nkeywords: [a, b\n---\nbody\n'));
    expect(isMessage(result) && result.reason).toMatch(/YAML front matter/);
    expect(isMessage(result) && result.line).toBeGreaterThanOrEqual(3);
  });

  it('names the line where a quote that is never closed opens, not where the front matter ends', () => {
    const at = (yaml: string) => {
      const result = parseDocument('bad.md', bytes(`---\n${yaml}---\n# Body\n`));
      return isMessage(result) ? { line: result.line, reason: result.reason } : undefined;
    };
    expect(at('title: "unclosed\n')).toEqual({ line: 2, reason: expect.stringMatching(/YAML front matter: Missing closing "quote/) });
    expect(at("date: 2024-03-20\ntitle: Don't panic\nspeaker: 'Liz Rice\ntags: [a, b]\n")?.line).toBe(4);
    expect(at('date: 2024-03-20\ntitle: "escaped at the end\\"\ntags: [a, b]\n')?.line).toBe(3);
  });

  it('names the line of broken TOML front matter', () => {
    const result = parseDocument('bad.md', bytes("+++\ntitle = 'x'\ndate = \n+++\n"));
    expect(isMessage(result) && result.reason).toMatch(/TOML front matter/);
    expect(isMessage(result) && result.line).toBe(3);
  });

  it('says when front matter is never closed', () => {
    const result = parseDocument('bad.md', bytes('---\ntitle: x\n\n# body\n'));
    expect(isMessage(result) && result.reason).toMatch(/never closed/);
  });

  it('names the line of invalid UTF-8', () => {
    const result = parseDocument('bad.md', new Uint8Array([...bytes('ok\nstill ok\n'), 0xff, 0x41]));
    expect(result).toMatchObject({ path: 'bad.md', line: 3, reason: 'not valid UTF-8 text' });
  });

  it('refuses binary and huge files', () => {
    expect(parseDocument('a.md', new Uint8Array([0x50, 0x4b, 0x00, 0x01]))).toMatchObject({ reason: expect.stringMatching(/binary/) });
    expect(parseDocument('a.md', new Uint8Array(6 * 1024 * 1024).fill(0x61))).toMatchObject({ reason: expect.stringMatching(/MiB/) });
  });

  it('refuses a YAML alias bomb at once, naming what is wrong', () => {
    // Nine levels of nine aliases: 387 million values once expanded.
    let yaml = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let level = 1; level < 9; level++) yaml += `a${level}: &a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]\n`;
    const started = performance.now();
    const result = parseDocument('bomb.md', bytes(`---\n${yaml}---\n# Body\n`));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ path: 'bomb.md', severity: 'error', reason: expect.stringMatching(/YAML front matter: .*aliases/) });
  });

  it('refuses front matter with too many aliases, nested too deeply or too big', () => {
    const aliases = `---\nbase: &b x\nlist: [${Array(1001).fill('*b').join(', ')}]\n---\n`;
    expect(parseDocument('a.md', bytes(aliases))).toMatchObject({ reason: expect.stringMatching(/more than 1000 aliases/) });
    const deep = `---\nx: ${'['.repeat(100)}${']'.repeat(100)}\n---\n`;
    expect(parseDocument('a.md', bytes(deep))).toMatchObject({ reason: expect.stringMatching(/deeper than 64 levels/) });
    // Deep enough to exhaust the parser's stack, which V8 may answer by aborting the process: refused before parsing.
    for (const nesting of [`${'['.repeat(100_000)}`, `${'{a: '.repeat(50_000)}`, `\n${'- '.repeat(50_000)}x`]) {
      expect(parseDocument('a.md', bytes(`---\nx: ${nesting}\n---\n`))).toMatchObject({ reason: expect.stringMatching(/deeper than 64 levels/) });
    }
    const deepToml = `+++\nx = ${'['.repeat(100)}${']'.repeat(100)}\n+++\n`;
    expect(parseDocument('a.md', bytes(deepToml))).toMatchObject({ reason: expect.stringMatching(/TOML front matter/) });
    const big = `---\ntitle: x\nnotes: "${'a'.repeat(1100 * 1024)}"\n---\n`;
    expect(parseDocument('a.md', bytes(big))).toMatchObject({ line: 1, reason: expect.stringMatching(/over the 1 MiB limit/) });
  });

  it('reads a few aliases, merge keys and dates as YAML means them', () => {
    const doc = parsed('---\nbase: &venue {city: Paris, date: 2024-03-20}\nday1: *venue\nday2:\n  <<: *venue\n  city: Lyon\n---\n');
    expect(doc.frontMatter).toEqual({
      base: { city: 'Paris', date: '2024-03-20' },
      day1: { city: 'Paris', date: '2024-03-20' },
      day2: { city: 'Lyon', date: '2024-03-20' },
    });
  });

  it('reads UTF-16 text with a byte order mark, and says when it is broken', () => {
    const text = '# Notes\n\nA talk about Envoy.\n';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    expect(parseDocument('a.md', le)).toMatchObject({ title: 'Notes', lines: text.split('\n') });
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(parseDocument('a.md', be)).toMatchObject({ title: 'Notes' });
    expect(parseDocument('a.md', new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ severity: 'error', reason: expect.stringMatching(/not valid UTF-16LE/) });
  });

  it('says an empty file is not ingested, as a warning', () => {
    expect(parseDocument('a.md', bytes(''))).toEqual({ path: 'a.md', severity: 'warning', reason: 'empty file, not ingested' });
    expect(parseDocument('a.md', bytes(' \n\n'))).toMatchObject({ severity: 'warning' });
  });
});

