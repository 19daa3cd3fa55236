// Sections whose lines label their parts: "讲师：严松，蚂蚁集团技术专家", "演讲概要：…", "Speaker: Jane Doe, Acme",
// "议题：…" / "Title: …" starting another talk inside the same section.
import type { SpeakerFact, TalkFact } from '../facts';
import { parseChineseCredit, parseSpeakerLine, parseSpeakerList, type Credit } from '../people';
import { claim, isClaimed, lineOf, type DocumentView } from '../sections';
import { HAN, clean, stripDecoration, textOf } from '../text';
import { isGenericHeading, kindOfTitle, splitBilingual } from './common';

const LABEL = /^\s*[*_]*\s*([\p{L} ]{1,24}?)\s*[*_]*\s*[:：]\s*[*_]*\s*(.*)$/u;
const SPEAKER_LABELS = /^(?:讲师|讲者|演讲者|演讲嘉宾|分享嘉宾|分享人|嘉宾|主讲人|主讲|speakers?|presenters?|presented by)$/i;
const ABSTRACT_LABELS = /^(?:演讲概要|议题简介|议题介绍|内容简介|内容概要|演讲简介|分享简介|简介|摘要|概要|abstract|summary|description|talk abstract)$/i;
const TITLE_LABELS = /^(?:议题|题目|主题|演讲主题|分享主题|标题|title|talk|session)$/i;
const BIO_LABELS = /^(?:讲师介绍|讲师简介|嘉宾介绍|嘉宾简介|个人介绍|个人简介|bio|speaker bio|about the speakers?|about)$/i;
const OTHER_LABELS = /^(?:时间|地点|视频|幻灯片|slides|video|recording|time|when|where|room|track|level|标签|tags)$/i;

interface Line {
  text: string;
  line: number;
  /** A video, picture or rule: after a talk's abstract it ends what the document says about that talk. */
  barrier?: boolean;
  /** The first line of its paragraph or list item: a short one just above a speaker label is the talk's title. */
  opensBlock?: boolean;
}

export function labeledFields(view: DocumentView): TalkFact[] {
  const talks: TalkFact[] = [];
  for (const section of view.sections) {
    if (isClaimed(view, section.line) && section.depth > 0) continue;
    // A label needs its colon: a section without one is read no further.
    if (!section.blocks.some(mayHoldLabel)) continue;
    const lines = linesOf(section.blocks).filter((l) => !isClaimed(view, l.line));
    if (!lines.some((l) => SPEAKER_LABELS.test(labelOf(l.text)?.label ?? ''))) continue;
    // Only this section's talks are claimed below: the earlier ones were when their section ended.
    const firstOfSection = talks.length;
    let current: TalkFact | undefined;
    let field: 'abstract' | 'bio' | 'other' | 'closed' | undefined;
    // A biography belongs to the speaker it follows: what it names is theirs, not the talk's.
    const addBio = (text: string): void => {
      const speaker = current?.speakers[current.speakers.length - 1];
      if (speaker && text) speaker.bio = speaker.bio ? `${speaker.bio}\n${text}` : text;
    };
    const start = (title: string, line: number): TalkFact => {
      const { title: plain, kind } = kindOfTitle(title);
      const talk: TalkFact = { ...splitBilingual(plain), kind, speakers: [], line, endLine: line, shape: 'labeled-fields' };
      talks.push(talk);
      return talk;
    };
    const headingTitle = section.depth > 0 && !isGenericHeading(section.title) ? section.title : undefined;
    let previous: Line | undefined;
    for (const entry of lines) {
      const above = previous;
      previous = entry;
      if (entry.barrier) {
        if (current?.abstract) field = 'closed';
        continue;
      }
      const labeled = labelOf(entry.text);
      if (labeled && TITLE_LABELS.test(labeled.label) && labeled.value) {
        current = start(labeled.value, entry.line);
        field = undefined;
      } else if (labeled && SPEAKER_LABELS.test(labeled.label)) {
        if (!entry.opensBlock && above?.opensBlock && above.line === entry.line - 1 && isTitleLine(above.text)) {
          // "1. **Title**\n   Speaker: Jane Doe, Acme": one talk per paragraph or list item.
          if (current?.notes?.endsWith(above.text)) current.notes = current.notes.slice(0, -above.text.length).trim() || undefined;
          current = start(above.text, above.line);
        }
        current ??= headingTitle ? start(headingTitle, section.line) : undefined;
        if (!current) continue;
        current.speakers.push(...speakersIn(labeled.value, entry.line));
        field = undefined;
      } else if (labeled && ABSTRACT_LABELS.test(labeled.label)) {
        if (!current) continue;
        current.abstract = labeled.value || undefined;
        field = 'abstract';
      } else if (labeled && BIO_LABELS.test(labeled.label)) {
        field = 'bio';
        addBio(labeled.value);
      } else if (current && field === 'bio') {
        addBio(entry.text);
      } else if (labeled && OTHER_LABELS.test(labeled.label)) {
        field = 'other';
        if (current && /^(?:视频|video|recording|slides|幻灯片)$/i.test(labeled.label)) {
          current.url ??= labeled.value.match(/https?:\/\/\S+/)?.[0];
        }
      } else if (current && field === 'abstract') {
        current.abstract = current.abstract ? `${current.abstract}\n${entry.text}` : entry.text;
      } else if (current && field !== 'closed') {
        current.notes = current.notes ? `${current.notes}\n${entry.text}` : entry.text;
      }
      if (current) current.endLine = entry.line;
    }
    for (const talk of talks.slice(firstOfSection)) claim(view, talk.line, talk.endLine);
  }
  return talks.filter((t) => t.speakers.length > 0 && t.title !== '');
}

