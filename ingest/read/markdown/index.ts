// Markdown to mdast: markdown-it (CommonMark) with GitHub's extensions as micromark reads them, many times faster
// than micromark; the tree has the node types, text and file lines that the extractors read.
import MarkdownIt from 'markdown-it';
import type { Root } from 'mdast';
import { keepReferences } from './references';
import { gfmStrikethrough } from './strikethrough';
import { writtenTableRows } from './table-rows';
import { toMdast } from './to-mdast';

function createReader(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // mdast keeps destinations as written: no percent-encoding, and no link refused for its scheme.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  md.validateLink = () => true;
  gfmStrikethrough(md);
  writtenTableRows(md);
  keepReferences(md);
  return md;
}

const reader = createReader();

/** The mdast tree of a markdown text that starts on line `firstLine` of its file; `lines` are its lines when known. */
export function parseMarkdown(markdown: string, firstLine = 1, lines = markdown.split('\n')): Root {
  const tokens = reader.parse(markdown, {});
  return toMdast(tokens, { firstLine, lines });
}
