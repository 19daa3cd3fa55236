// A dictionary of multi-word names matched against the tokens of a text in one left-to-right pass: each name is
// stored under its key (normalizeKey) in a trie of the key's characters, and a scan follows the text's tokens
// character by character, stopping as soon as no name can continue. No string is built or hashed on the way: the
// trie's steps on digits and ASCII letters, nearly all of them, are read from a table of numbers.
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

/** Keys hold digits and lower-case letters of ASCII (normalizeKey), a token's upper-case letters stand for them. */
const ALPHABET = 36;
const ASCII_CLASS = new Int8Array(128).fill(-1);
for (let code = 48; code <= 57; code += 1) ASCII_CLASS[code] = code - 48;
for (let code = 97; code <= 122; code += 1) ASCII_CLASS[code] = ASCII_CLASS[code - 32] = code - 97 + 10;

// What may stand between two tokens of one name: "Fluent Bit", "fluent-bit", "Trip.com", "CI/CD", "Envoy 网关".
function isJoiner(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x2d || code === 0x5f || code === 0x2e || code === 0x2f || code === 0xb7 || code === 0x30fb;
}

function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index += 1) if (!isJoiner(text.charCodeAt(index))) return false;
  return true;
}

export class PhraseIndex<T> {
  private readonly entries = new Map<string, T[]>();
  /** The trie's states are numbers, 0 its root; a step leads to a state above 0, or to 0 where no key continues. */
  private asciiSteps = new Int32Array(ALPHABET * 1024);
  private readonly otherSteps = new Map<number, number>();
  private readonly branching: boolean[] = [false];
  /** The names whose key ends at a state, and that key. */
  private readonly values: (T[] | undefined)[] = [undefined];
  private readonly keys: (string | undefined)[] = [undefined];

  add(key: string, value: T): void {
    if (key === '') return;
    const values = this.entries.get(key);
    if (values) {
      if (!values.includes(value)) values.push(value);
      return;
    }
    const created = [value];
    this.entries.set(key, created);
    let state = 0;
    for (let index = 0; index < key.length; index += 1) {
      const code = key.charCodeAt(index);
      let next = this.step(state, code);
      if (next === 0) {
        next = this.values.length;
        this.values.push(undefined);
        this.keys.push(undefined);
        this.branching.push(false);
        this.branching[state] = true;
        this.setStep(state, code, next);
      }
      state = next;
    }
    this.values[state] = created;
    this.keys[state] = key;
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
    let state = this.follow(0, text, tokens[first]);
    if (state === 0) return undefined;
    let best = this.values[state] ? state : 0;
    let bestLast = first;
    for (let last = first + 1; last < tokens.length; last += 1) {
      if (!this.branching[state] || !joinable(text, tokens[last - 1].end, tokens[last].start)) break;
      state = this.follow(state, text, tokens[last]);
      if (state === 0) break;
      if (this.values[state]) {
        best = state;
        bestLast = last;
      }
    }
    if (best === 0) return undefined;
    return { values: this.values[best]!, first, last: bestLast, key: this.keys[best]!, start: tokens[first].start, end: tokens[bestLast].end };
  }

  /** The state reached from `state` by a token's key: its own characters, or the key it carries. */
  private follow(from: number, text: string, token: Token): number {
    let state = from;
    const folded = token.folded;
    if (folded !== undefined) {
      for (let index = 0; index < folded.length; index += 1) if ((state = this.step(state, folded.charCodeAt(index))) === 0) return 0;
      return state;
    }
    for (let index = token.start; index < token.end; index += 1) if ((state = this.step(state, text.charCodeAt(index))) === 0) return 0;
    return state;
  }

  private step(state: number, code: number): number {
    if (code < 128) {
      const symbol = ASCII_CLASS[code];
      const at = state * ALPHABET + symbol;
      // A state that never had a step on these characters may lie beyond the table.
      return symbol < 0 || at >= this.asciiSteps.length ? 0 : this.asciiSteps[at];
    }
    return this.otherSteps.get(state * 0x10000 + code) ?? 0;
  }

  private setStep(state: number, code: number, next: number): void {
    const symbol = code < 128 ? ASCII_CLASS[code] : -1;
    if (symbol < 0) {
      this.otherSteps.set(state * 0x10000 + code, next);
      return;
    }
    if ((state + 1) * ALPHABET > this.asciiSteps.length) {
      const grown = new Int32Array(Math.max(this.asciiSteps.length * 2, (state + 1) * ALPHABET));
      grown.set(this.asciiSteps);
      this.asciiSteps = grown;
    }
    this.asciiSteps[state * ALPHABET + symbol] = next;
  }
}
