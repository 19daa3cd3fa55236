// Keys and tokens shared by every gazetteer lookup, so that the data, the build and the text scan agree.
import { memoize } from '../memo';

/**
 * The key a name is stored and looked up under: NFKC (full width to half width), lower case, and nothing but
 * letters and digits, so "Fluent Bit", "fluent-bit", "FluentBit" and "ＦｌｕｅｎｔＢｉｔ" share one key.
 */
export const normalizeKey = memoize((text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));

/**
 * A word of the text: a run of letters and digits, or one CJK character (CJK text has no spaces to split on). Its key
 * is its own characters, ASCII letters in lower case; a word with other letters carries its key (normalizeKey).
 */
export interface Token {
  start: number;
  end: number;
  cjk: boolean;
  folded: string | undefined;
}

/** The key a token is looked up under. */
export function tokenKey(text: string, token: Token): string {
  return token.folded ?? text.slice(token.start, token.end).toLowerCase();
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

// Whether each UTF-16 unit beyond ASCII is part of a word, asked of the pattern once per unit: 0 not yet, 1 yes, 2 no.
const wordUnits = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = wordUnits[code];
  if (known === 0) wordUnits[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

// A hand-written loop that makes no string for a word of ASCII letters or a CJK character: the scan reads their
// characters from the text.
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isCjkCode(code)) {
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      tokens.push({ start: index, end: index + width, cjk: true, folded: undefined });
      index += width;
      continue;
    }
    if (!isWordCode(code)) {
      index += 1;
      continue;
    }
    const start = index;
    let ascii = code < 0x80;
    index += 1;
    while (index < text.length) {
      const next = text.charCodeAt(index);
      if (isCjkCode(next) || !isWordCode(next)) break;
      if (next >= 0x80) ascii = false;
      index += 1;
    }
    if (ascii) {
      tokens.push({ start, end: index, cjk: false, folded: undefined });
      continue;
    }
    const key = normalizeKey(text.slice(start, index));
    if (key !== '') tokens.push({ start, end: index, cjk: false, folded: key });
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
