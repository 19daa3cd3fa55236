// A dictionary of multi-word names matched against the tokens of a text in one left-to-right pass: each name is
// stored under its key (normalizeKey) in a trie of the key's characters, and a scan follows the text's tokens
// character by character, stopping as soon as no name can continue. No string is built or hashed on the way.
import type { Token } from './normalize';

export interface PhraseMatch<T> {
  values: T[];
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
  /** The matched name's key. */
  key: string;
  start: number;
  end: number;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined;
  /** The names whose key ends here, and that key. */
  values: T[] | undefined;
  key: string | undefined;
}

const newNode = <T>(): TrieNode<T> => ({ next: undefined, values: undefined, key: undefined });

// What may stand between two tokens of one name: "Fluent Bit", "fluent-bit", "Trip.com", "CI/CD", "Envoy 网关".
function isJoiner(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x2d || code === 0x5f || code === 0x2e || code === 0x2f || code === 0xb7 || code === 0x30fb;
}

function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index += 1) if (!isJoiner(text.charCodeAt(index))) return false;
  return true;
}

/** The node reached from `node` by a token's key, from `from` on: its own characters (ASCII letters lower-cased), or its folded key. */
function follow<T>(node: TrieNode<T>, text: string, token: Token, from = 0): TrieNode<T> | undefined {
  let at: TrieNode<T> | undefined = node;
  const folded = token.folded;
  if (folded !== undefined) {
    for (let index = from; index < folded.length && at !== undefined; index += 1) at = at.next?.get(folded.charCodeAt(index));
    return at;
  }
  for (let index = token.start + from; index < token.end && at !== undefined; index += 1) {
    const code = text.charCodeAt(index);
    at = at.next?.get(code >= 65 && code <= 90 ? code + 32 : code);
  }
  return at;
}

/** A token's first character, as its key begins. */
function firstCode(text: string, token: Token): number {
  const code = token.folded !== undefined ? token.folded.charCodeAt(0) : text.charCodeAt(token.start);
  return code >= 65 && code <= 90 ? code + 32 : code;
}

export class PhraseIndex<T> {
  private readonly entries = new Map<string, T[]>();
  private readonly root: TrieNode<T> = newNode();
  /** The root's children for the ASCII characters most tokens begin with, in an array rather than its map. */
  private readonly asciiRoots: (TrieNode<T> | undefined)[] = new Array(128).fill(undefined);

  add(key: string, value: T): void {
    if (key === '') return;
    const values = this.entries.get(key);
    if (values) {
      if (!values.includes(value)) values.push(value);
      return;
    }
    const created = [value];
    this.entries.set(key, created);
    let node = this.root;
    for (let index = 0; index < key.length; index += 1) {
      const code = key.charCodeAt(index);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) {
        node.next.set(code, (child = newNode()));
        if (node === this.root && code < 128) this.asciiRoots[code] = child;
      }
      node = child;
    }
    node.values = created;
    node.key = key;
  }

  get(key: string): T[] | undefined {
    return this.entries.get(key);
  }

  /** Leftmost-longest, non-overlapping matches. */
  scan(text: string, tokens: Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length) {
      const match = this.longestAt(text, tokens, index);
      if (match) {
        matches.push(match);
        index = match.last + 1;
      } else {
        index += 1;
      }
    }
    return matches;
  }

  /** The longest name that starts at token `first`. */
  longestAt(text: string, tokens: Token[], first: number): PhraseMatch<T> | undefined {
    const code = firstCode(text, tokens[first]);
    const start = code < 128 ? this.asciiRoots[code] : this.root.next?.get(code);
    let node = start && follow(start, text, tokens[first], 1);
    if (!node) return undefined;
    let best = node.values ? node : undefined;
    let bestLast = first;
    for (let last = first + 1; last < tokens.length; last += 1) {
      if (!node.next || !joinable(text, tokens[last - 1].end, tokens[last].start)) break;
      node = follow(node, text, tokens[last]);
      if (!node) break;
      if (node.values) {
        best = node;
        bestLast = last;
      }
    }
    if (!best) return undefined;
    return { values: best.values!, first, last: bestLast, key: best.key!, start: tokens[first].start, end: tokens[bestLast].end };
  }
}
