// From one parsed document to its facts: the talks every registered shape recognizes, and the events it names.
import type { DocumentMessage, ParsedDocument } from '../read/document';
import type { EventFact, TalkFact } from './facts';
import { coLocatedEvent, coLocatedIn, editionByCityIn, editionNear, findEvents, mainConference, slug, yearIn, type EventMention, type Region } from './events';
import { viewOf } from './sections';
import { completeNames } from './reader/complete-names';
import { documentDate, documentYear, frontMatterEventText } from './shapes/context';
import { shapes } from './shapes';
import { clean, textOf } from './text';
import { isKnownOrganization, isProjectName } from '../gazetteer';

export interface DocumentFacts {
  talks: TalkFact[];
  /** The event the document is about, when it names one: a talk belongs to it unless the talk says otherwise. */
  event?: EventFact;
  /** Every event the talks belong to, the document's own first. */
  events: EventFact[];
  /** The event key of each talk, by index into `talks` (undefined where no event is known). */
  talkEvents: (string | undefined)[];
  messages: DocumentMessage[];
  /** With `explain`: the candidates that were not taken for talks, and why. */
  rejected?: { line: number; text: string; reason: string }[];
}

/** Below this confidence a talk is reported as a note and not kept. */
export const CONFIDENCE_BAR = 0.5;
/** At or above the bar and below this, a talk is kept and the note says why the reader was unsure. */
const SURE = 0.6;

export function extractFacts(doc: ParsedDocument, options: { explain?: boolean } = {}): DocumentFacts {
  const view = viewOf(doc, options);
  const read = shapes.flatMap((shape) => shape.extract(view)).sort((a, b) => a.line - b.line);
  // What the reader is not sure of is said, not silently kept or dropped.
  const messages: DocumentMessage[] = [];
  const talks = read.filter((talk) => {
    const confidence = talk.confidence ?? 1;
    const why = talk.cues?.join('; ') ?? 'too unsure';
    if (confidence < CONFIDENCE_BAR) messages.push({ path: doc.path, line: talk.line, severity: 'note', reason: `"${talk.title}" not kept as a talk: ${why}` });
    else if (confidence < SURE) messages.push({ path: doc.path, line: talk.line, severity: 'note', reason: `"${talk.title}" kept as a talk, unsure (${confidence}): ${why}` });
    return confidence >= CONFIDENCE_BAR;
  });
  for (const talk of talks) for (const speaker of talk.speakers) if (speaker.organization) speaker.organization = employerOf(speaker.organization);
  completeNames(talks, doc.lines.join('\n'));
  // A document about one talk is all about it: its other sections are notes on that talk.
  if (talks.length === 1 && !talks[0].notes?.includes(textOf(doc.tree).slice(-80))) {
    // …except the speakers' biographies: what they name belongs to the speakers.
    let body = clean(textOf(doc.tree));
    for (const speaker of talks[0].speakers) if (speaker.bio) body = body.replace(clean(speaker.bio), '');
    talks[0].notes = [talks[0].notes, body].filter(Boolean).join('\n');
  }
  const year = documentYear(doc);
  const events = new Map<string, EventFact>();
  const add = (event: Omit<EventFact, 'line'>, line: number): EventFact => {
    const known = events.get(event.key);
    if (known) {
      known.aliases = [...new Set([...known.aliases, ...event.aliases])].filter((a) => a !== known.name);
      return known;
    }
    const fact = { ...event, line };
    events.set(event.key, fact);
    return fact;
  };
  const documentEvent = eventOfDocument(doc, year);
  const main = documentEvent ? add(documentEvent.main, documentEvent.line) : undefined;
  const own = documentEvent?.coLocated ? add(documentEvent.coLocated, documentEvent.line) : main;

  // Talks of one section share their hint: each is read once.
  const hints = new Map<string, EventMention | undefined>();
  const conferenceIn = (hint: string): EventMention | undefined => {
    if (!hints.has(hint)) hints.set(hint, findEvents(hint, year).find((e) => e.kind === 'conference'));
    return hints.get(hint);
  };
  // "Contributor content flows in KubeCon": a bare KubeCon in a section means the one edition the document names.
  let named: Omit<EventFact, 'line'> | null | undefined;
  const bareKubeCon = (hint: string): Omit<EventFact, 'line'> | undefined => {
    if (!/\bkubecon\b/i.test(hint)) return undefined;
    if (named === undefined) {
      const text = textOf(doc.tree);
      const editions = new Map(findEvents(text, year).filter((e) => e.kind === 'conference').map((e) => [e.key, e]));
      // Else the edition of the document's year held in a city the document names.
      named = editions.size === 1 ? stripMention([...editions.values()][0]) : (editionByCityIn(text, year) ?? null);
    }
    return named ?? undefined;
  };
  const talkEvents = talks.map((talk) => {
    if (talk.localEvent && !talk.eventHint) return add(localEvent(talk.localEvent.name, talk.localEvent.year ?? year), talk.localEvent.line).key;
    const hint = [talk.eventHint, talk.url].filter(Boolean).join('\n');
    const mention = hint ? conferenceIn(hint) : undefined;
    const stated = mention ? stripMention(mention) : hint ? bareKubeCon(hint) : undefined;
    const conference = stated ? add(stated, talk.line) : main;
    const day = hint ? coLocatedIn(hint) : undefined;
    if (day) return add(coLocatedEvent(day.entry, conference, conference?.year ?? year, day.surface), talk.line).key;
    return stated ? conference?.key : own?.key;
  });
  // A day heading without a year ("8 月 21 日") takes the year of the talk's event.
  talks.forEach((talk, index) => {
    if (!talk.day?.startsWith('--')) return;
    const eventYear = events.get(talkEvents[index] ?? '')?.year;
    talk.day = eventYear ? `${eventYear}${talk.day.slice(1)}` : undefined;
  });
  if (talks.length === 0 && looksLikeTalkDocument(doc)) {
    messages.push({ path: doc.path, line: 1, severity: 'warning', reason: 'names an event but no talk shape was recognized' });
  }
  return { talks, event: own, events: [...events.values()], talkEvents, messages, ...(view.rejected && { rejected: view.rejected }) };
}

