// Pieces every shape uses: titles with their speakers, bilingual titles, talk kinds, days and times.
import type { TalkKind } from '../facts';
import { chineseAffiliation, isStrongOrganization, looksLikeOrganization, looksLikePersonName, parseSpeakerList, type Credit } from '../people';
import { isKnownOrganization } from '../../gazetteer';
import { isHanPersonName, organizationWords } from '../names';
import { HAN, clean, stripDecoration } from '../text';

const KIND_PREFIX = /^(?:(keynote|lightning talk|lightning|tutorial|workshop|panel(?: discussion)?|主题演讲|闪电演讲|圆桌(?:讨论)?|工作坊)\s*[:：]\s*)/i;
const SESSION_PREFIX = /^(?:(?:session|talk|track|part|议题|分享)\s*[#\d一二三四五六七八九十]*\s*[:：.、-]\s*|\d{1,2}[.、)]\s+|[一二三四五六七八九十]+[、.]\s*)/i;

/** The talk kind a title announces, and the title without the announcement. */
export function kindOfTitle(title: string): { title: string; kind: TalkKind } {
  const text = stripDecoration(title).replace(SESSION_PREFIX, '');
  const m = text.match(KIND_PREFIX);
  if (!m) return { title: text, kind: /\b(?:workshop|tutorial)\b/i.test(text) && /^(?:workshop|tutorial)/i.test(text) ? 'workshop' : 'talk' };
  const word = m[1].toLowerCase();
  const kind: TalkKind = /keynote|主题/.test(word)
    ? 'keynote'
    : /lightning|闪电/.test(word)
      ? 'lightning'
      : /tutorial/.test(word)
        ? 'tutorial'
        : /workshop|工作坊/.test(word)
          ? 'workshop'
          : 'panel';
  return { title: clean(text.slice(m[0].length)), kind };
}

/** "中文标题 | English Title": the English title leads, the Chinese one is an alternative. */
export function splitBilingual(text: string): { title: string; altTitles: string[] } {
  const parts = text.split(/\s+[|｜]\s+|\s*｜\s*/).map(clean).filter(Boolean);
  if (parts.length < 2) return { title: clean(text), altTitles: [] };
  const latin = parts.filter((p) => !HAN.test(p));
  const han = parts.filter((p) => HAN.test(p));
  if (latin.length === 0 || han.length === 0) return { title: parts.join(' | '), altTitles: [] };
  return { title: latin.join(' | '), altTitles: han };
}

/** Separators between a title and its speakers, tried from the right. */
const SEPARATORS = [/\s+[-–—]\s+/g, /\s*[-–—]\s+/g, /\s+by\s+/gi];

/**
 * "Title - A, Org & B", "Title by Name Org", "Title- Name, Org": the title and its speakers, cut at the rightmost
 * separator whose right side reads as a speaker list. A title that names nobody is returned whole.
 */
export function splitTitleAndSpeakers(text: string, options: { loose?: boolean } = {}): { title: string; speakers: Credit[] } {
  const line = clean(text);
  // " - " is a cut for the first two separators alike: a cut read once gives the same answer again.
  const tried = new Set<number>();
  for (const separator of SEPARATORS) {
    const cuts = [...line.matchAll(separator)].reverse();
    for (const cut of cuts) {
      const index = cut.index ?? 0;
      const end = index + cut[0].length;
      if (tried.has(index * 2 ** 26 + end)) continue;
      tried.add(index * 2 ** 26 + end);
      const title = trimTitle(line.slice(0, index));
      const right = clean(line.slice(end));
      if (title.length < 3 || right === '') continue;
      const speakers = speakersAfter(right, /by|with/i.test(cut[0]), options.loose === true);
      if (speakers) return { title, speakers };
    }
  }
  // "Title (Jane Doe, Acme)": the speakers in a closing parenthesis.
  const paren = line.endsWith(')') || line.endsWith('）') ? line.match(/^(.{3,}?)\s*[(（]([^()（）]+)[)）]$/) : null;
  const inParen = paren ? parseSpeakerList(paren[2], { loose: options.loose }) : undefined;
  if (paren && inParen) return { title: trimTitle(paren[1]), speakers: inParen };
  const trailing = trailingNames(line);
  if (trailing) return trailing;
  return { title: line, speakers: [] };
}

/** A title without the punctuation that joined it to its speakers ("Title, by …", "Title: – …"). */
function trimTitle(text: string): string {
  return clean(text).replace(/\s*[,;:–—-]+$/, '');
}

/** The speakers on the right of a separator; after "by", also "Name Org" without a comma. */
function speakersAfter(right: string, afterBy: boolean, loose: boolean): Credit[] | undefined {
  const tokens = right.split(/\s+/);
  // "by 霍秉杰 青云科技": a Chinese name, then the company.
  if (afterBy && isHanPersonName(tokens[0]) && tokens.length <= 3) {
    const rest = tokens.slice(1).join(' ');
    return [rest ? { name: tokens[0], ...chineseAffiliation(rest) } : { name: tokens[0] }];
  }
  // After "by", "Dan Garfield Octopus Deploy" is a name and a company, "A Org and B Org" two of them.
  if (afterBy && !/[,;]/.test(right)) {
    const members = right.split(/\s+(?:&|and)\s+/);
    const credits = members.map(nameThenCompany);
    if (credits.every((c) => c !== undefined) && credits.some((c) => c?.organization)) {
      // "Kevin Klues and Sanjay Chatterjee NVIDIA": a company named once, last, is everyone's.
      const last = credits[credits.length - 1]?.organization;
      return credits.map((c) => (c!.organization || !last ? c! : { ...c!, organization: last }));
    }
  }
  const list = parseSpeakerList(right, { loose });
  if (list) return list;
  if (!afterBy) return undefined;
  // "Sunanay IBM research": the longest capitalized name-shaped head, the rest an organization.
  for (let n = Math.min(3, tokens.length - 1); n >= 1; n--) {
    const name = tokens.slice(0, n).join(' ');
    const org = tokens.slice(n).join(' ');
    if (!/^\p{Lu}/u.test(name) || /^(?:and|&|with|from|at)\b/i.test(org) || /[()]/.test(org)) continue;
    if (looksLikePersonName(name, { allowSingle: true, loose: isStrongOrganization(org) }) && looksLikeOrganization(org)) {
      return [{ name, organization: org }];
    }
  }
  if (tokens.length <= 3 && /^\p{Ll}+(?: \p{Ll}+){1,2}$/u.test(right) && looksLikePersonName(right)) return [{ name: right }];
  if (tokens.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(right) && looksLikePersonName(right, { allowSingle: true })) {
    return [{ name: right }];
  }
  return undefined;
}

/** "Juraci Paixão Kröhling Grafana Labs" → the longest name-shaped head whose rest reads as a company; or a name alone. */
function nameThenCompany(text: string): Credit | undefined {
  const tokens = text.split(/\s+/);
  const splits = [3, 2, 1]
    .filter((n) => n < tokens.length)
    .map((n) => ({ name: tokens.slice(0, n).join(' '), org: tokens.slice(n).join(' ') }))
    .filter(({ name, org }) => /^\p{Lu}/u.test(name) && !/[()]/.test(org) && looksLikePersonName(name, { allowSingle: true, loose: true }));
  // A company the gazetteer knows decides the cut ("Ryan Perry | Grafana Labs", not "Ryan Perry Grafana | Labs").
  const known = splits.find(({ org }) => isKnownOrganization(org));
  if (known) return { name: known.name, organization: known.org };
  const company = splits.find(({ org }) => !organizationWords.has(org.toLowerCase()) && (isStrongOrganization(org) || (org.includes(' ') && looksLikeOrganization(org))));
  if (company) return { name: company.name, organization: company.org };
  return tokens.length <= 3 && looksLikePersonName(text) ? { name: text } : undefined;
}

/** "…with Zero Disturbance Tobias Giese & Sean Schneeweiss": names joined by "&" at the end, with no separator. */
function trailingNames(line: string): { title: string; speakers: Credit[] } | undefined {
  if (!line.includes('&') && !line.includes('and')) return undefined;
  const m = line.match(/^(.*\S)\s+((?:\p{Lu}[\p{L}'’-]+\s){1,2}\p{Lu}[\p{L}'’-]+\s*(?:&|and)\s*(?:\p{Lu}[\p{L}'’-]+\s){1,2}\p{Lu}[\p{L}'’-]+)$/u);
  if (!m) return undefined;
  const names = m[2].split(/\s*(?:&|and)\s*/);
  if (!names.every((n) => looksLikePersonName(n))) return undefined;
  // The words before the first name must not also read as part of it: take the shortest names that qualify.
  return { title: clean(m[1]), speakers: names.map((name) => ({ name: clean(name) })) };
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** A day heading: "9 月 27 日 周三", "2023年9月27日", "Tuesday, March 19", "May 17, 2022", "2024-03-19". */
export function dayOf(text: string, year?: number): string | undefined {
  const line = clean(text);
  let m = line.match(/(?:(20\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
  if (m) return isoDay(m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3]));
  m = line.match(/\b(20\d\d)-(\d{2})-(\d{2})\b/);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = line.match(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(20\d\d))?\b/i);
  if (m) return isoDay(m[3] ? Number(m[3]) : year, MONTHS[m[1].toLowerCase()], Number(m[2]));
  m = line.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(20\d\d))?\b/i);
  if (m) return isoDay(m[3] ? Number(m[3]) : year, MONTHS[m[2].toLowerCase()], Number(m[1]));
  return undefined;
}

/** "2024-08-21", or "--08-21" (ISO 8601's day without a year) for the event's year to complete later. */
function isoDay(year: number | undefined, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year ?? '-'}-${pad(month)}-${pad(day)}`;
}

/** A time heading or prefix: "11:00am", "1:55 pm", "14:00", "14:00-14:30" → "HH:MM". */
export function timeOf(text: string): string | undefined {
  const m = clean(text).match(/^(\d{1,2})[:：.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/i);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const pm = m[3]?.toLowerCase().startsWith('p');
  if (pm && hour < 12) hour += 12;
  if (m[3]?.toLowerCase().startsWith('a') && hour === 12) hour = 0;
  return hour < 24 ? `${pad(hour)}:${m[2]}` : undefined;
}

/** Headings that organize a document and are never talk titles. */
const GENERIC_HEADING =
  /^(?:abstract|description|summary|speakers?|bio(?:graphy)?|about(?: me| the (?:speakers?|authors?))?|introduction|intro|overview|conclusions?|key takeaways?|takeaways?|wrap[- ]?up|recap|final thoughts|thoughts|notes?|agenda|schedule|references?|resources|links|tl;?dr|table of contents|contents|day \d+|day (?:one|two|three|four|five)|morning|afternoon|evening|keynotes?|sessions?|talks?|lightning talks|highlights?|photos?|videos?|slides|q ?& ?a|faq|acknowledge?ments?|thanks|thank you|updates?|what'?s next|next steps|my experience|background|context|why|how|what|see you|contact|更新|总结|结语|简介|摘要|议程|讲师|嘉宾|介绍|概要|回顾|精彩回顾|现场照片|视频|资料下载|活动回顾|议题|日程|附录|参考|致谢)\s*[:：!！]?$/i;

/** Agenda rows that are not talks: breaks, meals, registration, opening and closing words. */
const AGENDA_BREAK =
  /^(?:(?:coffee|tea|lunch|networking|morning|afternoon)?\s*breaks?|lunch|breakfast|dinner|registration(?: and breakfast)?|check-in|doors open|opening(?: remarks)?|welcome(?: remarks)?|closing(?: remarks)?|happy hour|reception|签到|午餐|午休|茶歇|晚宴|开场(?:致辞)?|欢迎致辞|闭幕(?:致辞)?|合影|抽奖)$/i;

export function isAgendaBreak(text: string): boolean {
  return AGENDA_BREAK.test(stripDecoration(text).replace(/[&+]/g, 'and'));
}

export function isGenericHeading(text: string): boolean {
  const line = stripDecoration(text);
  return line === '' || GENERIC_HEADING.test(line) || dayOf(line) !== undefined || timeOf(line) !== undefined;
}
