// The registry of document shapes, most specific first: each claims the lines it reads, so a later,
// more general shape never reads the same talk twice.
import type { TalkFact } from '../facts';
import type { DocumentView } from '../sections';
import { frontMatterTalks } from './front-matter-talks';
import { labeledFields } from './labeled-fields';
import { sessionBlocks } from './session-blocks';
import { talkHeadings } from './talk-headings';
import { talkTables } from './talk-tables';
import { listTalks } from '../reader/units';

export interface Shape {
  name: string;
  extract(view: DocumentView): TalkFact[];
}

export const shapes: Shape[] = [
  { name: 'front-matter', extract: frontMatterTalks },
  { name: 'session-blocks', extract: sessionBlocks },
  { name: 'labeled-fields', extract: labeledFields },
  { name: 'talk-tables', extract: talkTables },
  { name: 'talk-headings', extract: talkHeadings },
  { name: 'general-reader', extract: listTalks },
];