function mayHoldLabel(block: DocumentView['sections'][number]['blocks'][number]): boolean {
  if (block.type === 'html') return block.value.includes(':') || block.value.includes('：');
  if (block.type !== 'list' && block.type !== 'paragraph' && block.type !== 'blockquote') return false;
  const text = textOf(block);
  return text.includes(':') || text.includes('：');
}

function labelOf(text: string): { label: string; value: string } | undefined {
  const m = text.match(LABEL);
  if (!m) return undefined;
  return { label: clean(m[1]), value: stripDecoration(m[2]) };
}

/** Several speakers in one label: "张三，青云科技；李四，蚂蚁集团", "Jane Doe, Acme & John Roe, Initech". */
function speakersIn(value: string, line: number): SpeakerFact[] {
  const credits: Credit[] = [];
  if (HAN.test(value)) {
    for (const piece of value.split(/\s*[；;]\s*|\s*、(?=[\u4e00-\u9fff]{2,4}[，,])/)) {
      const credit = parseChineseCredit(piece);
      if (credit) credits.push(credit);
    }
  } else {
    credits.push(...(parseSpeakerList(value) ?? [parseSpeakerLine(value)].filter((c): c is Credit => c !== undefined)));
  }
  return credits.map((c) => ({ ...c, line }));
}

/** Every text line of a section's blocks with its file line (paragraphs may hold several labeled lines). */
function linesOf(blocks: DocumentView['sections'][number]['blocks']): Line[] {
  const out: Line[] = [];
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.children) out.push(...splitLines(textOf(item), lineOf(item)));
    } else if (block.type === 'paragraph' || block.type === 'blockquote' || block.type === 'html') {
      const text = block.type === 'html' ? block.value.replace(/<[^>]+>/g, '') : textOf(block);
      const lines = splitLines(text, lineOf(block));
      out.push(...(lines.length > 0 ? lines : [{ text: '', line: lineOf(block), barrier: true }]));
    } else if (block.type === 'thematicBreak') {
      out.push({ text: '', line: lineOf(block), barrier: true });
    }
  }
  return out;
}

function splitLines(text: string, first: number): Line[] {
  return text
    .split('\n')
    .map((t, i) => ({ text: clean(t), line: first + i, opensBlock: i === 0 }))
    .filter((l) => l.text !== '');
}

function isTitleLine(text: string): boolean {
  return text.length >= 4 && text.length <= 160 && !/[.。!?！？:：]$/.test(text) && labelOf(text) === undefined;
}
