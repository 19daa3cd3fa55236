// Who gave the talk a heading names, read from its section: a byline, a "Speakers:" line, a "**Speakers**" label
// or a "#### 分享嘉宾" sub-heading with the credits below it (list items, lines, a photo's alt text).
import type { RootContent } from 'mdast';
import { chineseAffiliation, looksLikePersonName, type Credit } from '../people';
import { isKnownOrganization } from '../../gazetteer';
import { isHanPersonName } from '../names';
import { lineOf, subsectionsOf, type Section } from '../sections';
import { HAN, clean, stripDecoration, textOf } from '../text';
import { CREDIT_HEADING, CREDIT_LABEL, linesOfBlock, readCreditLine } from './credits';
import { creditsInText, dedupeCredits, proseCredits } from './prose';

export interface SectionCredits {
  credits: Credit[];
  /** The last line the credits were read from: a sub-heading of speakers belongs to the talk. */
  endLine: number;
  cue: string;
}

/** Credits from the lines after a speakers label, up to the first line that is not one. */
function creditsBelow(blocks: RootContent[], cue: string): SectionCredits | undefined {
  const credits: Credit[] = [];
  let endLine = 0;
  for (const { text, line } of blocks.slice(0, 4).flatMap(linesOfBlock)) {
    const reading = readCreditLine(text, { loose: true });
    if (!reading) {
      if (credits.length > 0) break;
      continue;
    }
    for (const credit of reading.credits) {
      // A photo's alt text names the person the next line credits in full.
      const same = credits.findIndex((c) => c.name === credit.name);
      if (same >= 0) credits[same] = { ...credits[same], ...credit };
      else credits.push(credit);
    }
    endLine = line;
  }
  return credits.length > 0 ? { credits, endLine, cue } : undefined;
}

export function creditsOfSection(sections: Section[], section: Section): SectionCredits | undefined {
  const blocks = section.blocks;
  for (let i = 0; i < Math.min(blocks.length, 6); i++) {
    const block = blocks[i];
    if (block.type !== 'paragraph') continue;
    const text = stripDecoration(textOf(block).split('\n')[0]);
    if (CREDIT_HEADING.test(text)) {
      const rest = textOf(block).split('\n').slice(1).join('\n');
      const inline = rest ? creditsBelow([{ type: 'paragraph', children: [{ type: 'text', value: rest }], position: block.position }], `"${text}" label`) : undefined;
      return inline ?? creditsBelow(blocks.slice(i + 1), `"${text}" label`);
    }
    if (CREDIT_LABEL.test(text) && !/^(?:by|with|from)\s/i.test(text)) {
      const reading = readCreditLine(text);
      if (reading) return { credits: reading.credits, endLine: lineOf(block), cue: reading.cue };
    }
  }
  // "#### Speakers" right below the talk's heading.
  const sub = subsectionsOf(sections, section).find((s) => s.depth === section.depth + 1 && CREDIT_HEADING.test(stripDecoration(s.title)));
  if (sub) {
    const found = creditsBelow(sub.blocks, `"${sub.title}" sub-heading`);
    if (found) return { ...found, endLine: Math.max(found.endLine, sub.endLine) };
  }
  // "顺丰科技后端开发高级工程师 **陈俊超** 分享了…": a speaker's name set in bold in the first lines, the title before it.
  if (!section.heading?.children.some((c) => c.type === 'link' || c.type === 'linkReference')) return emphasizedSpeakers(blocks) ?? talkBy(blocks);
  // "### [Title](recording)" and, under it, "![Jane Doe from Acme presents](…)" or "Jane Doe and John Roe from Acme show…".
  const credits: Credit[] = [];
  let endLine = 0;
  for (const block of blocks.slice(0, 3)) {
    if (block.type !== 'paragraph') continue;
    const alts = block.children.filter((c) => c.type === 'image').map((c) => (c.type === 'image' ? c.alt ?? '' : '')).join('. ');
    const found = [...creditsInText(clean(alts)), ...proseCredits(block)];
    if (found.length > 0) endLine = lineOf(block);
    credits.push(...found);
  }
  return credits.length > 0 ? { credits: dedupeCredits(credits), endLine, cue: 'people named in the prose under the heading' } : undefined;
}

function emphasizedSpeakers(blocks: RootContent[]): SectionCredits | undefined {
  const first = blocks.find((b) => b.type === 'paragraph');
  if (first?.type !== 'paragraph') return undefined;
  const credits: Credit[] = [];
  first.children.forEach((child, index) => {
    if (child.type !== 'strong' && child.type !== 'emphasis') return;
    const name = clean(textOf(child));
    if (!(isHanPersonName(name) || looksLikePersonName(name)) || isKnownOrganization(name)) return;
    // The clause before the name: "CNCF 中国区总监、…" or "Acme's CTO".
    const before = first.children.slice(0, index).map((c) => textOf(c)).join('').split(/[。；;.!?]/).pop() ?? '';
    const clause = clean(before.split(/[、，,]/)[0] ?? '');
    const organization = clause && HAN.test(clause) ? chineseAffiliation(clause).organization : undefined;
    credits.push(organization ? { name, organization } : { name });
  });
  return credits.length > 0 && credits.length <= 4 ? { credits, endLine: lineOf(first), cue: 'a name in bold under the heading' } : undefined;
}

/** "This session by Henning Jacobs from Zalando offers …": the first paragraph says whose talk the heading names. */
function talkBy(blocks: RootContent[]): SectionCredits | undefined {
  const first = blocks.find((b) => b.type === 'paragraph');
  if (first?.type !== 'paragraph') return undefined;
  const text = clean(textOf(first).replace(/\n/g, ' '));
  // A paragraph that quotes titles names talks of its own: the heading over it is a group.
  const cue = /["“”]/.test(text) ? null : text.match(/\b(?:this|the|his|her|their)\s+(?:session|talk|keynote|presentation|workshop|panel|demo)\s+by\s+\p{Lu}/iu);
  if (!cue) return undefined;
  const credits = creditsInText(text.slice(cue.index));
  return credits.length > 0 && credits.length <= 4 ? { credits, endLine: lineOf(first), cue: `"${cue[0].slice(0, -1).trim()}" in the text under the heading` } : undefined;
}
