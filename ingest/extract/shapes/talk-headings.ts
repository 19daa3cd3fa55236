// Headings that are talks: "### Title - A & B, Company", "### Title by Speaker Org", "### Keynote: …", headings that
// are just a project's name at the depth where the document's other talks sit, and an empty heading whose
// title is the next line. A quoted paragraph under the heading is the abstract; other text is the note-taker's.
import type { Blockquote, Link, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { TALK_PAGE } from '../reader/units';
import { isProjectName } from '../../gazetteer';
import type { TalkFact } from '../facts';
import { blocksText, claim, isClaimed, type DocumentView, type Section } from '../sections';
import { clean, textOf } from '../text';
import { parseSpeakerList, type Credit } from '../people';
import { creditsOfSection } from '../reader/section-credits';
import { isGenericHeading, kindOfTitle, splitBilingual, splitTitleAndSpeakers } from './common';

export function talkHeadings(view: DocumentView): TalkFact[] {
  const candidates = view.sections.filter((s) => s.depth >= 2 && !isClaimed(view, s.line));
  const credited = candidates.map((s) => {
    const inHeading = splitTitleAndSpeakers(s.title);
    if (inHeading.speakers.length > 0) return { section: s, ...inHeading, endLine: s.endLine };
    const byline = bylineOf(s);
    if (byline.length > 0) return { section: s, title: inHeading.title, speakers: byline, endLine: s.endLine };
    // A section that links several talks' pages is a group of talks: the people it names are theirs.
    const found = creditsOfSection(view.sections, s);
    const below = found && talkPageLinks(s.blocks) >= 2 ? undefined : found;
    return { section: s, title: inHeading.title, speakers: below?.credits ?? [], endLine: Math.max(s.endLine, below?.endLine ?? 0) };
  });
  const withSpeakers = credited.filter((c) => c.speakers.length > 0 && !isGenericHeading(c.title));
  // The depth at which the document puts its talks: where at least two headings name speakers.
  const byDepth = new Map<number, number>();
  for (const c of withSpeakers) byDepth.set(c.section.depth, (byDepth.get(c.section.depth) ?? 0) + 1);
  const talkDepth = [...byDepth].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])[0]?.[0] ?? projectDepth(credited);

  const talks: TalkFact[] = [];
  for (const c of credited) {
    const { section } = c;
    const atTalkDepth = section.depth === talkDepth && !hasDeeperTalks(section, talkDepth);
    let title = c.title;
    let blocks = section.blocks;
    if (title === '' && atTalkDepth) {
      // An empty heading: its title is the first line under it.
      const first = blocks[0];
      if (!first || first.type !== 'paragraph') continue;
      const [head, ...rest] = textOf(first).split('\n');
      title = clean(head);
      blocks = rest.length > 0 ? [{ type: 'paragraph', children: [{ type: 'text', value: rest.join('\n') }] }, ...blocks.slice(1)] : blocks.slice(1);
    }
    if (title === '' || isGenericHeading(title)) continue;
    if (c.speakers.length === 0 && !atTalkDepth) continue;
    // A section that links several talks' pages is a group of talks, not one.
    if (c.speakers.length === 0 && talkPageLinks(blocks) >= 2) continue;
    const quotes = blocks.filter((b): b is Blockquote => b.type === 'blockquote');
    const others = blocks.filter((b) => b.type !== 'blockquote');
    const { title: plain, kind } = kindOfTitle(title);
    // "### Cilium" over notes: a section about a project, unless someone is credited with it.
    const projectOnly = c.speakers.length === 0 && isProjectName(plain);
    talks.push({
      ...splitBilingual(plain),
      kind,
      speakers: c.speakers.map((s) => ({ ...s, line: section.line })),
      abstract: blocksText(quotes) || undefined,
      notes: blocksText(others) || undefined,
      eventHint: section.parents.map((p) => p.title).join('\n') || undefined,
      line: section.line,
      endLine: c.endLine,
      shape: 'talk-headings',
      ...(projectOnly && { confidence: 0.5, cues: ["the heading is only a project's name and credits nobody"] }),
    });
    claim(view, section.line, c.endLine);
  }
  return talks;
}

/** A heading whose own sub-headings are the talks is a grouping ("## Day 2"), not a talk. */
function hasDeeperTalks(section: Section, talkDepth: number | undefined): boolean {
  return talkDepth !== undefined && section.depth < talkDepth;
}

/** Notes that give each talk a heading named after its project ("### Strimzi"): the depth where most headings are projects. */
function projectDepth(credited: { section: Section; title: string; speakers: unknown[] }[]): number | undefined {
  const counts = new Map<number, { projects: number; all: number }>();
  for (const c of credited) {
    const entry = counts.get(c.section.depth) ?? { projects: 0, all: 0 };
    entry.all += 1;
    if (isProjectName(c.title) || c.speakers.length > 0) entry.projects += 1;
    counts.set(c.section.depth, entry);
  }
  return [...counts].find(([, n]) => n.projects >= 3 && n.projects * 2 >= n.all)?.[0];
}

/** "### Title" then "_by Jane Doe, Acme_" or "— Jane Doe (Acme)" on its own line: the heading's byline. */
function bylineOf(section: Section): Credit[] {
  const first = section.blocks[0];
  if (first?.type !== 'paragraph') return [];
  const line = clean(textOf(first).split('\n')[0]);
  const m = line.match(/^(?:by|presented by|[-–—])\s+(.{3,160})$/i);
  return (m && parseSpeakerList(m[1].replace(/[.。]$/, ''), { loose: true })) || [];
}

/** How many links to talk pages (schedule entries, recordings) a section's blocks hold. */
function talkPageLinks(blocks: RootContent[]): number {
  let count = 0;
  for (const block of blocks) visit(block, 'link', (link) => void (TALK_PAGE.test((link as Link).url) && (count += 1)));
  return count;
}
