// Inline noise set aside before a line is read: HTML, entities, schedule stamps, resource links, quotes, emoji.
import { clean } from '../text';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#124': '|', '#39': "'", mdash: '—', ndash: '–' };

/** HTML entities decoded, tags dropped (`<br>` becomes a line break), an image's alt text kept. */
export function stripHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<img\b[^>]*\balt=["']([^"']*)["'][^>]*>/gi, ' $1 ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower in ENTITIES) return ENTITIES[lower];
      return lower.startsWith('#') ? String.fromCodePoint(Number(lower.slice(1))) : whole;
    });
}

const CLOCK = String.raw`\d{1,2}(?:[:：.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?`;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|周[一二三四五六日天]|星期[一二三四五六日天]`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;

/** A time or time range at the start of a line: "18:30 - 19:00:", "9:45 - 10:15", "11:00am –", "14:00~14:30 |". */
const LEADING_TIME = new RegExp(String.raw`^\s*(?:${CLOCK})(?:\s*(?:[-–—~～至到]|to)\s*(?:${CLOCK}))?\s*(?:\([A-Z]{2,4}\))?\s*[-–—:：|｜,]?\s*`, 'i');

/** Trailing schedule stamps: "Thursday, May 19 • 11:00", "(Room 335, Level 300)", "[50 mins]", "Day 2". */
const TRAILING_STAMP = new RegExp(
  String.raw`\s*(?:[-–—•|,]\s*)?(?:(?:${WEEKDAY})\s*,?\s*(?:${MONTH}\s*\d{1,2}(?:st|nd|rd|th)?,?\s*(?:\d{4})?)?\s*(?:[•@|,-]\s*)?(?:${CLOCK})?(?:\s*[-–]\s*(?:${CLOCK}))?(?:\s*[A-Z]{2,4})?)\s*$`,
  'i',
);

/** The length of a talk: "[50 mins]", "(30 min)", "(1.5 hrs)", "[2 hrs; open to all]". */
const DURATION = /\s*[[(](?:\d+(?:\.\d+)?\s*(?:mins?|minutes?|hrs?|hours?|分钟|小时)\b[^\])]*)[\])]/gi;

/** Links to a talk's resources that close a line: "[[pdf](…)]", "[slides]", "(video)", "[Slides](…) [Video](…)". */
const RESOURCE_TAIL = /(?:\s*[[(]\s*\[?(?:pdf|slides?|video|recording|demo|prezi|deck|youtube|vod|ppt|视频|幻灯片|回放|讲稿)\]?(?:\([^)]*\))?\s*[\])]|\s*\((?:slides?|video|recording)\))+\s*$/i;

/** "(8:00am-8:30am PST)": a slot in parentheses after a title. */
const TIME_IN_PARENS = new RegExp(String.raw`\s*[(（]\s*(?:${CLOCK})(?:\s*[-–—~]\s*(?:${CLOCK}))?\s*(?:[A-Z]{2,4})?\s*[)）]`, 'gi');

/** "Title | Recording | Slides": resources after a bar. */
const PIPED_RESOURCES = /(?:\s*[|｜]\s*(?:recording|video|slides?|youtube|pdf|deck|回放|视频)?)+\s*$/i;

/** "… Room 335, Level 300", "… (Hall 8)": where a talk was held, after its title. */
const ROOM_TAIL = /\s*[(（]?\b(?:room|hall|level|floor|stage|ballroom)\s+[\w#-]+(?:\s*,\s*(?:room|hall|level|floor)\s+[\w#-]+)*[)）]?\s*$/i;

/** The words of a line that reads as a talk, with its stamps set aside: what the credit grammar reads. */
export function normalizeLine(text: string): string {
  let line = clean(stripHtml(text).replace(/\n/g, ' '));
  line = line.replace(RESOURCE_TAIL, '');
  line = line.replace(PIPED_RESOURCES, '');
  line = line.replace(/\s*[(（](?:beginner|intermediate|advanced|all)[^()]*(?:level|audience)[^()]*[)）]\s*$/i, '');
  line = line.replace(DURATION, '').replace(TIME_IN_PARENS, '').replace(ROOM_TAIL, '');
  line = line.replace(LEADING_TIME, '');
  line = line.replace(/^(?:[\p{Extended_Pictographic}\uFE0F\u200d]+\s*)+/u, '');
  return clean(line);
}

/** The time a line opens with, as "HH:MM". */
export function leadingTime(text: string): string | undefined {
  // "10:30am", "14:00", "5pm", and the schedule shorthand "1030a", "140p".
  // The a/p of "5pm" ends a word: "5 apps to watch" opens with a number, not a time.
  const m = clean(stripHtml(text)).match(/^(\d{1,2})(?:[:：.]?(\d{2}))?\s*(?:([ap])\.?m?\.?(?![\p{L}\d])|(?![\p{L}\d:]))/iu);
  if (!m || (!m[2] && !m[3]) || (m[2] && !m[3] && !/[:：.]/.test(text))) return undefined;
  let hour = Number(m[1]);
  if (m[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (m[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return hour < 24 ? `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}` : undefined;
}

/** A line that is only a schedule stamp (a day, a date, a time, a room): never a title. */
export function isStampOnly(text: string): boolean {
  return isStamp(normalizeLine(text));
}

/** `isStampOnly` for a line already normalized. */
export function isStamp(line: string): boolean {
  // Every stamp has a digit or names a weekday, a room or a hall; most titles are ruled out by that alone.
  if (line === '') return true;
  if (!/\d|day|room|hall|level|track|stage|周|星期/i.test(line)) return false;
  return line.replace(TRAILING_STAMP, '') === '' || /^(?:room|hall|level|track|stage)\b[\s\w#.-]*$/i.test(line);
}

/** A credit line without the schedule stamp a soft wrap brought after it. */
export function withoutTrailingStamp(text: string): string {
  return clean(text.replace(TRAILING_STAMP, ''));
}

/** `"Title"` or `“Title”` → Title. */
export function unquote(text: string): string {
  const m = text.match(/^["“”「『](.+)["“”」』]$/);
  return m ? clean(m[1]) : text;
}
