import type { Nodes } from 'mdast';

/** The plain text of an mdast node; line breaks and block boundaries become newlines. */
export function textOf(node: Nodes): string {
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
      break;
  }
  if (!('children' in node)) return '';
  const block = node.type === 'root' || node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem' || node.type === 'table' || node.type === 'tableRow';
  const parts = (node.children as Nodes[]).map(textOf);
  return block ? parts.filter((p) => p !== '').join(node.type === 'tableRow' ? ' | ' : '\n') : parts.join('');
}

/** Collapses runs of spaces and trims; keeps the text's own words and case. */
export function clean(text: string): string {
  return text.replace(/[\u00a0\u3000]/g, ' ').replace(/\s+/g, ' ').trim();
}

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Strips the markdown emphasis markers a note-taker leaves in titles (`**`, `__`, trailing colons). */
export function stripDecoration(text: string): string {
  return clean(text.replace(/^[*_#>\s]+|[*_\s]+$/g, '').replace(/[:：]\s*$/, ''));
}
