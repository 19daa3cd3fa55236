// GFM strikethrough as GitHub and micromark read it: a run of one or two tildes, closed by a run of the same length.
import type MarkdownIt from 'markdown-it';
import type { StateInline } from 'markdown-it';

const TILDE = 0x7e;
// One delimiter code per run length: markdown-it pairs delimiters of equal code only, so "~" never closes "~~".
const SINGLE = TILDE;
const DOUBLE = 0x1007e;

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

type CharacterClass = 'whitespace' | 'punctuation' | 'other';

function classify(char: string | undefined): CharacterClass {
  if (char === undefined || char === '' || WHITESPACE.test(char)) return 'whitespace';
  return PUNCTUATION.test(char) ? 'punctuation' : 'other';
}

function charBefore(src: string, pos: number): string | undefined {
  if (pos === 0) return undefined;
  const low = src.charCodeAt(pos - 1);
  return low >= 0xdc00 && low <= 0xdfff && pos >= 2 ? src.slice(pos - 2, pos) : src[pos - 1];
}

function tokenize(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== TILDE) return false;
  let end = start;
  while (end < state.posMax && state.src.charCodeAt(end) === TILDE) end += 1;
  const length = end - start;
  if (silent) return false;
  if (length > 2) {
    // Three or more tildes are text, as in GFM.
    state.pending += state.src.slice(start, end);
    state.pos = end;
    return true;
  }
  const before = classify(charBefore(state.src, start));
  const after = classify(String.fromCodePoint(state.src.codePointAt(end) ?? 0x20));
  const token = state.push('text', '', 0);
  token.content = state.src.slice(start, end);
  state.delimiters.push({
    marker: length === 1 ? SINGLE : DOUBLE,
    length: 0,
    token: state.tokens.length - 1,
    end: -1,
    open: after === 'other' || (after === 'punctuation' && before !== 'other'),
    close: before === 'other' || (before === 'punctuation' && after !== 'other'),
  });
  state.pos = end;
  return true;
}

function pairUp(state: StateInline, delimiters: StateInline['delimiters']): void {
  for (const opener of delimiters) {
    if ((opener.marker !== SINGLE && opener.marker !== DOUBLE) || opener.end < 0) continue;
    const closer = delimiters[opener.end];
    const open = state.tokens[opener.token];
    open.type = 's_open';
    open.tag = 's';
    open.nesting = 1;
    open.markup = open.content;
    open.content = '';
    const close = state.tokens[closer.token];
    close.type = 's_close';
    close.tag = 's';
    close.nesting = -1;
    close.markup = close.content;
    close.content = '';
  }
}

function postProcess(state: StateInline): boolean {
  pairUp(state, state.delimiters);
  for (const meta of state.tokens_meta) if (meta?.delimiters) pairUp(state, meta.delimiters);
  return false;
}

/** Replaces markdown-it's strikethrough (double tildes only) with GFM's. */
export function gfmStrikethrough(md: MarkdownIt): void {
  md.inline.ruler.at('strikethrough', tokenize);
  md.inline.ruler2.at('strikethrough', postProcess);
}
