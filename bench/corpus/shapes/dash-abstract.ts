// A conference write-up: "# Day N" sections, co-located days as "## Name Highlights:", and
// "### Title - Speaker A & Speaker B, Company" headings each followed by a quoted abstract.

import { eventName, speakerList } from '../spelling';
import { talkAbstract } from '../text';
import { chooseTalks, groupBy, talksAround, type DocumentShape } from './shape';

export const dashAbstract: DocumentShape = {
  name: 'dash-abstract',
  weight: 14,
  fits: (event) => event.kind === 'conference',
  write(random, event) {
    const talks = chooseTalks(random, talksAround(event), 5, 14);
    const name = eventName(random, event, false);
    const out = random.chance(0.4) ? ['---', `title: 'My week at ${name.replaceAll("'", "''")}'`, `date: ${event.start}`, '---', ''] : [];
    out.push(`# My Experience at ${name}`, '', `I spent the week in ${event.city} for ${name}. These are the sessions I would recommend, with their abstracts.`, '');
    let dayNumber = 0;
    for (const [, ofDay] of groupBy(talks, (t) => t.day)) {
      out.push(`# Day ${++dayNumber}`, '');
      for (const [where, ofEvent] of groupBy(ofDay, (t) => t.event)) {
        if (where !== event) out.push(`## ${where.shortNames[0].replace(/ \d{4}$/, '')} Highlights:`, '');
        for (const talk of ofEvent) {
          const separator = random.chance(0.1) ? ' ' : ' - ';
          out.push(`### ${talk.title}${separator}${speakerList(random, talk.speakers, false)}`, '');
          out.push(`> ${talkAbstract(random, talk, false).join(' ')}`, '');
        }
      }
    }
    out.push('# Conclusion', '', 'I came home with a long list of projects to try. See you at the next one!', '');
    return { text: out.join('\n'), lang: 'en', talks };
  },
};
