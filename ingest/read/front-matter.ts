import matter from 'gray-matter';
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

const engines = {
  toml: (source: string): object => parseToml(source),
};

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
  try {
    const parsed = matter(text.slice(0, close.end), {
      language: fence === '+++' ? 'toml' : 'yaml',
      delimiters: fence,
      engines,
    });
    const data = (parsed.data ?? {}) as FrontMatter;
    return { data: normalizeDates(data) as FrontMatter, body, bodyLine };
  } catch (error) {
    return { reason: `broken ${fence === '+++' ? 'TOML' : 'YAML'} front matter: ${describe(error)}`, line: errorLine(error) };
  }
}

function findClosingFence(text: string, fence: string): { line: number; end: number } | undefined {
  let offset = text.indexOf('\n') + 1;
  let line = 2;
  while (offset > 0 && offset <= text.length) {
    const next = text.indexOf('\n', offset);
    const content = text.slice(offset, next === -1 ? text.length : next).trimEnd();
    if (content === fence) return { line, end: next === -1 ? text.length : next + 1 };
    if (next === -1) return undefined;
    offset = next + 1;
    line++;
  }
  return undefined;
}

function describe(error: unknown): string {
  if (error instanceof TomlError) return error.message.split('\n')[0];
  if (error instanceof Error) return (error as Error & { reason?: string }).reason ?? error.message.split('\n')[0];
  return String(error);
}

/** The file line of a YAML or TOML syntax error: the parsers count from the fence line's line break. */
function errorLine(error: unknown): number {
  const mark = (error as { mark?: { line?: number } }).mark;
  if (mark && typeof mark.line === 'number') return mark.line + 1;
  if (error instanceof TomlError) return error.line;
  return 1;
}

/** YAML and TOML dates become ISO strings (YYYY-MM-DD when there is no time), so facts stay plain JSON. */
function normalizeDates(value: unknown): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (value && typeof value === 'object' && typeof (value as { toISOString?: unknown }).toISOString === 'function') {
    return String((value as { toISOString: () => string }).toISOString());
  }
  if (Array.isArray(value)) return value.map(normalizeDates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDates(v)]));
  }
  return value;
}
