// Talks one line each: schedule links "[中文 | English - A, Org & B, Org](https://…sched.com/event/…)" under day and
// time headings, bullets "- Title — Speaker (Company)", "- **Title** by Speaker", links to a video of the talk.
import type { Link, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { TalkFact } from '../facts';
import { claim, endLineOf, isClaimed, lineOf, type DocumentView } from '../sections';
import { clean, textOf } from '../text';
import { dayOf, isAgendaBreak, isGenericHeading, kindOfTitle, splitBilingual, splitTitleAndSpeakers, timeOf } from './common';
import { documentYear } from './context';

/** Pages that stand for one talk: a schedule entry or a recording. */
const TALK_PAGE = /(?:sched\.com\/event\/|youtube\.com\/watch|youtu\.be\/|vimeo\.com\/\d|bilibili\.com\/video|\/(?:talks?|sessions?|schedule\/event)\/)/i;

export function talkLines(view: DocumentView): TalkFact[] {
  const talks: TalkFact[] = [];
  const year = documentYear(view.doc);
  let day: string | undefined;
  let time: string | undefined;
  for (const section of view.sections) {
    if (section.depth > 0) {
      day = dayOf(section.title, year) ?? (section.depth <= 2 && !timeOf(section.title) ? undefined : day);
      time = timeOf(section.title) ?? (dayOf(section.title, year) ? undefined : time);
    }
    let last: TalkFact | undefined;
    for (const block of section.blocks) {
      if (isClaimed(view, lineOf(block))) {
        last = undefined;
        continue;
      }
      const found = talksIn(block).map((candidate) => ({ ...candidate, day, time: candidate.time ?? time }));
      if (found.length > 0) {
        talks.push(...found);
        for (const talk of found) claim(view, talk.line, talk.endLine);
        last = found[found.length - 1];
        continue;
      }
      // The note-taker's text after a schedule entry belongs to it, up to the next entry or heading.
      const text = clean(textOf(block));
      if (last && text) {
        last.notes = last.notes ? `${last.notes}\n${text}` : text;
        last.endLine = endLineOf(block);
        claim(view, lineOf(block), endLineOf(block));
      }
    }
  }
  return talks;
}

function talksIn(block: RootContent): TalkFact[] {
  if (block.type === 'list') return (block as List).children.flatMap((item) => talkOfItem(item)).filter((t): t is TalkFact => !!t);
  if (block.type === 'paragraph') {
    const talk = talkOfParagraph(block as Paragraph, false);
    return talk ? [talk] : [];
  }
  return [];
}

function talkOfItem(item: ListItem): TalkFact | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const talk = talkOfParagraph(first, true);
  if (!talk) return undefined;
  const rest = item.children.slice(1).map((c) => clean(textOf(c))).filter(Boolean).join('\n');
  if (rest) talk.notes = rest;
  talk.endLine = endLineOf(item);
  return talk;
}

const SENTENCE_END = /(?<=\S)[.。](?:\s|$)/;

/** The text up to the first match of a pattern, or up to the first line break: what a split would give first. */
function upTo(text: string, end: RegExp | string): string {
  const at = typeof end === 'string' ? text.indexOf(end) : (end.exec(text)?.index ?? -1);
  return at === -1 ? text : text.slice(0, at);
}

/** One paragraph (or the first of a list item) that is one talk; prose with a dash is not. */
function talkOfParagraph(paragraph: Paragraph, inList: boolean): TalkFact | undefined {
  // The first sentence: "**Title** by A (X) and B\n(Y). Schedule page: …" spans a line break.
  const whole = textOf(paragraph);
  const sentence = upTo(whole, SENTENCE_END);
  const titled = paragraph.children[0]?.type === 'strong' || paragraph.children[0]?.type === 'link';
  const firstLine = titled && lineBreaks(sentence) <= 2 ? sentence.replace(/\n/g, ' ') : upTo(whole, '\n');
  const link = findLink(paragraph.children);
  const url = link?.url;
  const line = lineOf(paragraph);
  const time = timeOf(firstLine);
  const text = clean(firstLine.replace(/^\d{1,2}[:：.]\d{2}\s*(?:am|pm)?\s*(?:[-–~]\s*\d{1,2}[:：.]\d{2}\s*(?:am|pm)?)?\s*[-–—:|]?\s*/i, ''));
  if (text.length < 6 || text.length > 400) return undefined;
  const { title: full, speakers } = splitTitleAndSpeakers(text.replace(/\s*\((?:video|slides|recording|视频)\)\s*$/i, ''));
  const onTalkPage = url !== undefined && TALK_PAGE.test(url);
  // Without a talk page or a list, a line needs speakers and to be short (a bold line, not a sentence).
  if (speakers.length === 0 && !onTalkPage) return undefined;
  if (!inList && !onTalkPage && (full.split(/\s+/).length > 16 || /[.。!?]$/.test(full))) return undefined;
  if (!onTalkPage && full.split(/\s+/).length < 2 && full.length < 8) return undefined;
  const { title: plain, kind } = kindOfTitle(full);
  if (isGenericHeading(plain) || isAgendaBreak(plain) || /^(?:watch|video|recording|slides|link|here|视频|回放)/i.test(plain)) return undefined;
  return {
    ...splitBilingual(plain),
    kind,
    speakers: speakers.map((s) => ({ ...s, line })),
    url,
    time,
    line,
    endLine: endLineOf(paragraph),
    shape: 'talk-lines',
  };
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

function findLink(children: PhrasingContent[]): Link | undefined {
  for (const child of children) {
    if (child.type === 'link') return child;
    if ('children' in child) {
      const inner = findLink(child.children as PhrasingContent[]);
      if (inner) return inner;
    }
  }
  return undefined;
}
