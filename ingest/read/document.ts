import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { detectLanguage, type Language } from './language';
import { parseMarkdown } from './markdown';

/** A problem with one document, placed at a line: shown to the user, never thrown. */
export interface DocumentMessage {
  path: string;
  line?: number;
  severity: 'error' | 'warning' | 'note';
  reason: string;
}

export interface ParsedDocument {
  path: string;
  sha256: string;
  bytes: number;
  /** The whole file's lines; `lines[n - 1]` is line n. */
  lines: string[];
  frontMatter: FrontMatter;
  /** The markdown body as an mdast tree whose positions are lines of the whole file. */
  tree: Root;
  lang: Language;
  /** The front matter's title, else the first level-1 heading, else undefined. */
  title?: string;
}

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a file's bytes into a parsed document, or into a message saying why it cannot be read.
 * Bad input is a message with the file and line; only a bug in talkgraph throws.
 */
export function parseDocument(path: string, bytes: Uint8Array): ParsedDocument | DocumentMessage {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return { path, severity: 'error', reason: `file is ${(bytes.length / 1048576).toFixed(1)} MiB, over the ${MAX_DOCUMENT_BYTES / 1048576} MiB limit for one document` };
  }
  const utf16 = utf16Of(bytes);
  let text: string;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      return { path, severity: 'error', reason: `not valid ${utf16.toUpperCase()} text (it starts with a ${utf16.toUpperCase()} byte order mark)` };
    }
  } else {
    if (bytes.includes(0)) return { path, severity: 'error', reason: 'binary file (contains NUL bytes), not a text document' };
    try {
      text = utf8.decode(bytes);
    } catch {
      return { path, severity: 'error', line: firstInvalidUtf8Line(bytes), reason: 'not valid UTF-8 text' };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Nothing to read is not an error of the file's, but no document either.
  if (text.trim() === '') return { path, severity: 'warning', reason: 'empty file, not ingested' };
  text = text.replace(/\r\n?/g, '\n');

  const front = parseFrontMatter(text);
  if ('reason' in front) return { path, severity: 'error', line: front.line, reason: front.reason };

  const lines = text.split('\n');
  // The body is the text after the front matter's closing line: its lines are the file's from that line on.
  const bodyLines = front.bodyLine === 1 ? lines : lines.slice(front.bodyLine - 1);
  const tree = parseMarkdown(front.body, front.bodyLine, bodyLines.length > 0 ? bodyLines : ['']);

  const title = stringField(front.data.title) ?? firstHeading(tree);
  return {
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    lines,
    frontMatter: front.data,
    tree,
    lang: detectLanguage(title ?? '', front.body),
    title,
  };
}

export function isMessage(value: ParsedDocument | DocumentMessage): value is DocumentMessage {
  return 'reason' in value;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function firstHeading(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      const text = node.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
      if (text) return text;
    }
  }
  return undefined;
}

/** Text saved as UTF-16 (Windows editors do) starts with its byte order mark. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return line;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line++;
    i += need + 1;
  }
  return line;
}
