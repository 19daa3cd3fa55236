// Keys and tokens shared by every gazetteer lookup, so that the data, the build and the text scan agree.

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The key a name is stored and looked up under: NFKC (full width to half width), lower case, and nothing but
 * letters and digits, so "Fluent Bit", "fluent-bit", "FluentBit" and "ＦｌｕｅｎｔＢｉｔ" share one key.
 */
export function normalizeKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A word of the text: a run of letters and digits, or one CJK character (CJK text has no spaces to split on). */
export interface Token {
  key: string;
  start: number;
  end: number;
  cjk: boolean;
}

// One pass over the text; the first alternative takes a single CJK character, the second a run of other letters.
const TOKEN =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])|((?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}\p{M}])+)/gu;

const ASCII = /^[\x00-\x7f]*$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const surface = match[0];
    const key = ASCII.test(surface) ? surface.toLowerCase() : normalizeKey(surface);
    if (key === '') continue;
    tokens.push({ key, start: match.index, end: match.index + surface.length, cjk: match[1] !== undefined });
  }
  return tokens;
}

export function isCjk(char: string): boolean {
  return CJK_CHAR.test(char);
}

/** Collapses spaces (including full-width ones) and trims. */
export function cleanSpaces(text: string): string {
  return text.replace(/[\u00a0\u3000\s]+/g, ' ').trim();
}
