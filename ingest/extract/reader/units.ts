// Candidate talk units from any block: a list item at any depth with its credit lines, a paragraph with the quote
// or list that credits it. Siblings agree: where most items of a list read as talks, the rest are read leniently.
import type { Blockquote, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { TalkFact } from '../facts';
import type { Credit } from '../people';
import { claim, endLineOf, isClaimed, lineOf, type DocumentView, type Section } from '../sections';
import { clean, textOf } from '../text';
import { isAgendaBreak, isGenericHeading, kindOfTitle, splitBilingual, splitTitleAndSpeakers } from '../shapes/common';
import { readCreditLine } from './credits';
import { isStampOnly, leadingTime, normalizeLine, stripHtml, unquote } from './normalize';
import { eventContainer } from './containers';

interface Unit {
  talk: TalkFact;
  /** The blocks the talk spans, claimed once it is kept. */
  from: number;
  to: number;
}

interface Context {
  section: Section;
  /** The nearest list item or heading above the unit that names an event of a series. */
  event?: { name: string; line: number; year?: number };
}

/** Talks in the blocks no earlier, more specific reader claimed. */
export function listTalks(view: DocumentView): TalkFact[] {
  const talks: TalkFact[] = [];
  for (const section of view.sections) {
    const event = eventContainer(view, section);
    const context: Context = { section, event };
    section.blocks.forEach((block, index) => {
      if (isClaimed(view, lineOf(block))) return;
      const units = block.type === 'list' ? unitsOfList(view, block, context) : block.type === 'paragraph' ? unitsOfParagraph(block, section.blocks[index + 1], context) : [];
      for (const unit of units) {
        if (isClaimed(view, unit.talk.line)) continue;
        talks.push(unit.talk);
        claim(view, unit.from, unit.to);
      }
    });
  }
  return talks;
}

function unitsOfList(view: DocumentView, list: List, context: Context): Unit[] {
  const strict = list.children.map((item) => unitOfItem(item, context, false));
  const read = strict.filter(Boolean).length;
  // One template per list: when most items read as talks, an unclear sibling is read with the same grammar, leniently.
  const agree = read >= 2 && read * 2 >= list.children.length;
  const units: Unit[] = [];
  list.children.forEach((item, index) => {
    const unit = strict[index] ?? (agree ? unitOfItem(item, context, true) : undefined);
    if (unit) {
      if (agree && !strict[index]) unit.talk.cues?.push('read like its sibling items');
      units.push(unit);
      return;
    }
    // Not a talk itself: its nested lists may hold talks, of the event it names.
    const event = eventContainer(view, context.section, item) ?? context.event;
    for (const child of item.children) {
      if (child.type === 'list') units.push(...unitsOfList(view, child, { ...context, event }));
    }
  });
  return units;
}

/** The first line of a paragraph, with a title that a link or emphasis carries over a soft wrap kept whole. */
function headOf(paragraph: Paragraph): { head: string; rest: string[]; titled: boolean } {
  const children = paragraph.children;
  // The first link or emphasis that starts on the paragraph's first line carries the title.
  let before = '';
  let lead = -1;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'link' || child.type === 'strong' || child.type === 'emphasis') {
      lead = i;
      break;
    }
    const text = textOf(child);
    if (text.includes('\n') || child.type === 'break') break;
    before += text;
  }
  if (lead >= 0) {
    const title = textOf(children[lead]).replace(/\n/g, ' ');
    const after = stripHtml(children.slice(lead + 1).map((c) => textOf(c)).join(''));
    const [tail, ...rest] = after.split('\n');
    return { head: `${before}${title}${tail}`, rest, titled: true };
  }
  const [head, ...rest] = stripHtml(textOf(paragraph)).split('\n');
  return { head, rest, titled: false };
}

function unitOfItem(item: ListItem, context: Context, loose: boolean): Unit | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const { head, rest } = headOf(first);
  // Credit lines: a soft-wrapped or <br>-broken line after the title, the first lines of a nested list, a quote.
  const following: { text: string; line: number }[] = rest.map((text, i) => ({ text, line: lineOf(first) + 1 + i }));
  for (const child of item.children.slice(1)) following.push(...linesOf(child));
  return unitOf(head, first, following, context, loose, lineOf(item), endLineOf(item));
}

