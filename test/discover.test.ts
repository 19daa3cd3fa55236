// Finding the documents under the paths a user gives: each real file once, every path passed over named with why.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverDocuments } from '../ingest/read/discover';

const root = mkdtempSync(path.join(tmpdir(), 'talkgraph-discover-'));
const at = (...parts: string[]): string => path.join(root, ...parts);

beforeAll(() => {
  for (const file of ['a.md', 'UPPER.MD', '.hidden.md', 'README.md', 'brace{a,b}.md', '(paren).md', 'notes.pdf', 'sub/b.markdown', 'new\nline/c.md']) {
    mkdirSync(path.dirname(at(file)), { recursive: true });
    writeFileSync(at(file), `# ${file}\n`);
  }
  mkdirSync(at('.drafts'));
  symlinkSync('..', at('sub', 'up'));
  symlinkSync('nowhere.md', at('dangling.md'));
  symlinkSync('a.md', at('alias.md'));
  symlinkSync('sub', at('linked'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discovering documents', () => {
  it('reads each real file once, whatever the case of its extension, and names every path it passes over', async () => {
    const { files, missing, skipped } = await discoverDocuments([root]);
    expect(files).toEqual(['(paren).md', 'UPPER.MD', 'a.md', 'brace{a,b}.md', 'new\nline/c.md', 'sub/b.markdown'].map((file) => at(file)).sort());
    expect(missing).toEqual([]);
    expect(skipped).toEqual(
      expect.arrayContaining([
        { path: at('.hidden.md'), reason: expect.stringMatching(/^hidden/) },
        { path: at('.drafts'), reason: expect.stringMatching(/^hidden/) },
        { path: at('sub', 'up'), reason: expect.stringMatching(/symbolic link loop/) },
        { path: at('dangling.md'), reason: 'dangling symbolic link to nowhere.md' },
        { path: at('alias.md'), reason: `the same file as ${at('a.md')}, read once` },
        { path: at('linked'), reason: `the same folder as ${at('sub')}, read once` },
      ]),
    );
    expect(skipped).toHaveLength(6);
  });

  it('reads a file named explicitly as a file, even when its name looks like a pattern', async () => {
    const { files, missing } = await discoverDocuments([at('brace{a,b}.md'), at('(paren).md'), at('dangling.md')]);
    expect(files).toEqual([at('(paren).md'), at('brace{a,b}.md')]);
    expect(missing).toEqual([{ input: at('dangling.md'), reason: 'dangling symbolic link to nowhere.md' }]);
  });

  it('still expands a pattern that names no existing path', async () => {
    const { files } = await discoverDocuments([path.join(root, 'sub', '*.markdown')]);
    expect(files).toEqual([at('sub', 'b.markdown')]);
  });
});
