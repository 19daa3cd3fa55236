// Candidate talk units from any block: a list item at any depth with its credit lines, a paragraph with the quote
// or list that credits it. Siblings agree: where most items of a list read as talks, the rest are read leniently.
import type { Blockquote, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { TalkFact } from '../facts';
import { looksLikePersonName, type Credit } from '../people';
import { isHanPersonName } from '../names';
import { proseCredits, proseTalks } from './prose';
import { claim, endLineOf, isClaimed, lineOf, type DocumentView, type Section } from '../sections';
import { clean, textOf } from '../text';
import { dayOf, isAgendaBreak, isGenericHeading, kindOfTitle, splitBilingual, splitTitleAndSpeakers, timeOf } from '../shapes/common';
import { documentYear } from '../shapes/context';
import { linesOfBlock, readCreditLine } from './credits';
import { isStamp, isStampOnly, leadingTime, normalizeLine, stripHtml, unquote } from './normalize';
import { eventContainer } from './containers';

interface Unit {
  talk: TalkFact;
  /** The blocks the talk spans, claimed once it is kept. */
  from: number;
  to: number;
}

interface Context {
  section: Section;
  /** Where to say why a candidate was not a talk, when explaining. */
  rejected?: { line: number; text: string; reason: string }[];
  /** The nearest list item or heading above the unit that names an event of a series. */
  event?: { name: string; line: number; year?: number };
  /** What the list item above says of the talks below it ("AppsFlyer talks about Flux:"): read for projects. */
  about?: string;
}

/** Talks in the blocks no earlier, more specific reader claimed. */
export function listTalks(view: DocumentView): TalkFact[] {
  const talks: TalkFact[] = [];
  const year = documentYear(view.doc);
  for (const section of view.sections) {
    const event = eventContainer(view, section);
    const context: Context = { section, event, rejected: view.rejected };
    // Day and time headings above a talk date it ("## 9 月 27 日", "### 11:00am").
    const headings = [...section.parents, section].map((s) => s.title).reverse();
    const day = headings.map((title) => dayOf(title, year)).find(Boolean);
    const time = timeOf(section.title);
    let last: TalkFact | undefined;
    section.blocks.forEach((block, index) => {
      if (isClaimed(view, lineOf(block))) {
        last = undefined;
        return;
      }
      let units = block.type === 'list' ? unitsOfList(view, block, context) : block.type === 'paragraph' ? unitsOfParagraph(block, section.blocks[index + 1], context) : [];
      if (units.length === 0 && block.type === 'paragraph') units = talksInProse(block, context);
      const kept = units.filter((unit) => !isClaimed(view, unit.talk.line));
      for (const unit of kept) {
        talks.push({ ...unit.talk, day: unit.talk.day ?? day, time: unit.talk.time ?? time });
        claim(view, unit.from, unit.to);
      }
      if (kept.length > 0) {
        last = talks[talks.length - 1];
        return;
      }
      // The note-taker's text after a talk belongs to it, up to the next talk or heading.
      const text = clean(textOf(block));
      if (last && text && block.type !== 'table') {
        last.notes = last.notes ? `${last.notes}\n${text}` : text;
        last.endLine = endLineOf(block);
        claim(view, lineOf(block), endLineOf(block));
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
    if (!item.children.some((child) => child.type === 'list')) return;
    const named = eventContainer(view, context.section, item);
    const event = named ?? context.event;
    // An item that names an event says where the talks were, not what they are about.
    const about = !named && item.children[0]?.type === 'paragraph' ? clean(textOf(item.children[0])) : undefined;
    for (const child of item.children) {
      if (child.type === 'list') units.push(...unitsOfList(view, child, { ...context, event, about: [context.about, about].filter(Boolean).join('\n') || undefined }));
    }
  });
  return units;
}

/** The first line of a paragraph, with a title that a link or emphasis carries over a soft wrap kept whole. */
function headOf(paragraph: Paragraph): { head: string; rest: string[]; titled: boolean; prefix?: string } {
  const children = paragraph.children;
  // The first link or emphasis that starts on the paragraph's first line carries the title.
  let before = '';
  let lead = -1;
  let prefix: string | undefined;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'link' || child.type === 'strong' || child.type === 'emphasis') {
      // "Max's talk about Flux: [Title - Name, Org](…)": what a colon introduces is the title, not the words before.
      const previous = children[i - 1];
      if (previous?.type === 'text' && /\S[:：]\s*$/.test(previous.value) && !leadingTime(previous.value)) {
        prefix = clean(children.slice(0, i).map((c) => textOf(c)).join(''));
        lead = i;
        before = '';
        break;
      }
      if (lead < 0) lead = i;
      continue;
    }
    const text = textOf(child);
    if (text.includes('\n') || child.type === 'break') break;
    if (lead < 0) before += text;
  }
  if (lead >= 0) {
    const title = textOf(children[lead]).replace(/\n/g, ' ');
    const after = stripHtml(children.slice(lead + 1).map((c) => textOf(c)).join(''));
    // "**Title** by A (X) and B\n(Y). Schedule: …": a credit that a soft wrap breaks runs to the sentence's end.
    const sentence = after.match(/^[^\n]*?\bby\b[^.。]*?(?=[.。](?:\s|$)|$)/);
    if (sentence && (sentence[0].match(/\n/g) ?? []).length <= 2 && !hasBreak(children.slice(lead + 1))) {
      const rest = after.slice(sentence[0].length).replace(/^[.。]\s*/, '').split('\n').filter((l) => l.trim() !== '');
      return { head: `${before}${title}${sentence[0].replace(/\n/g, ' ')}`, rest, titled: true, prefix };
    }
    const [tail, ...rest] = after.split('\n');
    return { head: `${before}${title}${tail}`, rest, titled: true, prefix };
  }
  const [head, ...rest] = stripHtml(textOf(paragraph)).split('\n');
  return { head, rest, titled: false };
}

function hasBreak(children: PhrasingContent[]): boolean {
  return children.some((c) => c.type === 'break' || (c.type === 'html' && /<br/i.test(c.value)));
}

function unitOfItem(item: ListItem, context: Context, loose: boolean): Unit | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const { head, rest, prefix } = headOf(first);
  // Credit lines: a soft-wrapped or <br>-broken line after the title, the first lines of a nested list, a quote.
  const following: { text: string; line: number }[] = rest.map((text, i) => ({ text, line: lineOf(first) + 1 + i }));
  for (const child of item.children.slice(1)) following.push(...linesOfBlock(child));
  return unitOf(head, first, following, prefix ? { ...context, about: [context.about, prefix].filter(Boolean).join('\n') } : context, loose, lineOf(item), endLineOf(item));
}

