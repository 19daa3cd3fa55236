import matter from 'gray-matter';
import { CST, Parser, parseDocument as parseYamlDocument, visit, type YAMLError } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';

export type FrontMatter = Record<string, unknown>;

export interface FrontMatterResult {
  data: FrontMatter;
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
}

export interface FrontMatterError {
  reason: string;
  line: number;
}

/**
 * Limits that keep a few hundred bytes of front matter from costing gigabytes: YAML aliases expand into copies when
 * read (nine levels of nine aliases make 387 million values), and every nesting level is a stack frame for whoever
 * walks the values.
 */
export const FRONT_MATTER_LIMITS = { bytes: 1024 * 1024, aliases: 1_000, depth: 64 };

/**
 * Splits YAML (`---`) or TOML (`+++`) front matter from the markdown body.
 * A broken block is an error at its line, so that the user can find it.
 */
export function parseFrontMatter(text: string): FrontMatterResult | FrontMatterError {
  const fence = text.startsWith('---\n') || text.startsWith('---\r') ? '---' : text.startsWith('+++\n') ? '+++' : undefined;
  if (!fence) return { data: {}, body: text, bodyLine: 1 };
  const close = findClosingFence(text, fence);
  if (close === undefined) return { reason: `front matter opened with "${fence}" on line 1 is never closed`, line: 1 };
  const bodyLine = close.line + 1;
  const body = text.slice(close.end);
  // The block between the fences: its first line is the file's line 2.
  const source = text.slice(text.indexOf('\n') + 1, close.start);
  const language = fence === '+++' ? 'TOML' : 'YAML';
  if (source.length > FRONT_MATTER_LIMITS.bytes) {
    return { reason: `${language} front matter is ${(source.length / 1048576).toFixed(1)} MiB, over the ${FRONT_MATTER_LIMITS.bytes / 1048576} MiB limit`, line: 1 };
  }
  // gray-matter reads the block between the fences with the engine of its language; the engines below keep the limits.
  const read: { block: BlockValue } = { block: { value: {} } };
  const engine = (reader: (source: string) => BlockValue) => (block: string): object => {
    // gray-matter hands over the block with the newline that ended the opening fence and without the one that ends
    // its last line: given back as the file has it, line 1 is the block's first and an error at its end is on its line.
    read.block = reader(`${block.replace(/^\r?\n/, '')}\n`);
    return {};
  };
  matter(text.slice(0, close.end), { language: fence === '+++' ? 'toml' : 'yaml', delimiters: fence, engines: { yaml: engine(readYaml), toml: engine(readToml) } });
  const parsed = read.block;
  if ('reason' in parsed) return { reason: `broken ${language} front matter: ${parsed.reason}`, line: parsed.line + 1 };
  const value = plainValue(parsed.value ?? {}, 0, new Map());
  if (value === TOO_DEEP) return { reason: `${language} front matter nests deeper than ${FRONT_MATTER_LIMITS.depth} levels`, line: 1 };
  // A block that is not a mapping (a thematic break over a line of text) has no fields to read.
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as FrontMatter) : {};
  return { data, body, bodyLine };
}

/** A front matter block's value, or why it cannot be read and on which of its own lines (1 = the block's first). */
type BlockValue = { value: unknown } | { reason: string; line: number };

function readYaml(source: string): BlockValue {
  // The parser recurses once per level: thousands of levels exhaust the stack, and V8 can abort the whole process
  // when that happens while it compiles a regular expression. So the nesting is measured before parsing.
  const deep = deepestLine(source);
  if (deep !== undefined) return { reason: `nests deeper than ${FRONT_MATTER_LIMITS.depth} levels`, line: deep };
  // The core schema as YAML 1.2 has it, plus dates and merge keys, which notes use ("date: 2024-03-20", "<<: *base").
  const document = parseYamlDocument(source, { schema: 'core', customTags: ['timestamp', 'merge'], merge: true, logLevel: 'silent', uniqueKeys: true });
  const [error] = document.errors;
  if (error) return { reason: firstLine(error.message), line: (isMissingQuote(error) && unclosedQuoteLine(source)) || yamlErrorLine(error) };
  let aliases = 0;
  // Most front matter has no alias at all: only a "*" can make one.
  if (source.includes('*')) visit(document, { Alias: () => (++aliases > FRONT_MATTER_LIMITS.aliases ? visit.BREAK : undefined) });
  if (aliases > FRONT_MATTER_LIMITS.aliases) return { reason: `more than ${FRONT_MATTER_LIMITS.aliases} aliases (*name)`, line: 1 };
  try {
    return { value: document.toJS({ maxAliasCount: FRONT_MATTER_LIMITS.aliases }) };
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    return { reason: /resource exhaustion/.test(reason) ? 'its aliases (*name) expand to too many values' : reason, line: 1 };
  }
}

