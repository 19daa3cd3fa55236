// Talks stated in front matter: a `talks:` list of {title, speakers, …}, or a post about one talk that names its
// `speaker:`/`speakers:` at the top level (its body is then the note-taker's text about that talk).
import type { SpeakerFact, TalkFact } from '../facts';
import { parseChineseCredit, parseSpeakerList, parseSpeakerLine, type Credit } from '../people';
import { blocksText, claim, type DocumentView } from '../sections';
import { HAN, clean } from '../text';
import { dayOf, kindOfTitle, splitBilingual, timeOf } from './common';
import { documentYear } from './context';

type Data = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? clean(value) : undefined);
const first = (data: Data, ...fields: string[]): unknown => fields.map((f) => data[f]).find((v) => v !== undefined && v !== null);

export function frontMatterTalks(view: DocumentView): TalkFact[] {
  const data = view.doc.frontMatter;
  const year = documentYear(view.doc);
  const list = first(data, 'talks', 'sessions', 'agenda');
  if (Array.isArray(list)) {
    const talks = list
      .filter((entry): entry is Data => !!entry && typeof entry === 'object')
      .map((entry) => talkOf(entry, year, 1))
      .filter((t): t is TalkFact => t !== undefined);
    // One body section per listed talk, in the same order: each is the human version of its talk.
    const top = Math.min(...view.sections.filter((s) => s.depth > 0).map((s) => s.depth));
    const sections = view.sections.filter((s) => s.depth === top);
    if (talks.length > 1 && sections.length === talks.length) {
      sections.forEach((section, i) => {
        talks[i].notes = [section.title, blocksText(section.blocks)].filter(Boolean).join('\n');
        talks[i].line = section.line;
        talks[i].endLine = section.endLine;
        claim(view, section.line, section.endLine);
      });
    }
    return talks;
  }
  if (first(data, 'speaker', 'speakers', 'presenter', 'presenters') === undefined) return [];
  const title = str(first(data, 'talk', 'talk_title', 'talkTitle', 'session', 'title'));
  if (!title) return [];
  // A post's own date is when it was written, not when the talk was given.
  const { date: _written, ...fields } = data;
  const talk = talkOf({ ...fields, title }, year, 1);
  if (!talk) return [];
  const lastLine = view.doc.lines.length;
  talk.notes = blocksText(view.sections.flatMap((s) => s.blocks)) || undefined;
  talk.endLine = lastLine;
  claim(view, 1, lastLine);
  return [talk];
}

function talkOf(entry: Data, year: number | undefined, line: number): TalkFact | undefined {
  const rawTitle = str(first(entry, 'title', 'name', 'talk'));
  if (!rawTitle) return undefined;
  const { title: plain, kind } = kindOfTitle(rawTitle);
  const titles = splitBilingual(plain);
  const zh = str(first(entry, 'title_zh', 'titleZh', 'chinese_title', 'zh'));
  const en = str(first(entry, 'title_en', 'titleEn', 'english_title', 'en'));
  const projects = first(entry, 'projects', 'project');
  const date = first(entry, 'date', 'day');
  return {
    title: en ?? titles.title,
    altTitles: [...titles.altTitles, ...(zh ? [zh] : []), ...(en ? [titles.title] : [])].filter((t) => t !== (en ?? titles.title)),
    abstract: str(first(entry, 'abstract', 'description', 'summary')),
    url: str(first(entry, 'url', 'link', 'video', 'sched', 'schedule', 'youtube', 'recording')),
    day: date instanceof Date ? date.toISOString().slice(0, 10) : dayOf(str(date) ?? '', year),
    time: timeOf(str(first(entry, 'time', 'start')) ?? ''),
    kind: (str(entry.kind) as TalkFact['kind'] | undefined) ?? kind,
    speakers: speakersOf(first(entry, 'speakers', 'speaker', 'presenters', 'presenter'), line, str(first(entry, 'company', 'organization', 'org', 'affiliation'))),
    eventHint: str(first(entry, 'event', 'conference', 'track')),
    statedProjects: Array.isArray(projects) ? projects.filter((p): p is string => typeof p === 'string') : str(projects)?.split(/\s*,\s*/),
    line,
    endLine: line,
    shape: 'front-matter',
  };
}

/** `company` beside `speakers` is every listed speaker's that names none of their own. */
function speakersOf(value: unknown, line: number, company?: string): SpeakerFact[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const credits: Credit[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      if (HAN.test(item)) {
        const credit = parseChineseCredit(item);
        if (credit) credits.push(credit);
      } else {
        credits.push(...(parseSpeakerList(item) ?? [parseSpeakerLine(item) ?? { name: clean(item) }]));
      }
    } else if (item && typeof item === 'object') {
      const data = item as Data;
      const name = str(first(data, 'name', 'speaker'));
      if (!name) continue;
      credits.push({
        name,
        organization: str(first(data, 'company', 'organization', 'organisation', 'org', 'affiliation', 'employer')),
        role: str(first(data, 'role', 'title', 'position', 'job')),
      });
    }
  }
  return credits.map((c) => ({ ...c, organization: c.organization ?? company, line }));
}
