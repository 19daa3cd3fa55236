// GFM autolink literals: "https://…", "www.…" and e-mail addresses written as plain text are links in GitHub's
// markdown (and in micromark's GFM), not in markdown-it's CommonMark. Applied to the text of a finished tree.
import type { Link, PhrasingContent, Text } from 'mdast';

// A candidate: a protocol or "www.", or an e-mail address; validated and trimmed below.
const CANDIDATE = /(?:https?:\/\/|www\.)[^\s<]*|[A-Za-z0-9+\-._]+@[A-Za-z0-9\-_]+(?:\.[A-Za-z0-9\-_]+)+/gi;
const TRAILING = new Set(['!', '"', "'", ')', '*', ',', '.', ':', ';', '<', '>', '?', ']', '_', '}', '~']);
const WHITESPACE_OR_PUNCTUATION = /[\s\p{P}\p{S}]/u;
const ASCII_ALPHA = /[A-Za-z]/;
const ATEXT = /[A-Za-z0-9+\-._]/;

/** The characters that may stand right before each kind of literal. */
function allowedBefore(kind: 'www' | 'protocol' | 'email', char: string | undefined): boolean {
  if (char === undefined) return true;
  if (kind === 'protocol') return !ASCII_ALPHA.test(char);
  if (kind === 'www') return WHITESPACE_OR_PUNCTUATION.test(char);
  return char !== '/' && !ATEXT.test(char);
}

/** A domain has a dot, and no underscore in its last two labels. */
function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  return labels.slice(-2).every((label) => label === '' || (!label.includes('_') && /[A-Za-z0-9]/.test(label)));
}

/** Trailing punctuation is not part of the link; a ")" is when it closes a "(" inside the link. */
function trimTrail(url: string): string {
  let end = url.length;
  for (;;) {
    const char = url[end - 1];
    if (char === ';') {
      const entity = url.slice(0, end).match(/&[A-Za-z0-9]+;$/);
      if (entity) {
        end -= entity[0].length;
        continue;
      }
    }
    if (!TRAILING.has(char)) break;
    if (char === ')') {
      const kept = url.slice(0, end - 1);
      if (count(kept, '(') > count(kept, ')')) break;
    }
    end -= 1;
  }
  return url.slice(0, end);
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}

interface Found {
  start: number;
  text: string;
  url: string;
}

function literalAt(value: string, match: RegExpExecArray): Found | undefined {
  const written = match[0];
  const before = match.index > 0 ? value[match.index - 1] : undefined;
  if (written.includes('@') && !/^(?:https?:\/\/|www\.)/i.test(written)) {
    if (!allowedBefore('email', before) || /[-_]$/.test(written)) return undefined;
    const text = written.replace(/\.$/, '');
    if (/[-_]$/.test(text)) return undefined;
    return { start: match.index, text, url: `mailto:${text}` };
  }
  const www = /^www\./i.test(written);
  if (!allowedBefore(www ? 'www' : 'protocol', before)) return undefined;
  const text = trimTrail(written);
  const rest = www ? text : text.replace(/^https?:\/\//i, '');
  const domain = rest.split(/[/?#]/)[0];
  if (domain === '' || WHITESPACE_OR_PUNCTUATION.test(domain[0]) || !isDomain(domain)) return undefined;
  return { start: match.index, text, url: www ? `http://${text}` : text };
}

// What any literal needs: most text has none of these, and the candidate pattern is slow to rule out word by word.
const MARKER = /@|:\/\/|www\./i;

function splitText(node: Text): PhrasingContent[] | undefined {
  const value = node.value;
  if (!value.includes('.') || !MARKER.test(value)) return undefined;
  const out: PhrasingContent[] = [];
  let last = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(value); match !== null; match = CANDIDATE.exec(value)) {
    const found = literalAt(value, match);
    if (!found) continue;
    if (found.start > last) out.push({ type: 'text', value: value.slice(last, found.start) });
    const link: Link = { type: 'link', title: null, url: found.url, children: [{ type: 'text', value: found.text }] };
    out.push(link);
    last = found.start + found.text.length;
    CANDIDATE.lastIndex = last;
  }
  if (out.length === 0) return undefined;
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/** The phrasing content with its literal links made links; text inside links stays text. */
export function linkLiterals(children: PhrasingContent[]): PhrasingContent[] {
  let out: PhrasingContent[] | undefined;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    let replaced: PhrasingContent[] | undefined;
    if (child.type === 'text') replaced = splitText(child);
    else if (child.type === 'emphasis' || child.type === 'strong' || child.type === 'delete') child.children = linkLiterals(child.children);
    if (replaced) out ??= children.slice(0, index);
    if (out) out.push(...(replaced ?? [child]));
  }
  return out ?? children;
}
