// markdown-it's token stream as an mdast tree: the node types, values and line positions that micromark gives.
// Positions carry file lines only; columns are 1 and offsets absent, since nothing reads them.
import type { Token } from 'markdown-it';
import type {
  AlignType, Blockquote, Code, Definition, Heading, Html, Image, ImageReference, Link, LinkReference, List, ListItem, Nodes, Paragraph,
  Parent, PhrasingContent, Root, Table, TableCell, TableRow,
} from 'mdast';
import { linkLiterals } from './autolink-literals';
import type { DefinitionMeta, ReferenceMeta } from './references';

/** Where the markdown sits in its file: lines are counted from `firstLine`; `lines` are the markdown's own. */
export interface Source {
  firstLine: number;
  lines: string[];
}

type Position = NonNullable<Root['position']>;
type Block = Exclude<Nodes, PhrasingContent> | Paragraph | Html;
type Container = Root | Blockquote | List | ListItem | Table | TableRow;

const BLANK = /^[ \t]*$/;

function position(start: number, end: number): Position {
  return { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
}

/** The last line of a block: markdown-it's ranges include the blank lines after it, mdast's do not. */
function lastLine(map: [number, number], source: Source): number {
  let last = map[1] - 1;
  while (last > map[0] && BLANK.test(source.lines[last] ?? '')) last -= 1;
  return last + source.firstLine;
}

function startLine(token: Token, source: Source): number {
  return (token.map?.[0] ?? 0) + source.firstLine;
}

export function toMdast(tokens: Token[], source: Source): Root {
  // markdown-it's line count leaves out the empty line after a final line break.
  const lineMax = source.lines[source.lines.length - 1] === '' ? source.lines.length - 1 : source.lines.length;
  const root: Root = { type: 'root', children: [], position: position(source.firstLine, source.firstLine + Math.max(0, source.lines.length - 1)) };
  const stack: (Container | Paragraph | Heading | TableCell)[] = [root];
  const top = () => stack[stack.length - 1];
  const add = (node: Block): void => {
    (top() as Parent).children.push(node as never);
  };
  const open = (node: Container | Paragraph | Heading | TableCell): void => {
    add(node);
    stack.push(node);
  };
  const leaf = (token: Token): Position => position(startLine(token, source), lastLine(token.map ?? [0, 1], source));
  let align: AlignType[] = [];
  let row = position(source.firstLine, source.firstLine);

  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph_open':
        open({ type: 'paragraph', children: [], position: leaf(token) });
        break;
      case 'heading_open':
        open({ type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children: [], position: leaf(token) });
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [], position: leaf(token) });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        open({ type: 'list', ordered, start: ordered ? Number(token.attrGet('start') ?? 1) : null, spread: false, children: [], position: leaf(token) });
        break;
      }
      case 'list_item_open':
        open({ type: 'listItem', spread: false, checked: null, children: [], position: leaf(token) });
        break;
      case 'table_open':
        align = [];
        open({ type: 'table', align, children: [], position: leaf(token) });
        break;
      case 'tr_open':
        row = leaf(token);
        open({ type: 'tableRow', children: [], position: row });
        break;
      case 'th_open':
      case 'td_open': {
        if (token.type === 'th_open') align.push(alignOf(token));
        // Cells have no line range of their own in markdown-it: they are on their row's line.
        open({ type: 'tableCell', children: [], position: position(row.start.line, row.end.line) });
        break;
      }
      case 'inline':
        (top() as Paragraph).children = linkLiterals(phrasing(token.children ?? []));
        break;
      case 'fence':
      case 'code_block': {
        const [lang, ...meta] = token.info.trim().split(/\s+/);
        const code: Code = { type: 'code', lang: lang || null, meta: meta.join(' ') || null, value: withoutFinalNewline(token.content), position: fencePosition(token, source, lineMax) };
        add(code);
        break;
      }
      case 'html_block': {
        const html: Html = { type: 'html', value: withoutFinalNewline(token.content), position: leaf(token) };
        add(html);
        break;
      }
      case 'hr':
        add({ type: 'thematicBreak', position: leaf(token) });
        break;
      case 'definition': {
        const meta = token.meta as DefinitionMeta;
        const definition: Definition = { type: 'definition', identifier: meta.identifier, label: meta.identifier, url: meta.url, title: meta.title, position: leaf(token) };
        add(definition);
        break;
      }
      case 'list_item_close':
        finishItem(stack.pop() as ListItem);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        finishList(stack.pop() as List);
        break;
      case 'paragraph_close':
      case 'heading_close':
      case 'blockquote_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
        stack.pop();
        break;
      default:
        // thead/tbody group rows in HTML; mdast has rows only.
        break;
    }
  }
  return root;
}

