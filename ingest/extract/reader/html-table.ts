// An HTML <table> in a markdown file read as the markdown table it stands for: rows of cells with their lines.
import type { Html, RootContent, Table, TableCell, TableRow } from 'mdast';
import { clean } from '../text';
import { stripHtml } from './normalize';

/** The table an HTML block holds, or the block itself when it holds none. */
export function tableOfHtml(block: RootContent): RootContent {
  if (block.type !== 'html' || !/<table\b/i.test(block.value)) return block;
  const html = block as Html;
  const start = html.position?.start.line ?? 1;
  const rows: TableRow[] = [];
  for (const row of html.value.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const line = start + countLines(html.value, row.index ?? 0);
    const cells = [...row[1].matchAll(/<t[dh]\b([^>]*)>([\s\S]*?)<\/t[dh]>/gi)];
    // A cell spanning the whole row ("<td colspan=3>Wednesday</td>") heads the rows below it: not a talk.
    if (cells.length <= 1) continue;
    const position = { start: { line, column: 1 }, end: { line, column: 1 } };
    rows.push({
      type: 'tableRow',
      position,
      children: cells.map((cell): TableCell => ({ type: 'tableCell', position, children: [{ type: 'text', value: clean(stripHtml(cell[2]).replace(/\n/g, ' ')) }] })),
    });
  }
  if (rows.length < 2) return block;
  const table: Table = { type: 'table', align: [], children: rows, position: html.position };
  return table;
}

function countLines(text: string, upTo: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < upTo; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
