// "## Session 1: Title" with "### Abstract" and "### Speakers" sub-sections whose entries read
// "**Name - Role at Company**" followed by the speaker's biography.
import type { Paragraph, RootContent } from 'mdast';
import type { SpeakerFact, TalkFact } from '../facts';
import { parseSpeakerLine } from '../people';
import { blocksText, claim, lineOf, subsectionsOf, type DocumentView, type Section } from '../sections';
import { clean, textOf } from '../text';
import { kindOfTitle, splitBilingual } from './common';

const ABSTRACT = /^(?:abstract|description|summary|session (?:abstract|description)|talk (?:abstract|description)|摘要|简介|议题简介|内容简介|演讲概要)\s*[:：]?$/i;
const SPEAKERS = /^(?:speakers?|presenters?|bios?|speaker bios?|about the speakers?|讲师|讲者|嘉宾|讲师介绍|嘉宾介绍)\s*[:：]?$/i;

export function sessionBlocks(view: DocumentView): TalkFact[] {
  const talks: TalkFact[] = [];
  for (const section of view.sections) {
    if (section.depth === 0) continue;
    const children = subsectionsOf(view.sections, section).filter((s) => s.depth === section.depth + 1);
    const abstract = children.find((s) => ABSTRACT.test(s.title));
    const speakers = children.find((s) => SPEAKERS.test(s.title));
    if (!abstract || !speakers) continue;
    const { title: plain, kind } = kindOfTitle(section.title);
    const { title, altTitles } = splitBilingual(plain);
    const last = children[children.length - 1];
    const note = blocksText(section.blocks);
    talks.push({
      title,
      altTitles,
      abstract: blocksText(abstract.blocks) || undefined,
      notes: children.filter((s) => s !== abstract && s !== speakers).map((s) => blocksText(s.blocks)).join('\n\n') || undefined,
      kind: /\bworkshop\b/i.test(note) ? 'workshop' : kind,
      speakers: speakersOf(speakers),
      eventHint: note || undefined,
      line: section.line,
      endLine: last.endLine,
      shape: 'session-blocks',
    });
    claim(view, section.line, last.endLine);
  }
  return talks;
}

/** Each credit opens with a bold line; the paragraphs after it, up to the next credit, are the biography. */
function speakersOf(section: Section): SpeakerFact[] {
  const speakers: SpeakerFact[] = [];
  for (const block of section.blocks) {
    const credit = creditOf(block);
    if (credit) {
      const parsed = parseSpeakerLine(credit.text);
      if (parsed) {
        speakers.push({ ...parsed, bio: credit.rest || undefined, line: lineOf(block) });
        continue;
      }
    }
    const current = speakers[speakers.length - 1];
    const text = clean(textOf(block));
    if (current && text) current.bio = current.bio ? `${current.bio}\n${text}` : text;
  }
  return speakers;
}

function creditOf(block: RootContent): { text: string; rest: string } | undefined {
  if (block.type === 'list') {
    return undefined;
  }
  if (block.type !== 'paragraph') return undefined;
  const paragraph = block as Paragraph;
  const first = paragraph.children[0];
  if (first?.type !== 'strong') return undefined;
  const rest = paragraph.children.slice(1).map((c) => textOf(c)).join('');
  return { text: textOf(first), rest: clean(rest) };
}