/**
 * The first line (1 = the block's first) on which YAML may nest deeper than the limit, by a generous measure: open
 * flow brackets outside quotes, plus the indentation and the "- " items that open a line. Undefined when none does.
 */
function deepestLine(source: string): number | undefined {
  let flow = 0;
  let line = 1;
  let start = true;
  let block = 0;
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      line += 1;
      start = true;
      block = 0;
      quote = undefined;
      continue;
    }
    if (start) {
      if (c === ' ' || c === '-' || c === '?') {
        block += c === ' ' ? 0.5 : 1;
        continue;
      }
      start = false;
    }
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || source[i - 1] === ' ')) {
      // A comment: the rest of the line is not YAML.
      const end = source.indexOf('\n', i);
      i = (end === -1 ? source.length : end) - 1;
    } else if (c === '[' || c === '{') flow += 1;
    else if ((c === ']' || c === '}') && flow > 0) flow -= 1;
    if (flow + block > FRONT_MATTER_LIMITS.depth * 2) return line;
  }
  return undefined;
}

function readToml(source: string): BlockValue {
  try {
    return { value: parseToml(source, { maxDepth: FRONT_MATTER_LIMITS.depth }) };
  } catch (error) {
    if (error instanceof TomlError) return { reason: firstLine(error.message), line: error.line };
    if (error instanceof RangeError) return { reason: `nests deeper than ${FRONT_MATTER_LIMITS.depth} levels`, line: 1 };
    throw error;
  }
}

function findClosingFence(text: string, fence: string): { line: number; start: number; end: number } | undefined {
  let offset = text.indexOf('\n') + 1;
  let line = 2;
  while (offset > 0 && offset <= text.length) {
    const next = text.indexOf('\n', offset);
    const content = text.slice(offset, next === -1 ? text.length : next).trimEnd();
    if (content === fence) return { line, start: offset, end: next === -1 ? text.length : next + 1 };
    if (next === -1) return undefined;
    offset = next + 1;
    line++;
  }
  return undefined;
}

function firstLine(text: string): string {
  return text.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function yamlErrorLine(error: YAMLError): number {
  return error.linePos?.[0].line ?? 1;
}

function isMissingQuote(error: YAMLError): boolean {
  return error.code === 'MISSING_CHAR' && /quote/.test(error.message);
}

/**
 * The line (1 = the block's first) on which a quoted value that is never closed opens. The parser reports a missing
 * closing quote where it stopped looking, the end of the block; the user wants the line where the quote opened.
 */
function unclosedQuoteLine(source: string): number | undefined {
  let offset: number | undefined;
  const check = (token: CST.Token | undefined): void => {
    if (offset === undefined && token && (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && !isClosed(token.source)) {
      offset = token.offset;
    }
  };
  for (const token of new Parser().parse(source)) {
    if (token.type !== 'document') continue;
    check(token.value);
    CST.visit(token, (item) => {
      check(item.key ?? undefined);
      check(item.value);
      return offset === undefined ? undefined : CST.visit.BREAK;
    });
    if (offset !== undefined) break;
  }
  return offset === undefined ? undefined : source.slice(0, offset).split('\n').length;
}

/** Whether a quoted scalar's source ends with its closing quote (not an escaped one, in double quotes). */
function isClosed(quoted: string): boolean {
  const quote = quoted[0];
  if (quoted.length < 2 || !quoted.endsWith(quote)) return false;
  if (quote === "'") return true;
  let backslashes = 0;
  for (let i = quoted.length - 2; i > 0 && quoted[i] === '\\'; i--) backslashes += 1;
  return backslashes % 2 === 0;
}

const TOO_DEEP = Symbol('too deep');

/**
 * Front matter as plain JSON values: YAML and TOML dates become ISO strings (YYYY-MM-DD when there is no time). A
 * value YAML shares between places (an alias) is converted once and shared again, never copied out.
 */
function plainValue(value: unknown, depth: number, converted: Map<object, unknown>): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (!value || typeof value !== 'object') return value;
  if (typeof (value as { toISOString?: unknown }).toISOString === 'function') return String((value as { toISOString: () => string }).toISOString());
  const done = converted.get(value);
  if (done !== undefined) return done;
  if (depth >= FRONT_MATTER_LIMITS.depth) return TOO_DEEP;
  let result: unknown[] | Record<string, unknown>;
  if (Array.isArray(value)) {
    result = [];
    for (const item of value) {
      const plain = plainValue(item, depth + 1, converted);
      if (plain === TOO_DEEP) return TOO_DEEP;
      result.push(plain);
    }
  } else {
    result = {};
    for (const [key, item] of Object.entries(value)) {
      const plain = plainValue(item, depth + 1, converted);
      if (plain === TOO_DEEP) return TOO_DEEP;
      // A key such as "__proto__" stays a field: it must not become the object's prototype.
      Object.defineProperty(result, key, { value: plain, enumerable: true, writable: true, configurable: true });
    }
  }
  converted.set(value, result);
  return result;
}
