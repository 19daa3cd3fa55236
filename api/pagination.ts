// Cursor pagination over ordered lists: cursors are opaque positions.
import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;

const CURSOR_PREFIX = 'talkgraph:';

export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, 'utf8').toString('base64url');
}

/** The last position a cursor may name: Cypher's list slices and SKIP past a 32-bit integer fail in the database. */
export const MAX_CURSOR_POSITION = 2 ** 31 - 1 - MAX_PAGE_SIZE - 1;

/** The position a cursor stands for; a malformed or out-of-range cursor is a user error. */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(position) || position < 0 || position > MAX_CURSOR_POSITION) {
    throw badUserInput(`"${cursor}" is not a cursor of this list: pass the endCursor of a previous page.`, 'after');
  }
  return position;
}

/** Checks an integer argument against its range, with an error naming the argument. */
/** The argument as an integer in [min, max]; anything else (an explicit null too) is a user error naming it. */
export function checkRange(name: string, value: number | null | undefined, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${name} must be between ${min} and ${max}; got ${value}.`, name);
  }
  return value;
}

export interface PageRequest {
  offset: number;
  first: number;
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = checkRange('first', first, 0, MAX_PAGE_SIZE);
  return { offset: after ? decodeCursor(after) + 1 : 0, first: size };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function connection<T>(page: T[], request: PageRequest, totalCount: number): Connection<T> {
  const edges = page.map((node, i) => ({ cursor: encodeCursor(request.offset + i), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: request.offset + page.length < totalCount,
      hasPreviousPage: request.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
