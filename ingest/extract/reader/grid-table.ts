// Schedule grids: a time column and one column per track or room, each cell a talk ("Title w/ @handle [50 mins]").
import type { Table } from 'mdast';
import type { TalkFact } from '../facts';
import { endLineOf, lineOf } from '../sections';
import { clean, textOf } from '../text';
import { kindOfTitle, splitTitleAndSpeakers } from '../shapes/common';
import { isTitle } from './units';
import { looksLikePersonName } from '../people';
import { leadingTime, normalizeLine } from './normalize';

const TIME_HEADER = /^(?:time|slot|when|start(?: time)?|时间)$/i;

/** The talks of a grid, or undefined when the table is not one: no time column, or fewer than two tracks. */
export function gridTalks(table: Table, day: string | undefined, eventHint?: string): TalkFact[] | undefined {
  const header = table.children[0]?.children.map((cell) => clean(textOf(cell)).replace(/[*_]/g, '')) ?? [];
  const timeColumn = header.findIndex((name) => TIME_HEADER.test(name));
  if (timeColumn < 0 || header.length < 3) return undefined;
  const talks: TalkFact[] = [];
  for (const row of table.children.slice(1)) {
    const time = leadingTime(textOf(row.children[timeColumn] ?? row));
    if (!time) continue;
    row.children.forEach((cell, index) => {
      // A column of rooms or places says where, not what.
      if (index === timeColumn || /^(?:rooms?|location|venue|where|hall|level|地点|会议室)$/i.test(header[index] ?? '')) return;
      const talk = talkOfCell(textOf(cell), lineOf(row), endLineOf(row));
      if (talk) talks.push({ ...talk, day, time, ...(eventHint && { eventHint }), cues: [`cell of the schedule grid, column "${header[index] ?? index + 1}"`] });
    });
  }
  return talks;
}

/** "CRDs are not just for add-ons, Jane Doe": a cell's title and its speaker after the last comma. */
function titleCommaName(text: string): { title: string; speakers: { name: string }[] } | undefined {
  const m = text.match(/^(.{6,}),\s*([^,]{3,40})$/);
  return m && looksLikePersonName(m[2]) ? { title: clean(m[1]), speakers: [{ name: clean(m[2]) }] } : undefined;
}

function talkOfCell(raw: string, line: number, endLine: number): TalkFact | undefined {
  let text = normalizeLine(raw).replace(/^\*+|\*+$/g, '');
  // "Title w/ Architecture's @handle", "Title - @a @b": handles are the speakers.
  const handles = [...text.matchAll(/@([\w-]+)/g)].map((m) => m[1]);
  if (handles.length > 0) text = clean(text.replace(/\s*(?:\bw\/|\bwith\b|[-–—])?\s*(?:[\w]+['’]s\s+)?@[\w-]+.*$/i, '').replace(/\s*(?:\bw\/|\bwith|[-–—:])\s*$/i, ''));
  const split = handles.length > 0 ? { title: text, speakers: handles.map((name) => ({ name })) } : titleCommaName(text) ?? splitTitleAndSpeakers(text);
  const { title, kind } = kindOfTitle(split.title);
  if (!isTitle(title) || /^[-"'|+–—]*$/.test(title) || /\b(?:break|unconference slot|open space|lunch|networking|registration)\b|^welcome\b/i.test(title)) return undefined;
  return {
    title,
    altTitles: [],
    kind,
    speakers: split.speakers.map((s) => ({ ...s, line })),
    line,
    endLine,
    shape: 'general-reader',
    confidence: split.speakers.length > 0 ? 0.7 : 0.5,
  };
}
