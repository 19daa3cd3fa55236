// A dictionary of multi-word names matched against the tokens of a text in one left-to-right pass: each name is
// stored under its key (normalizeKey), and every prefix of every key is kept so a scan stops as soon as no name can
// continue. Cost per token is a few hash lookups, whatever the number of names.
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

// What may stand between two tokens of one name: "Fluent Bit", "fluent-bit", "Trip.com", "CI/CD", "Envoy 网关".
const JOINERS = new Set([' ', '\t', '\u00a0', '\u3000', '-', '_', '.', '/', '·', '・']);

function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index += 1) if (!JOINERS.has(text[index])) return false;
  return true;
}

export class PhraseIndex<T> {
  private readonly entries = new Map<string, T[]>();
  private readonly prefixes = new Set<string>();

  add(key: string, value: T): void {
    if (key === '') return;
    const values = this.entries.get(key);
    if (values) {
      if (!values.includes(value)) values.push(value);
    } else {
      this.entries.set(key, [value]);
    }
    for (let length = 1; length <= key.length; length += 1) this.prefixes.add(key.slice(0, length));
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
    let key = '';
    let best: PhraseMatch<T> | undefined;
    for (let last = first; last < tokens.length; last += 1) {
      if (last > first && !joinable(text, tokens[last - 1].end, tokens[last].start)) break;
      key += tokens[last].key;
      if (!this.prefixes.has(key)) break;
      const values = this.entries.get(key);
      if (values) best = { values, first, last, key, start: tokens[first].start, end: tokens[last].end };
    }
    return best;
  }
}
