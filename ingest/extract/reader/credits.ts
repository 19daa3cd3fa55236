// The credit grammar every talk unit shares: a line that names only who gave a talk, with its labels and handles.
import { parseChineseCredit, parseSpeakerLine, parseSpeakerList, type Credit } from '../people';
import type { RootContent } from 'mdast';
import { lineOf } from '../sections';
import { HAN, clean, textOf } from '../text';
import { isHanPersonName } from '../names';
import { normalizeLine, stripHtml, withoutTrailingStamp } from './normalize';

/** Labels that announce speakers, in English and Chinese; what follows them is a credit even when unfamiliar. */
export const CREDIT_LABEL =
  /^(?:(?:the\s+)?(?:speakers?|presenters?|panelists?|moderators?|hosts?|instructors?|facilitators?|authors?)|presented by|hosted by|delivered by|given by|讲师|主讲人|主讲嘉宾|分享嘉宾|演讲嘉宾|分享人|演讲者|讲者|嘉宾)\s*[:：]\s*|^(?:by|with|from)\s+(?=\p{Lu})/iu;

/** A heading or bold label that opens a list of speakers ("**Speakers**", "#### 分享嘉宾"). */
export const CREDIT_HEADING = /^(?:(?:the\s+)?(?:speakers?|presenters?|panelists?|moderators?|hosts?|instructors?)|about the speakers?|讲师(?:介绍)?|主讲人|分享嘉宾|演讲嘉宾|嘉宾(?:介绍)?|演讲者|讲者)\s*[:：]?$/i;

export interface CreditReading {
  credits: Credit[];
  /** Why the line reads as credits: a label, the list grammar, a Chinese credit. */
  cue: string;
}

/** Links beside a name that are not part of the credit: "Jane Doe ([@jdoe](…)), Acme, [Contact](…)" → "Jane Doe, Acme". */
export function withoutHandles(text: string): string {
  return clean(
    text
      .replace(/\s*[(（]\s*@[\w.-]+\s*[)）]/g, '')
      .replace(/(?<=\S)\s+@[\w.-]+(?=\s*(?:[,;&)]|and\b|$))/g, '')
      .replace(/\s*,\s*(?:contact|website|homepage|twitter|linkedin|github|blog|bio|profile|email|x)\s*$/i, ''),
  );
}

/**
 * A line that names only people: "Jane Doe, Acme", "A (X) and B (Y)", "Speakers: …", "@handle", "温铭，… 联合创始人".
 * Undefined when the line does not read as credits.
 */
export function readCreditLine(text: string, options: { loose?: boolean } = {}): CreditReading | undefined {
  const plain = withoutTrailingStamp(normalizeLine(text)).replace(/^[>*\-•]\s*/, '');
  // "@spiffxp @cblecker": handles are the names a schedule gives.
  if (/^@[\w-]+(?:\s*(?:,|&|and)?\s*@[\w-]+)*$/.test(plain)) return { credits: plain.split(/[\s,&]+|\band\b/).filter((h) => h.startsWith('@')).map((h) => ({ name: h.slice(1) })), cue: 'handles' };
  let line = withoutHandles(plain);
  const label = line.match(CREDIT_LABEL);
  if (label) line = clean(line.slice(label[0].length));
  if (line === '' || line.length > 240) return undefined;
  // Names are capitalized: a line that opens in lower case continues a sentence.
  if (label === null && /^\p{Ll}/u.test(line)) return undefined;
  const loose = options.loose === true || label !== null;
  const cue = label ? `label "${clean(label[0])}"` : 'credit list';
  if (HAN.test(line)) {
    const parts = line.split(/\s*[；;、/]\s*|\s+(?:和|与)\s+/).filter(Boolean);
    const credits = parts.map((part) => parseChineseCredit(part)).filter((c): c is Credit => c !== undefined);
    // Without a label, a Han name must open with a Chinese surname: "镜像拉取，Sidecar" is a list of topics.
    const named = credits.every((c) => c.name.length <= 40 && (label !== null || !/^[\u3400-\u9fff]+$/.test(c.name) || isHanPersonName(c.name)));
    if (credits.length === parts.length && credits.length > 0 && named) return { credits, cue: `${cue} (Chinese)` };
  }
  const list = parseSpeakerList(line, { loose });
  if (list) return { credits: list, cue };
  const single = loose ? parseSpeakerLine(line) : undefined;
  return single ? { credits: [single], cue } : undefined;
}

/** The lines of a block that may hold credits, as a reader sees them: list items one each, a photo by its alt text. */
export function linesOfBlock(block: RootContent): { text: string; line: number }[] {
  if (block.type === 'html') return stripHtml(block.value).split('\n').map((text, i) => ({ text: clean(text), line: lineOf(block) + i })).filter((l) => l.text !== '');
  if (block.type === 'list') return block.children.map((item) => ({ text: stripHtml(textOf(item.children[0] ?? item)).split('\n')[0], line: lineOf(item) }));
  const html = block.type === 'paragraph' ? block.children.filter((c) => c.type === 'html').map((c) => stripHtml(c.value)).join(' ') : '';
  const text = stripHtml(textOf(block));
  return [...(clean(html) ? [{ text: clean(html), line: lineOf(block) }] : []), ...text.split('\n').map((t, i) => ({ text: t, line: lineOf(block) + i }))].filter((l) => clean(l.text) !== '');
}