/** A headline that names an event by its kind ("… Summit", "… Meetup", "…Con 2024", "… 大会"), as the event. */
function namedEvent(headline: string, year: number | undefined): Omit<EventFact, 'line'> | undefined {
  const m = clean(headline).match(EVENT_NAME);
  if (!m) return undefined;
  const name = clean(m[0]);
  const stated = yearIn(name);
  const when = yearIn(headline) ?? year;
  return localEvent(stated || !when ? name : `${name} ${when}`, when);
}

/** Capitalized words ending in the word that names an event's kind, with a region or year after it. */
const EVENT_NAME =
  /(?:(?:\d{4}|[\p{Lu}\d][\p{L}\d&+.'’-]*)\s+){0,5}(?:\p{Lu}\p{Ll}+Con|Summit|Conference|Meetup|Meet-up|Forum|Hackathon|Community Days?|DevDay)\b(?:\s+(?:US|EU|NA|Europe|North America|China|Asia|India|Japan|\d{4}))?|[\p{Script=Han}\w ]{2,20}(?:大会|峰会|沙龙|Meetup\s*[\p{Script=Han}]{2,3}站)/u;

/** An event a section or list item of a series names: a meetup of its own, keyed by name and year. */
function localEvent(name: string, documentYear: number | undefined): Omit<EventFact, 'line'> {
  const year = yearIn(name) ?? documentYear;
  return { key: slug(`${name} ${year ?? ''}`), name, aliases: [], kind: 'meetup', ...(year && { year }) };
}

/** "Cilium / Isovalent": of a project and a company written together, the company; "DaoCloud 道客": the company. */
function employerOf(organization: string): string {
  // "DaoCloud 道客": a company's name followed by its Chinese name is the company, when either is known.
  const bilingual = organization.match(/^([A-Za-z][\w .&-]*?)\s*[(（]?([\u3400-\u9fff]{2,12})[)）]?$/);
  if (bilingual && (isKnownOrganization(bilingual[1]) || isKnownOrganization(bilingual[2]))) return isKnownOrganization(bilingual[1]) ? bilingual[1] : bilingual[2];
  const sides = organization.split(/\s+\/\s+/);
  if (sides.length !== 2) return organization;
  const known = sides.filter((side) => isKnownOrganization(side));
  if (known.length === 1) return known[0];
  const companies = sides.filter((side) => !isProjectName(side));
  return companies.length === 1 ? companies[0] : organization;
}

function stripMention(mention: EventMention): Omit<EventFact, 'line'> {
  const { offset: _offset, surface: _surface, ...event } = mention;
  return { ...event, aliases: [...event.aliases] };
}

interface DocumentEvent {
  main: Omit<EventFact, 'line'>;
  coLocated?: Omit<EventFact, 'line'>;
  line: number;
}

/**
 * The event a document is about: named in its front matter, else its title or first heading, else the schedule
 * its links point to, else the conference its text names most. A co-located day in the title makes the document
 * that day's.
 */
function eventOfDocument(doc: ParsedDocument, year: number | undefined): DocumentEvent | undefined {
  const headline = [...frontMatterEventText(doc), doc.title ?? '', firstHeading(doc)].join('\n');
  // Read in turn, and only as far as needed: most documents name their event in the headline.
  const sources = [
    () => headline,
    () => doc.lines.join('\n').match(/kccnc[a-z]+\d{2,4}\b/gi)?.join('\n') ?? '',
    () => textOf(doc.tree),
  ];
  const candidates: EventMention[][] = [];
  const mentionsIn = (index: number): EventMention[] => (candidates[index] ??= findEvents(sources[index](), year));
  let chosen: Omit<EventFact, 'line'> | undefined;
  for (let index = 0; index < sources.length; index += 1) {
    const mentions = mentionsIn(index);
    if (mentions.length === 0) continue;
    chosen = mostNamed(mentions);
    break;
  }
  // A headline without a year ("KubeCon Paris recap") takes it from the text's mention of the same edition.
  if (chosen?.kind === 'conference' && chosen.year === undefined && chosen.region) {
    const dated = sources.flatMap((_, index) => mentionsIn(index)).find((m) => m.kind === 'conference' && m.region === chosen!.region && m.year !== undefined);
    if (dated) chosen = mainConference(chosen.region as Region, dated.year, chosen.aliases[chosen.aliases.length - 1]);
  }
  const dayInHeadline = coLocatedIn(headline);
  // "Going to KubeCon?" in a post dated a few weeks before an edition means that edition.
  const dated = documentDate(doc);
  if (!chosen && dated && /\bkubecon\b/i.test(headline + textOf(doc.tree).slice(0, 3000))) chosen = editionNear(dated);
  // "2018 Kubernetes Contributor Summit US": a headline that names an event talkgraph does not know is that event.
  if (!chosen && !dayInHeadline) {
    const named = namedEvent(doc.title ?? firstHeading(doc), year);
    return named && { main: named, line: lineOfText(doc, named.name) };
  }
  const line = lineOfText(doc, chosen?.aliases[chosen.aliases.length - 1] ?? dayInHeadline?.surface ?? '');
  if (!chosen) {
    return { main: coLocatedEvent(dayInHeadline!.entry, undefined, year, dayInHeadline!.surface), line };
  }
  if (dayInHeadline && chosen.kind === 'conference') {
    return { main: chosen, coLocated: coLocatedEvent(dayInHeadline.entry, chosen, chosen.year, dayInHeadline.surface), line };
  }
  return { main: chosen, line };
}

/** The edition named most often; a mention without a year takes the year of another mention of its region. */
function mostNamed(mentions: EventMention[]): Omit<EventFact, 'line'> {
  const counts = new Map<string, { event: EventMention; count: number }>();
  for (const m of mentions) {
    const entry = counts.get(m.key);
    if (entry) entry.count += 1;
    else counts.set(m.key, { event: m, count: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.event.offset - b.event.offset);
  const best = ranked.find((r) => r.event.year !== undefined) ?? ranked[0];
  const event = stripMention(best.event);
  const sameRegion = mentions.filter((m) => m.key !== event.key && m.region === event.region && m.kind === 'conference' && m.year === undefined);
  if (event.kind === 'conference' && event.region) {
    const merged = mainConference(event.region as Region, event.year);
    merged.aliases = [...new Set([...event.aliases, ...merged.aliases, ...sameRegion.map((m) => m.surface)])];
    return merged;
  }
  return event;
}

function firstHeading(doc: ParsedDocument): string {
  const heading = doc.tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  return heading ? textOf(heading) : '';
}

function lineOfText(doc: ParsedDocument, text: string): number {
  if (!text) return 1;
  const needle = text.toLowerCase();
  const index = doc.lines.findIndex((l) => l.toLowerCase().includes(needle));
  return index >= 0 ? index + 1 : 1;
}

function looksLikeTalkDocument(doc: ParsedDocument): boolean {
  return /\b(?:talks?|sessions?|speakers?|keynotes?)\b|讲师|议题|演讲/i.test(doc.lines.join('\n'));
}