function unitsOfParagraph(paragraph: Paragraph, next: RootContent | undefined, context: Context): Unit[] {
  const { head, rest, titled } = headOf(paragraph);
  // Prose is no talk: a paragraph must open with a time, a linked or emphasized title, or be one short line.
  if (!titled && !leadingTime(head) && (rest.length > 2 || head.split(/\s+/).length > 14)) return [];
  const following: { text: string; line: number }[] = rest.map((text, i) => ({ text, line: lineOf(paragraph) + 1 + i }));
  // "9:45 [Title](…)" and, in the quote below it, "> Jane Doe (Acme)".
  const quoted = next?.type === 'blockquote' ? (next as Blockquote) : undefined;
  if (quoted) following.push(...linesOfBlock(quoted));
  const unit = unitOf(head, paragraph, following, context, false, lineOf(paragraph), endLineOf(quoted ?? paragraph));
  if (unit && unit.talk.speakers.length > 0) return [unit];
  // "**Title** (slot) | Recording" or a schedule link, and in the prose below it "*Jane Doe* and John Roe from Acme will …".
  const prose = titled && next?.type === 'paragraph' ? proseCredits(next) : [];
  if (prose.length === 0) return unit ? [unit] : [];
  const credited = unit ?? unitOf(head, paragraph, [{ text: prose.map((c) => c.name).join('; '), line: lineOf(next!) }], context, false, lineOf(paragraph), endLineOf(paragraph));
  if (!credited) return [];
  credited.talk.speakers = prose.map((c) => ({ ...c, line: lineOf(next!) }));
  credited.talk.notes = clean(textOf(next!));
  credited.talk.endLine = endLineOf(next!);
  credited.to = endLineOf(next!);
  credited.talk.cues = [...(unit?.talk.cues ?? []), `credits in the prose on line ${lineOf(next!)}`];
  credited.talk.confidence = 0.6;
  return [credited];
}

