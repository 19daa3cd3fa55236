// What extractors find in one document, before entities are resolved across documents.

export type TalkKind = 'talk' | 'keynote' | 'tutorial' | 'workshop' | 'lightning' | 'panel';
export type EventKind = 'conference' | 'co-located' | 'meetup';

export interface SpeakerFact {
  name: string;
  /** Other names the document gives the same person ("霍秉杰（Benjamin Huo）"). */
  aliases?: string[];
  organization?: string;
  role?: string;
  /** The speaker's biography, where the document gives one: projects named there belong to the person. */
  bio?: string;
  line: number;
}

export interface EventFact {
  key: string;
  name: string;
  aliases: string[];
  kind: EventKind;
  year?: number;
  city?: string;
  region?: string;
  startDate?: string;
  endDate?: string;
  /** For a co-located day: the key of its main conference. */
  coLocatedWith?: string;
  line: number;
}

export interface TalkFact {
  title: string;
  altTitles: string[];
  abstract?: string;
  /** The note-taker's own text about the talk: read for projects, not shown as the abstract. */
  notes?: string;
  url?: string;
  day?: string;
  time?: string;
  kind: TalkKind;
  speakers: SpeakerFact[];
  /** Text that names the talk's event where it differs from the document's (a co-located day's section heading). */
  eventHint?: string;
  /** Projects the document states outright for the talk (front matter, a table column). */
  statedProjects?: string[];
  line: number;
  endLine: number;
  /** The extractor that recognized the talk. */
  shape: string;
  /** An event named by the section or list item the talk sits in (a meetup of a series), where the document names several. */
  localEvent?: { name: string; line: number; year?: number };
  /** What made the reader take the unit for a talk and its credits for people (`talkgraph extract --explain`). */
  cues?: string[];
  /** 0–1: how sure the reader is that this is a talk with these speakers. */
  confidence?: number;
}
