// Keys and tokens shared by every gazetteer lookup, so that the data, the build and the text scan agree.
import { memoize } from '../memo';

/**
 * The key a name is stored and looked up under: NFKC (full width to half width), lower case, and nothing but
 * letters and digits, so "Fluent Bit", "fluent-bit", "FluentBit" and "ＦｌｕｅｎｔＢｉｔ" share one key.
 */
export const normalizeKey = memoize((text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));

/** A word of the text: a run of letters and digits, or one CJK character (CJK text has no spaces to split on). */
export interface Token {
  key: string;
  start: number;
  end: number;
  cjk: boolean;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Han, kana and Hangul: each character is a word of its own. */
function isCjkCode(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xd840 && code <= 0xd87f) // high surrogates of the CJK extension planes
  );
}

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(text[index]);
}

const ASCII = /^[\x00-\x7f]*$/;

// A hand-written loop: a Unicode-class regex with lookahead per character was the slowest part of a scan.
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isCjkCode(code)) {
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      tokens.push({ key: text.slice(index, index + width), start: index, end: index + width, cjk: true });
      index += width;
      continue;
    }
    if (!isWordCode(code, text, index)) {
      index += 1;
      continue;
    }
    const start = index;
    index += 1;
    while (index < text.length) {
      const next = text.charCodeAt(index);
      if (isCjkCode(next) || !isWordCode(next, text, index)) break;
      index += 1;
    }
    const surface = text.slice(start, index);
    const key = ASCII.test(surface) ? surface.toLowerCase() : normalizeKey(surface);
    if (key !== '') tokens.push({ key, start, end: index, cjk: false });
  }
  return tokens;
}

/** Tokens of the last few texts scanned: a talk's title and body are each read for projects, then for topics. */
const recent: { text: string; tokens: Token[] }[] = [];
const RECENT = 4;
export function tokensOf(text: string): Token[] {
  for (const entry of recent) if (entry.text === text) return entry.tokens;
  const tokens = tokenize(text);
  if (recent.length === RECENT) recent.shift();
  recent.push({ text, tokens });
  return tokens;
}

export function isCjk(char: string): boolean {
  return char !== '' && isCjkCode(char.charCodeAt(0));
}

/** Collapses spaces (including full-width ones) and trims. */
export function cleanSpaces(text: string): string {
  return text.replace(/[\u00a0\u3000\s]+/g, ' ').trim();
}
