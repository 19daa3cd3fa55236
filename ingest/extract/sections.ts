import type { Heading, Root, RootContent } from 'mdast';
import type { ParsedDocument } from '../read/document';
import { clean, textOf } from './text';
import { tableOfHtml } from './reader/html-table';

/** A heading and the blocks up to the next heading of any depth; the preamble has depth 0. */
export interface Section {
  index: number;
  depth: number;
  title: string;
  heading?: Heading;
  line: number;
  /** The last line of the section's own blocks (not of its sub-sections). */
  endLine: number;
  blocks: RootContent[];
  /** The enclosing sections, outermost first. */
  parents: Section[];
}

export function sectionsOf(tree: Root): Section[] {
  const sections: Section[] = [];
  let current: Section = { index: 0, depth: 0, title: '', line: 1, endLine: 1, blocks: [], parents: [] };
  sections.push(current);
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const parents = [...current.parents, current].filter((s) => s.depth > 0 && s.depth < node.depth);
      current = {
        index: sections.length,
        depth: node.depth,
        title: clean(textOf(node)),
        heading: node,
        line: node.position?.start.line ?? 1,
        endLine: node.position?.end.line ?? 1,
        blocks: [],
        parents,
      };
      sections.push(current);
    } else {
      current.blocks.push(tableOfHtml(node));
      current.endLine = node.position?.end.line ?? current.endLine;
    }
  }
  return sections;
}

/** The sections nested below `section` (deeper headings until one of the same or lower depth). */
export function subsectionsOf(sections: Section[], section: Section): Section[] {
  const out: Section[] = [];
  for (let i = section.index + 1; i < sections.length; i++) {
    if (sections[i].depth <= section.depth) break;
    out.push(sections[i]);
  }
  return out;
}

export function lineOf(node: { position?: { start: { line: number } } }, fallback = 1): number {
  return node.position?.start.line ?? fallback;
}

export function endLineOf(node: { position?: { end: { line: number } } }, fallback = 1): number {
  return node.position?.end.line ?? fallback;
}

/** Plain text of a run of blocks, paragraphs separated by blank lines. */
export function blocksText(blocks: RootContent[]): string {
  return blocks
    .map((b) => textOf(b))
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

export interface DocumentView {
  doc: ParsedDocument;
  sections: Section[];
  /** Lines already claimed by an earlier extractor: a later, more general one leaves them alone. */
  claimed: Set<number>;
  /** When explaining: the candidates that read as titles but were not taken for talks, and why. */
  rejected?: { line: number; text: string; reason: string }[];
}

export function viewOf(doc: ParsedDocument, options: { explain?: boolean } = {}): DocumentView {
  return { doc, sections: sectionsOf(doc.tree), claimed: new Set(), ...(options.explain && { rejected: [] }) };
}

export function claim(view: DocumentView, from: number, to: number): void {
  for (let line = from; line <= to; line++) view.claimed.add(line);
}

export function isClaimed(view: DocumentView, line: number): boolean {
  return view.claimed.has(line);
}
