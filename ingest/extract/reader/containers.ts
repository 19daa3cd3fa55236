// Events a document of a series names per section or per list item: "### Winter Kubernetes Meetup",
// "* [Cloud Native Aarhus #7: …](meetup page)". The talks below such a container belong to that event.
import type { Link, ListItem } from 'mdast';
import { visit } from 'unist-util-visit';
import type { DocumentView, Section } from '../sections';
import { lineOf } from '../sections';
import { clean, textOf } from '../text';
import { isStampOnly, normalizeLine } from './normalize';
import { yearIn } from '../events';

const EVENT_WORDS = /\b(?:meet-?ups?|meetings?|summit|hackathon|community days?|unconference|#\s?\d+)\b|\b\d+(?:st|nd|rd|th)\s+meet|沙龙|聚会|见面会|大会|峰会|站\b/i;
const EVENT_PAGE = /meetup\.com\/[^/]+\/events\/|eventbrite\.|lu\.ma\/|community\.cncf\.io\/events\/|huodongxing\.com/i;

const seriesOf = new WeakMap<DocumentView, Set<number>>();

/** The event a section or list item names, when the document is a series of such events. */
export function eventContainer(view: DocumentView, section: Section, item?: ListItem): { name: string; line: number; year?: number } | undefined {
  if (item) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return undefined;
    const link = first.children.find((c) => c.type === 'link');
    const head = normalizeLine(textOf(first).split('\n')[0]);
    const page = link?.type === 'link' && EVENT_PAGE.test(link.url);
    if (!page && !EVENT_WORDS.test(head)) return undefined;
    if (head.length < 4 || head.length > 160) return undefined;
    return { name: clean(head.replace(/[:：]$/, '')), line: lineOf(item), year: yearIn(head) ?? yearOfSection(section) };
  }
  const series = seriesSections(view);
  for (const candidate of [section, ...[...section.parents].reverse()]) {
    if (series.has(candidate.index)) return { name: candidate.title.replace(/[:：]$/, ''), line: candidate.line, year: yearIn(candidate.title) ?? yearOfSection(candidate) };
  }
  return undefined;
}

/** "- Date: 10 December, 2019", "- Meetup link: …", "时间：…": the opening lines of an event's own section. */
const EVENT_FIELDS = /^\s*(?:date|when|where|venue|location|meetup(?: link| page)?|rsvp|registration|时间|地点|日期|报名)\s*[:：]/gim;


function hasEventFields(section: Section): boolean {
  const first = section.blocks[0];
  // An event's page opens with a list of fields or a link to the event's page.
  if (!first || (first.type !== 'list' && first.type !== 'paragraph')) return false;
  const opening = section.blocks.slice(0, 2).map((b) => textOf(b)).join('\n');
  if ((opening.match(EVENT_FIELDS) ?? []).length >= 2) return true;
  let page = false;
  for (const block of section.blocks.slice(0, 2)) visit(block, 'link', (link) => void (page ||= EVENT_PAGE.test((link as Link).url)));
  return page;
}

/** The year a section's heading, its first lines ("Date: 23rd of January, 2019") or its parents' headings give. */
function yearOfSection(section: Section): number | undefined {
  const opening = section.blocks.slice(0, 2).map((b) => textOf(b)).join('\n').slice(0, 400);
  return yearIn(section.title) ?? yearIn(opening) ?? [...section.parents].reverse().map((p) => yearIn(p.title)).find(Boolean);
}

/** Sections whose headings name events, kept only where a document has two or more of them at one depth. */
function seriesSections(view: DocumentView): Set<number> {
  const known = seriesOf.get(view);
  if (known) return known;
  const byDepth = new Map<number, number[]>();
  for (const section of view.sections) {
    if (section.depth === 0 || section.depth === 1 || /\b(?:organi[sz]ers?|leadership|sponsors?|past|upcoming|next)\b/i.test(section.title)) continue;
    // The fields of an event's own page ("Date:", "Meetup link:") make a section an event even alone.
    const fields = hasEventFields(section);
    if ((!EVENT_WORDS.test(section.title) && !fields) || isStampOnly(section.title)) continue;
    byDepth.set(section.depth, [...(byDepth.get(section.depth) ?? []), section.index]);
    if (fields) byDepth.set(-section.depth, [...(byDepth.get(-section.depth) ?? []), section.index]);
  }
  const series = new Set<number>();
  for (const [depth, indexes] of byDepth) if (indexes.length >= 2 || depth < 0) indexes.forEach((i) => series.add(i));
  seriesOf.set(view, series);
  return series;
}
