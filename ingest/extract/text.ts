import type { Nodes } from 'mdast';

// Extractors ask for the text of the same blocks (and of the whole tree) many times; trees are never changed.
const texts = new WeakMap<Nodes, string>();

/** The plain text of an mdast node; line breaks and block boundaries become newlines. */
export function textOf(node: Nodes): string {
  if (!('children' in node)) return leafText(node);
  // A parent of one child (most paragraphs, headings and emphasis) has that child's text: nothing to remember.
  if (node.children.length === 1) return textOf(node.children[0]);
  let text = texts.get(node);
  if (text === undefined) {
    text = parentText(node);
    texts.set(node, text);
  }
  return text;
}

function leafText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'html':
    case 'imageReference':
      return '';
    case 'code':
      return node.value;
    default:
      return '';
  }
}

function parentText(node: Nodes & { children: Nodes[] }): string {
  const block = node.type === 'root' || node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem' || node.type === 'table' || node.type === 'tableRow';
  const parts = node.children.map(textOf);
  return block ? parts.filter((p) => p !== '').join(node.type === 'tableRow' ? ' | ' : '\n') : parts.join('');
}

// Any space but a single plain one between words: most texts need no cleaning at all.
const UNCLEAN = /[^\S ]| {2}|^ | $/;

/** Collapses runs of spaces and trims; keeps the text's own words and case. */
export function clean(text: string): string {
  if (!UNCLEAN.test(text)) return text;
  return text.replace(/[\u00a0\u3000]/g, ' ').replace(/\s+/g, ' ').trim();
}

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Strips the markdown emphasis markers a note-taker leaves in titles (`**`, `__`, trailing colons). */
export function stripDecoration(text: string): string {
  return clean(text.replace(/^[*_#>\s]+|[*_\s]+$/g, '').replace(/[:：]\s*$/, ''));
}
