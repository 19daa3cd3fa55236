// The markdown reader gives the mdast that the extractors read: node types, text, and the file lines of blocks.
import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { textOf } from '../ingest/extract/text';
import { isMessage, parseDocument, type ParsedDocument } from '../ingest/read/document';
import { parseMarkdown } from '../ingest/read/markdown';

function parsed(text: string): ParsedDocument {
  const result = parseDocument('notes/doc.md', new TextEncoder().encode(text));
  if (isMessage(result)) throw new Error(result.reason);
  return result;
}

/** A node as a reader checks it: its type, text and the lines it spans. */
function outline(node: Nodes): unknown {
  const lines = node.position ? `${node.position.start.line}-${node.position.end.line}` : undefined;
  const children = 'children' in node ? (node.children as Nodes[]).map(outline) : undefined;
  const value = 'value' in node ? node.value : undefined;
  return { type: node.type, ...(lines && { lines }), ...(value !== undefined && { value }), ...(children && { children }) };
}

/** Lines of blocks only: micromark places inline nodes too, ours does not. */
function comparable(node: Nodes, inPhrasing = false): unknown {
  const phrasing = ['paragraph', 'heading', 'tableCell'].includes(node.type) || inPhrasing;
  const { position, ...rest } = node as Nodes & { children?: Nodes[] };
  const out: Record<string, unknown> = { ...rest };
  if (position && !inPhrasing && node.type !== 'root') out.lines = `${position.start.line}-${position.end.line}`;
  if ('children' in node) out.children = (node.children as Nodes[]).map((c) => comparable(c, phrasing));
  return out;
}

const micromark = (text: string): Root => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe('the same tree as micromark with GFM', () => {
  const files = globSync(['examples/**/*.{md,markdown,mdx,txt}', 'test/fixtures/extract/**/input.*', '../shared/seeds/*'], { cwd: process.cwd() });

  it('for every sample, fixture and seed document', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
      expect(comparable(parseMarkdown(text)), file).toEqual(comparable(micromark(text)));
    }
  });

  it.each([
    ['emphasis, strike-through with one or two tildes, not three', 'a *b* **c** ~d~ ~~e~~ ~~~f~~~ 9:00~10:00 and 11:00~12:00\n'],
    ['hard and soft line breaks', 'one  \ntwo\\\nthree \nfour\n'],
    ['task items and ordered lists', '- [ ] todo\n- [x] done\n- [X]\n  next\n- [ ]\n\n3) third\n   - nested\n\n     para\n\n-\n- after\n'],
    ['tables: cells as written, in quotes and lists', '| a | b |\n|:--|--:|\n| 1 |\n| 1 | 2 | 3 |\n| x \\| y | z |\n\n> | q |\n> |---|\n> | 1 |\n\n- | l |\n  |---|\n  | 1 |\n'],
    ['a table right after a paragraph', 'para\n| a | b |\n|---|---|\n| 1 | 2 |\nafter\n'],
    ['literal links', 'www.example.com, https://example.com/a_(b)?x=1. 中文https://x.cn/p 中文www.x.cn (https://y.com/z) jane.doe@acme.io. "www.q.com"\n'],
    ['references and definitions', '[a][Ref] [b][] [shortcut] ![i][ref] [c](https://i.com "T") <https://auto.link> <me@x.com>\n\n[ref]: https://r.example "T"\n[shortcut]: /s\n[b]: <c d>\n[ref]: https://dup\n'],
    ['setext headings, html, entities, quotes with lazy lines', 'A\n===\n\nB\n---\n\n<div>\n*x*\n</div>\n\nt <span>i</span> &amp; &copy; &#x4e2d;\n\n> q\nlazy\n>\n> - a\n>\n> - b\n\n***\n'],
    ['fences never closed, in a list and at the end', '- ```\n  code\n- next\n\n> ```\n> q\n\n~~~\nopen\n\n'],
    ['loose and tight lists', '- a\n\n  b\n- c\n\n* x\n* y\n\n  z\n\n- one\n\n\n- two\n'],
  ])('for %s', (_, text) => {
    expect(comparable(parseMarkdown(text))).toEqual(comparable(micromark(text)));
  });
});

describe('what the extractors read', () => {
  it('counts lines from the top of the file, below YAML or TOML front matter', () => {
    const yaml = parsed('---\ntitle: Notes\ntags: [a]\n---\n\n## Talk\n\nText\n');
    expect(yaml.tree.children.map((n) => n.position?.start.line)).toEqual([6, 8]);
    const toml = parsed("+++\ntitle = 'x'\n+++\n# Talk\n");
    expect(toml.tree.children[0].position?.start.line).toBe(4);
  });

  it('reads Windows line ends like Unix ones', () => {
    const doc = parsed('# Title\r\n\r\n- one\r\n- two\r\n');
    expect(outline(doc.tree.children[1])).toEqual({
      type: 'list',
      lines: '3-4',
      children: [
        { type: 'listItem', lines: '3-3', children: [{ type: 'paragraph', lines: '3-3', children: [{ type: 'text', value: 'one' }] }] },
        { type: 'listItem', lines: '4-4', children: [{ type: 'paragraph', lines: '4-4', children: [{ type: 'text', value: 'two' }] }] },
      ],
    });
  });

  it('keeps Chinese labeled lines of one paragraph on their own lines', () => {
    const doc = parsed('讲师：张三，青云科技\n演讲概要：介绍 **KubeSphere** 的*新功能*。\n');
    const paragraph = doc.tree.children[0];
    expect(paragraph.position?.start.line).toBe(1);
    expect(textOf(paragraph).split('\n')).toEqual(['讲师：张三，青云科技', '演讲概要：介绍 KubeSphere 的新功能。']);
  });

  it('gives every table row its line and keeps links in cells', () => {
    const doc = parsed('# Agenda\n\n| Time | Title |\n| --- | --- |\n| 10:00 | [Talk](https://sched.com/event/1) |\n| 11:00 |\n');
    const table = doc.tree.children[1];
    expect(table.type).toBe('table');
    if (table.type !== 'table') return;
    expect(table.children.map((row) => row.position?.start.line)).toEqual([3, 5, 6]);
    expect(table.children.map((row) => row.children.length)).toEqual([2, 2, 1]);
    expect(table.children[1].children[1].children[0]).toMatchObject({ type: 'link', url: 'https://sched.com/event/1' });
  });

  it('places items of nested lists on their own lines', () => {
    const doc = parsed('- Day 1\n  - Talk A\n\n    notes\n  - Talk B\n- Day 2\n');
    const list = doc.tree.children[0];
    if (list.type !== 'list') throw new Error(list.type);
    const inner = list.children[0].children[1];
    if (inner.type !== 'list') throw new Error(inner.type);
    expect(list.children.map((item) => [item.position?.start.line, item.position?.end.line])).toEqual([[1, 5], [6, 6]]);
    expect(inner.children.map((item) => [item.position?.start.line, item.position?.end.line])).toEqual([[2, 4], [5, 5]]);
  });

  it('reads a code fence as code, however much markdown it holds', () => {
    const doc = parsed('Intro\n\n```md\n# Not a heading\n- not a list\n| a | b |\n|---|---|\n```\n\n## After\n');
    expect(doc.tree.children.map((n) => n.type)).toEqual(['paragraph', 'code', 'heading']);
    expect(doc.tree.children[1]).toMatchObject({ lang: 'md', value: '# Not a heading\n- not a list\n| a | b |\n|---|---|', position: { start: { line: 3 }, end: { line: 8 } } });
    expect(doc.tree.children[2].position?.start.line).toBe(10);
  });
});
