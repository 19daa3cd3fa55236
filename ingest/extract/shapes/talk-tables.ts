// Markdown tables of talks: | Time | Title | Speaker | Company | with any subset of such columns, English or Chinese.
import type { Table } from 'mdast';
import type { SpeakerFact, TalkFact } from '../facts';
import { parseChineseCredit, parseSpeakerList, parseSpeakerLine, type Credit } from '../people';
import { claim, endLineOf, isClaimed, lineOf, type DocumentView } from '../sections';
import { HAN, clean, textOf } from '../text';
import { dayOf, isAgendaBreak, kindOfTitle, splitBilingual, splitTitleAndSpeakers, timeOf } from './common';
import { documentYear } from './context';
import { gridTalks } from '../reader/grid-table';

const COLUMNS = {
  title: /^(?:title|talk|session|topic|talk title|session title|议题|题目|主题|演讲主题|标题|分享主题)$/i,
  speakers: /^(?:speakers?|presenters?|who|by|讲师|嘉宾|演讲者|讲者|分享人|分享嘉宾)$/i,
  organization: /^(?:company|companies|org|organi[sz]ations?|affiliations?|employer|公司|单位|机构|所属公司)$/i,
  time: /^(?:time|slot|when|时间)$/i,
  day: /^(?:day|date|日期)$/i,
  abstract: /^(?:abstract|summary|description|notes?|简介|摘要|概要|备注)$/i,
  link: /^(?:link|links|video|slides|recording|视频|链接)$/i,
  project: /^(?:projects?|项目)$/i,
};
type Column = keyof typeof COLUMNS;

export function talkTables(view: DocumentView): TalkFact[] {
  const talks: TalkFact[] = [];
  const year = documentYear(view.doc);
  for (const section of view.sections) {
    for (const block of section.blocks) {
      if (block.type !== 'table' || isClaimed(view, lineOf(block))) continue;
      const table = block as Table;
      const header = table.children[0]?.children.map((cell) => clean(textOf(cell)).replace(/[*_]/g, ''));
      if (!header) continue;
      const columns = new Map<Column, number>();
      header.forEach((name, index) => {
        const column = (Object.keys(COLUMNS) as Column[]).find((c) => COLUMNS[c].test(name));
        if (column && !columns.has(column)) columns.set(column, index);
      });
      if (!columns.has('title')) {
        // The headings above the grid and the section's opening line may name the event its talks belong to.
        const opening = section.blocks[0]?.type === 'paragraph' ? textOf(section.blocks[0]).slice(0, 200) : '';
        const hint = [...section.parents.map((p) => p.title), section.title, opening].filter(Boolean).join('\n');
        const grid = gridTalks(table, dayOf(section.title, year), hint);
        if (grid && grid.length > 0) {
          talks.push(...grid);
          claim(view, lineOf(table), endLineOf(table));
        }
        continue;
      }
      for (const row of table.children.slice(1)) {
        const cell = (column: Column): string | undefined => {
          const index = columns.get(column);
          return index === undefined ? undefined : clean(textOf(row.children[index] ?? { type: 'tableCell', children: [] })) || undefined;
        };
        const link = (column: Column): string | undefined => {
          const index = columns.get(column);
          const found = index === undefined ? undefined : JSON.stringify(row.children[index]).match(/"url":"([^"]+)"/);
          return found?.[1];
        };
        const rawTitle = cell('title');
        if (!rawTitle || isAgendaBreak(rawTitle)) continue;
        const line = lineOf(row);
        let speakers = speakersOf(cell('speakers'), line);
        let titleText = rawTitle;
        if (!columns.has('speakers')) {
          const split = splitTitleAndSpeakers(rawTitle);
          titleText = split.title;
          speakers = split.speakers.map((s) => ({ ...s, line }));
        }
        const organization = cell('organization');
        // Empty places are kept: "Google; " beside two speakers gives the second one no company.
        const companies = organization?.split(/\s*[,，、;；]\s*|\s*<br\s*\/?>\s*/) ?? [];
        if (companies.length > 1 && companies.length === speakers.length) {
          // "Max Körbächer, Dario Tranchitella" beside "Liquid Reply, CLASTIX": one company per speaker, in order.
          speakers = speakers.map((s, i) => (s.organization || !companies[i] ? s : { ...s, organization: companies[i] }));
        } else if (organization && /[\p{L}\p{N}]/u.test(organization)) {
          speakers = speakers.map((s) => (s.organization ? s : { ...s, organization }));
        }
        const { title: plain, kind } = kindOfTitle(titleText);
        talks.push({
          ...splitBilingual(plain),
          kind,
          speakers,
          abstract: cell('abstract'),
          url: link('title') ?? link('link'),
          day: dayOf(cell('day') ?? '', year) ?? dayOf(section.title, year),
          time: timeOf(cell('time') ?? ''),
          statedProjects: cell('project')?.split(/\s*[,，、;]\s*/).filter(Boolean),
          line,
          endLine: endLineOf(row),
          shape: 'talk-tables',
        });
      }
      claim(view, lineOf(table), endLineOf(table));
    }
  }
  return talks;
}

function speakersOf(text: string | undefined, line: number): SpeakerFact[] {
  if (!text) return [];
  const credits: Credit[] = HAN.test(text)
    ? text.split(/\s*[；;、/]\s*|<br\s*\/?>/).map((p) => parseChineseCredit(p)).filter((c): c is Credit => c !== undefined)
    : (parseSpeakerList(text) ?? text.split(/\s*(?:<br\s*\/?>|\/)\s*/).map((p) => parseSpeakerLine(p)).filter((c): c is Credit => c !== undefined));
  return credits.map((c) => ({ ...c, line }));
}
