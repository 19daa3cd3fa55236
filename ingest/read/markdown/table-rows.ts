// GFM table rows keep the cells they are written with: markdown-it pads or cuts every body row to the header's width,
// micromark (and GitHub's tree) does not, and a row's plain text counts its cells.
import type MarkdownIt from 'markdown-it';
import type { StateBlock, Token } from 'markdown-it';
import { ruleNamed } from './rules';

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** The cells of a row as written: split at pipes that no backslash escapes, without the outer pipes. */
export function rowCells(row: string): string[] {
  const text = row.trim();
  const cells: string[] = [];
  let cell = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\' && text[index + 1] === '|') {
      cell += '\\|';
      index += 1;
    } else if (char === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  if (cells.length > 1 && cells[0].trim() === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].trim() === '') cells.pop();
  return cells.map((c) => c.trim());
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

function rewriteRows(state: StateBlock, first: number): void {
  const tokens = state.tokens;
  let inBody = false;
  for (let index = first; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.type === 'tbody_open') inBody = true;
    if (!inBody || token.type !== 'tr_open' || !token.map) continue;
    let close = index + 1;
    while (tokens[close].type !== 'tr_close') close += 1;
    const cells = rowCells(lineText(state, token.map[0]));
    const rebuilt: Token[] = [];
    for (const content of cells) {
      const open = new state.Token('td_open', 'td', 1);
      open.map = token.map;
      const inline = new state.Token('inline', '', 0);
      inline.content = content;
      inline.map = token.map;
      inline.children = [];
      rebuilt.push(open, inline, new state.Token('td_close', 'td', -1));
    }
    tokens.splice(index + 1, close - index - 1, ...rebuilt);
  }
}

function tableRule(original: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const first = state.tokens.length;
    const found = original(state, startLine, endLine, silent);
    if (found && !silent) rewriteRows(state, first);
    return found;
  };
}

export function writtenTableRows(md: MarkdownIt): void {
  md.block.ruler.at('table', tableRule(ruleNamed(md.block.ruler, 'table') as BlockRule), { alt: ['paragraph', 'reference'] });
}
