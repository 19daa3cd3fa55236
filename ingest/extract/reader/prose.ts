// People that prose names as a talk's speakers: "*Jane Doe (Acme)*", "a talk by Jane Doe and John Roe from Acme",
// "Acme's Jane Doe shares…", "featuring Jane Doe (Acme), John Roe & Mary Major (Initech)", a photo's alt text.
import type { Paragraph } from 'mdast';
import { isKnownOrganization } from '../../gazetteer';
import { isStrongOrganization, looksLikeOrganization, looksLikePersonName, parseSpeakerList, type Credit } from '../people';
import { clean, textOf } from '../text';
import { roleWords } from '../names';
import { stripHtml } from './normalize';

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|de|der|da|di|del|la|le)?\s*\p{Lu}[\p{L}'’-]+){1,2}`;
const ORG = String.raw`\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\d.&'’-]*){0,3}`;

/** "Jane Doe (Acme)", "Jane Doe from Acme", "Jane Doe of Acme", "Jane Doe at Acme": a name and what may follow it. */
const NAME_WITH_ORG = new RegExp(String.raw`(${NAME})(?:\s*\(([^()]{2,40})\)|\s+(?:from|of|at)\s+(?:[\p{Ll}\s-]+,\s+)?(${ORG}))?`, 'gu');
/** "Spotify's Stanley Nicholl". */
const ORG_POSSESSIVE = new RegExp(String.raw`(${ORG})['’]s\s+(${NAME})`, 'gu');

/** The people a block of prose names, with the organization it gives each. */
export function proseCredits(paragraph: Paragraph): Credit[] {
  const credits: Credit[] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'emphasis' && child.type !== 'strong') continue;
    const list = parseSpeakerList(clean(textOf(child)));
    if (list && list.every((c) => looksLikePersonName(c.name))) credits.push(...list);
  }
  const html = paragraph.children.filter((c) => c.type === 'html').map((c) => stripHtml(c.value)).join(' ');
  credits.push(...creditsInText(clean(`${html} ${textOf(paragraph)}`)));
  return dedupeCredits(credits);
}

/** Names in running text, each with the organization written beside it; "A and B from X" gives X to both. */
export function creditsInText(text: string, vouched: ReadonlySet<string> = new Set()): Credit[] {
  const credits: Credit[] = [];
  for (const m of text.matchAll(ORG_POSSESSIVE)) {
    if (looksLikePersonName(m[2]) && isStrongOrganization(m[1])) credits.push({ name: clean(m[2]), organization: clean(m[1]) });
  }
  // People joined by "and", "&" or a comma form a group: an organization after the last, or a cue before the first,
  // makes every one of them a speaker ("a talk by A and B", "A and B from Acme").
  let group: { credit: Credit; cued: boolean }[] = [];
  let lastEnd = -1;
  const flush = (): void => {
    if (group.some((g) => g.cued || g.credit.organization)) {
      const organization = group[group.length - 1].credit.organization;
      for (const { credit } of group) {
        if (organization) credit.organization ??= organization;
        if (!credits.some((c) => c.name === credit.name)) credits.push(credit);
      }
    }
    group = [];
  };
  for (const m of text.matchAll(NAME_WITH_ORG)) {
    // A name alone in prose is anyone: only a cue ("by", "featuring", "with") or an organization makes it a speaker,
    // and with a cue an unfamiliar name is still a name.
    const cued = /\b(?:by|featuring|feat\.|with|hosted by|moderated by|presented by|speakers?|panelists?)\s*[:,]?\s*$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index));
    const name = trimName(m[1], cued, vouched);
    if (!name || !looksLikePersonName(name, { loose: cued || vouched.has(name) }) || isKnownOrganization(name)) continue;
    const joined = lastEnd >= 0 && /^\s*(?:,|&|and)\s*$/.test(text.slice(lastEnd, m.index));
    if (!joined) flush();
    const organization = organizationOf(m[2] ?? m[3]);
    group.push({ credit: organization ? { name, organization } : { name }, cued: cued || vouched.has(name) });
    lastEnd = (m.index ?? 0) + m[0].length;
  }
  flush();
  return credits;
}

