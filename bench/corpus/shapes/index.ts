// Every document shape the generator writes; one line per shape.

import { bulletList } from './bullet-list';
import { byNotes } from './by-notes';
import { dashAbstract } from './dash-abstract';
import { frontMatterTalks } from './front-matter-talks';
import { meetupRecap } from './meetup-recap';
import { scheduleDigest } from './schedule-digest';
import { sessionBlocks } from './session-blocks';
import type { DocumentShape } from './shape';
import { talkTable } from './talk-table';

export const SHAPES: readonly DocumentShape[] = [
  sessionBlocks,
  meetupRecap,
  scheduleDigest,
  byNotes,
  dashAbstract,
  frontMatterTalks,
  talkTable,
  bulletList,
];