function unitsOfParagraph(paragraph: Paragraph, next: RootContent | undefined, context: Context): Unit[] {
  const { head, rest, titled } = headOf(paragraph);
  // Prose is no talk: a paragraph must open with a time, a linked or emphasized title, or be one short line.
  if (!titled && !leadingTime(head) && (rest.length > 2 || head.split(/\s+/).length > 14)) return [];
  const following: { text: string; line: number }[] = rest.map((text, i) => ({ text, line: lineOf(paragraph) + 1 + i }));
  // "9:45 [Title](…)" and, in the quote below it, "> Jane Doe (Acme)".
  const quoted = next?.type === 'blockquote' ? (next as Blockquote) : undefined;
  if (quoted) following.push(...linesOf(quoted));
  const unit = unitOf(head, paragraph, following, context, false, lineOf(paragraph), endLineOf(quoted ?? paragraph));
  return unit ? [unit] : [];
}

/** The lines of a block that may credit the talk above it: list items' first lines, a quote's lines, a paragraph's. */
function linesOf(block: RootContent): { text: string; line: number }[] {
  if (block.type === 'list') {
    return (block as List).children.map((item) => ({ text: textOf(item.children[0] ?? item).split('\n')[0], line: lineOf(item) }));
  }
  if (block.type === 'blockquote' || block.type === 'paragraph') {
    return stripHtml(textOf(block)).split('\n').map((text, i) => ({ text, line: lineOf(block) + i }));
  }
  return [];
}

function unitOf(
  rawHead: string,
  paragraph: Paragraph,
  following: { text: string; line: number }[],
  context: Context,
  loose: boolean,
  from: number,
  to: number,
): Unit | undefined {
  const head = normalizeLine(rawHead);
  if (head.length < 4 || head.length > 300 || isStampOnly(rawHead)) return undefined;
  const line = lineOf(paragraph);
  const cues: string[] = [];
  let title = head;
  let credits: Credit[] = [];
  const split = splitTitleAndSpeakers(head, { loose });
  if (split.speakers.length > 0) {
    title = split.title;
    credits = split.speakers;
    cues.push('title and speakers on one line');
  } else {
    // The first line below that is not a resource or a stamp must be the credits.
    const candidate = following.find((f) => normalizeLine(f.text) !== '' && !isResourceLine(f.text) && !isStampOnly(f.text));
    const reading = candidate ? readCreditLine(candidate.text, { loose }) : undefined;
    if (!reading) return undefined;
    credits = reading.credits;
    cues.push(`credits on line ${candidate!.line}: ${reading.cue}`);
  }
  title = unquote(title.replace(/^[-–—:|]\s*/, ''));
  const { title: plain, kind } = kindOfTitle(title);
  if (!isTitle(plain)) return undefined;
  const speakerLine = credits === split.speakers ? line : (following.find((f) => normalizeLine(f.text) !== '')?.line ?? line);
  const url = linkOf(paragraph.children);
  return {
    talk: {
      ...splitBilingual(plain),
      kind,
      speakers: credits.map((c) => ({ ...c, line: speakerLine })),
      url,
      time: leadingTime(rawHead),
      line,
      endLine: to,
      shape: 'general-reader',
      ...(context.event && { localEvent: context.event }),
      cues,
      confidence: loose ? 0.6 : 0.8,
    },
    from,
    to,
  };
}

/** A title: a few words that are not a stamp, a generic heading, a break or a sentence of prose. */
export function isTitle(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (text.length < 4 || words > 30) return false;
  if (isGenericHeading(text) || isAgendaBreak(text) || isStampOnly(text)) return false;
  if (/^(?:slides?|video|recording|link|meetup link|date|venue|livestream|attendees|sponsor)\b/i.test(text)) return false;
  // Prose: two sentences.
  return !/[.!?。！？]\s+\p{Lu}.*[.!?。！？]$/u.test(text);
}

function isResourceLine(text: string): boolean {
  return /^\s*(?:[-*>]\s*)?(?:slides?|video|recording|livestream|demo|code|repo|pdf|deck|sched|youtube|视频|幻灯片|回放)\b\s*[:：(\[]?/i.test(stripHtml(text)) || /^\s*https?:\/\/\S+\s*$/.test(text);
}

function linkOf(children: PhrasingContent[]): string | undefined {
  for (const child of children) {
    if (child.type === 'link') return child.url;
    if ('children' in child) {
      const inner = linkOf(child.children as PhrasingContent[]);
      if (inner) return inner;
    }
  }
  return undefined;
}