/** "This Jane Doe" → "Jane Doe": a capitalized sentence opener is not part of the name. */
function trimName(text: string, loose = false, vouched: ReadonlySet<string> = new Set()): string | undefined {
  const tokens = clean(text).split(/\s+/);
  // "Co-chair Ada Lovelace", "Tech Lead Grace Hopper": a title before the name is not part of it.
  while (tokens.length > 2 && tokens[0].toLowerCase().split('-').some((part) => roleWords.has(part))) tokens.shift();
  for (let i = 1; i < tokens.length - 1; i++) if (vouched.has(tokens.slice(i).join(' '))) return tokens.slice(i).join(' ');
  while (tokens.length > 2 && !looksLikePersonName(tokens.join(' '), { loose })) tokens.shift();
  return tokens.length >= 2 ? tokens.join(' ') : undefined;
}

function organizationOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const org = clean(text).replace(/[.,;:]$/, '');
  return looksLikeOrganization(org) || isStrongOrganization(org) ? org : undefined;
}

/** A talk named in running text: its quoted title and the people the text credits beside it. */
export interface ProseTalk {
  title: string;
  credits: Credit[];
  /** The sentence that names the talk: read for its projects. */
  sentence: string;
}

/** "Title", “Title”, and «Title» for a title linked to its talk page (a link is cue enough that it is a talk). */
const QUOTED = /["“«]([^"“”«»]{8,160})["”»]/g;
const TALK_CUE = /\b(?:talks?|keynotes?|sessions?|presentations?|presented|presents|panels?|demos?|workshops?|tutorials?|lightning|spoke|speaks|shared|discussed|titled|called|on)\b/i;

/**
 * 'a keynote from Justin Pettit from Google, on "Istio Ambient Mesh as …"', '"OpenShift on AWS" by Jane Doe': each quoted
 * title in a sentence that speaks of a talk, with the people named between it and the next title (or before it).
 */
export function proseTalks(text: string, vouched: ReadonlySet<string> = new Set()): ProseTalk[] {
  const talks: ProseTalk[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
    const quotes = [...sentence.matchAll(QUOTED)];
    if (quotes.length === 0 || (!TALK_CUE.test(sentence) && !sentence.includes('«'))) continue;
    quotes.forEach((quote, index) => {
      const title = clean(quote[1]).replace(/[.,]$/, '');
      if (title.split(/\s+/).length < 2 || !/^\p{Lu}|^\d/u.test(title) || looksLikePersonName(title)) return;
      const start = (quote.index ?? 0) + quote[0].length;
      const after = sentence.slice(start, quotes[index + 1]?.index ?? sentence.length);
      const before = sentence.slice(index === 0 ? 0 : (quotes[index - 1].index ?? 0) + quotes[index - 1][0].length, quote.index);
      const credits = creditsInText(after, vouched);
      const own = credits.length > 0 ? credits : creditsInText(before, vouched).concat(namesIn(before));
      if (own.length > 0) talks.push({ title, credits: dedupeCredits(own), sentence: clean(`${before} ${quote[0]} ${after}`) });
    });
  }
  return talks;
}

/** Plain full names in a stretch of text (no cue needed where a quoted title already says it is a talk). */
function namesIn(text: string): Credit[] {
  const found: Credit[] = [];
  for (const m of text.matchAll(new RegExp(NAME, 'gu'))) {
    const name = trimName(m[0]);
    if (name && looksLikePersonName(name) && !isKnownOrganization(name)) found.push({ name });
  }
  return found;
}

export function dedupeCredits(credits: Credit[]): Credit[] {
  const out: Credit[] = [];
  for (const credit of credits) {
    const known = out.find((c) => c.name === credit.name);
    if (!known) out.push({ ...credit });
    else if (!known.organization && credit.organization) known.organization = credit.organization;
  }
  return out;
}