/** Talks a paragraph of prose names by their quoted titles, with the people credited beside them. */
function talksInProse(paragraph: Paragraph, context: Context): Unit[] {
  // Most prose quotes no title and sets none in bold: nothing to read.
  if (!paragraph.children.some((c) => c.type === 'strong' || c.type === 'link' || (c.type === 'text' && /["“]/.test(c.value)))) return [];
  const line = lineOf(paragraph);
  // Titles set in bold or linked to their talk page read like quoted ones; names set in bold are credits.
  const vouched = new Set<string>();
  const text = paragraph.children
    .map((child) => {
      const inner = clean(textOf(child));
      if ((child.type === 'strong' || child.type === 'emphasis') && (isHanPersonName(inner) || looksLikePersonName(inner))) {
        vouched.add(inner);
        return inner;
      }
      if (child.type === 'link' && TALK_PAGE.test(child.url)) return `«${inner}»`;
      if (child.type === 'strong') return `“${inner}”`;
      return textOf(child);
    })
    .join('');
  return proseTalks(clean(text.replace(/\n/g, ' ')), vouched)
    .filter((talk) => isTitle(talk.title))
    .map(({ title, credits, sentence }) => {
      const { title: plain, kind } = kindOfTitle(title);
      return {
        talk: {
          ...splitBilingual(plain),
          kind,
          speakers: credits.map((c) => ({ ...c, line })),
          notes: sentence,
          line,
          endLine: endLineOf(paragraph),
          shape: 'general-reader',
          ...(context.event && { localEvent: context.event }),
          cues: [`quoted title in prose on line ${line}`],
          confidence: 0.5,
        },
        from: line,
        to: endLineOf(paragraph),
      };
    });
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
  if (head.length < 4 || head.length > 300 || isStamp(head)) return undefined;
  const line = lineOf(paragraph);
  const cues: string[] = [];
  let title = head;
  let credits: Credit[] = [];
  // A line that links to a talk page is a talk: its credits may be read leniently.
  const url = linkOf(paragraph.children);
  const onTalkPage = url !== undefined && TALK_PAGE.test(url) && isLinkLine(paragraph);
  const split = splitTitleAndSpeakers(head, { loose: loose || onTalkPage });
  if (split.speakers.length > 0) {
    title = split.title;
    credits = split.speakers;
    cues.push('title and speakers on one line');
  } else {
    // The first line below that is not a resource or a stamp must be the credits.
    const candidate = following.find((f) => !isResourceLine(f.text) && !isStampOnly(f.text));
    const reading = candidate ? readCreditLine(candidate.text, { loose }) : undefined;
    if (reading) {
      credits = reading.credits;
      cues.push(`credits on line ${candidate!.line}: ${reading.cue}`);
    } else {
      // A line that links to a talk's own page (a schedule entry, a recording) is a talk even before its speakers are known.
      if (!onTalkPage) {
        if (isTitle(head)) {
          const reason = candidate ? `the line below it does not read as speakers ("${clean(candidate.text).slice(0, 60)}")` : 'no speakers on its line or below it';
          context.rejected?.push({ line, text: head, reason });
        }
        return undefined;
      }
      cues.push(`links to a talk page (${new URL(url!, 'https://x').hostname})`);
    }
  }
  title = unquote(title.replace(/^[-–—:|]\s*|\s*[-–—:|,]$/g, ''));
  const { title: plain, kind } = kindOfTitle(title);
  if (!isTitle(plain)) return undefined;
  const speakerLine = credits === split.speakers ? line : (following.find((f) => normalizeLine(f.text) !== '')?.line ?? line);
  // The lines below the title that are not its credits or links are the author's notes on it.
  const creditText = credits === split.speakers ? undefined : following.find((f) => f.line === speakerLine)?.text;
  const notes = [context.about, ...following.filter((f) => f.text !== creditText && !isResourceLine(f.text) && !isStampOnly(f.text)).map((f) => clean(f.text))]
    .filter(Boolean)
    .join('\n');
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
      ...(notes && { notes }),
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
  if (text.length < 4 || words > 30 || !/\p{L}{2}/u.test(text) || /^(?:https?:\/\/|www\.)\S+$/.test(text)) return false;
  if (isGenericHeading(text) || isAgendaBreak(text) || isStamp(text)) return false;
  // "Venue sponsor: Acme", "Livestream / video: …": an event page's fields, not titles.
  if (/^(?:slides?|video|recording|links?|meetup link|date|time|venue|location|livestream|attendees|rsvp|(?:venue |food |drinks? |general |meetup )*sponsors?)\s*(?:[/&][^:：]*)?[:：]/i.test(text)) return false;
  // Prose: two sentences.
  return !/[.!?。！？]\s+\p{Lu}.*[.!?。！？]$/u.test(text);
}

/** Pages that stand for one talk: a schedule entry or a recording. */
export const TALK_PAGE = /(?:sched\.com\/event\/|sched\.co\/|youtube\.com\/watch|youtu\.be\/|vimeo\.com\/\d|bilibili\.com\/video|\/(?:talks?|sessions?|schedule\/event)\/)/i;

/** A paragraph whose first line is a link and little else ("[Title](sched)", "10:45 [Title](sched) Room 3"). */
function isLinkLine(paragraph: Paragraph): boolean {
  const link = paragraph.children.find((c) => c.type === 'link' || c.type === 'strong');
  if (!link) return false;
  const first = textOf(paragraph).split('\n')[0];
  return textOf(link).length * 2 >= normalizeLine(first).length;
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