function alignOf(token: Token): AlignType {
  const style = token.attrGet('style') ?? '';
  const m = style.match(/text-align:(left|right|center)/);
  return m ? (m[1] as 'left' | 'right' | 'center') : null;
}

function withoutFinalNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * A fence that is never closed ends where micromark ends it: at the file's last line when it runs to the end, on the
 * line that closes its container (a next list item), else on its last line.
 */
function fencePosition(token: Token, source: Source, lineMax: number): Position {
  const map = token.map ?? [0, 1];
  const start = map[0] + source.firstLine;
  if (token.type !== 'fence' || closesFence(source.lines[map[1] - 1], token.markup, map[1] - 1 > map[0])) return position(start, lastLine(map, source));
  if (map[1] >= lineMax) return position(start, source.firstLine + source.lines.length - 1);
  if (!BLANK.test(source.lines[map[1]] ?? '')) return position(start, map[1] + source.firstLine);
  return position(start, lastLine(map, source));
}

function closesFence(line: string | undefined, markup: string, afterOpening: boolean): boolean {
  const m = afterOpening ? line?.match(/^ {0,3}(`{3,}|~{3,})[ \t]*$/) : undefined;
  return !!m && m[1][0] === markup[0] && m[1].length >= markup.length;
}

/** A task item ("- [x] done") is checked or not, and its text loses the box. */
function finishItem(item: ListItem): void {
  const children = item.children;
  const last = children[children.length - 1];
  if (item.position && last?.position) item.position.end.line = last.position.end.line;
  item.spread = children.some((child, i) => i > 0 && (child.position?.start.line ?? 0) > (children[i - 1].position?.end.line ?? 0) + 1);
  const first = children[0];
  if (first?.type !== 'paragraph') return;
  const head = first.children[0];
  if (head?.type !== 'text') return;
  const box = head.value.match(/^\[([ \t\nxX])\](?:\n|[ \t]+(?=\S|\n))/);
  if (!box) return;
  item.checked = box[1] === 'x' || box[1] === 'X';
  head.value = head.value.slice(4);
  if (head.value === '') first.children.shift();
}

function finishList(list: List): void {
  const items = list.children;
  const last = items[items.length - 1];
  if (list.position && last?.position) list.position.end.line = last.position.end.line;
  list.spread = items.some((item, i) => i > 0 && (item.position?.start.line ?? 0) > (items[i - 1].position?.end.line ?? 0) + 1);
}

type PhrasingParent = { children: PhrasingContent[] };

/** Inline tokens as phrasing content: text runs and soft line breaks are one text node, as in mdast. */
function phrasing(tokens: Token[]): PhrasingContent[] {
  const root: PhrasingParent = { children: [] };
  const stack: PhrasingParent[] = [root];
  const text = (value: string): void => {
    const children = stack[stack.length - 1].children;
    const last = children[children.length - 1];
    if (last?.type === 'text') last.value += value;
    else children.push({ type: 'text', value });
  };
  const push = (node: PhrasingContent): void => {
    stack[stack.length - 1].children.push(node);
  };
  const open = (node: PhrasingContent & PhrasingParent): void => {
    push(node);
    stack.push(node);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        if (token.content !== '') text(token.content);
        break;
      case 'softbreak':
        text('\n');
        break;
      case 'hardbreak':
        push({ type: 'break' });
        break;
      case 'code_inline':
        push({ type: 'inlineCode', value: token.content });
        break;
      case 'html_inline':
        push({ type: 'html', value: token.content });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 's_open':
        open({ type: 'delete', children: [] });
        break;
      case 'link_open':
        open(linkOf(token));
        break;
      case 'image':
        push(imageOf(token));
        break;
      case 'em_close':
      case 'strong_close':
      case 's_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      default:
        if (token.content) text(token.content);
        break;
    }
  }
  return root.children;
}

function linkOf(token: Token): Link | LinkReference {
  const reference = token.meta as ReferenceMeta | null;
  if (reference?.reference) {
    return { type: 'linkReference', identifier: reference.identifier, label: reference.label, referenceType: reference.reference, children: [] };
  }
  return { type: 'link', title: token.attrGet('title'), url: token.attrGet('href') ?? '', children: [] };
}

function imageOf(token: Token): Image | ImageReference {
  const alt = plainText(token.children ?? []);
  const reference = token.meta as ReferenceMeta | null;
  if (reference?.reference) {
    return { type: 'imageReference', identifier: reference.identifier, label: reference.label, referenceType: reference.reference, alt };
  }
  return { type: 'image', title: token.attrGet('title'), url: token.attrGet('src') ?? '', alt };
}

function plainText(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
    else if (token.type === 'image') text += plainText(token.children ?? []);
    else if (token.nesting === 0) text += token.content;
  }
  return text;
}
