// A digest of a bilingual schedule: day and time headings, then links whose text reads
// "中文标题 | English Title - Speaker, Company & Speaker, Company", each with a short note in Chinese.

import { speakerList } from '../spelling';
import { talkNotes } from '../text';
import { slug } from '../world';
import { chineseDate, chooseTalks, groupBy, talksAround, twelveHour, type DocumentShape } from './shape';

export const scheduleDigest: DocumentShape = {
  name: 'schedule-digest',
  weight: 12,
  fits: (event) => event.kind === 'conference' && event.chinese && event.schedHost !== undefined,
  write(random, event) {
    const talks = chooseTalks(random, talksAround(event), 6, 18);
    const out: string[] = [];
    for (const [day, ofDay] of groupBy(talks, (t) => t.day)) {
      out.push(`## ${chineseDate(day)}`, '');
      for (const [time, ofTime] of groupBy(ofDay, (t) => t.time)) {
        out.push(`### ${twelveHour(time)}`, '');
        for (const talk of ofTime) {
          const text = `${talk.titleZh} | ${talk.title} - ${speakerList(random, talk.speakers, false)}`;
          const url = `https://${event.schedHost}.sched.com/event/${talk.schedId}/${slug(talk.title).slice(0, 60)}?iframe=no&w=100%&sidebar=yes&bg=no`;
          const link = `[${text}](${url})`;
          out.push(random.chance(0.15) ? `**${link}**` : link, '');
          if (random.chance(0.7)) out.push(talkNotes(random, talk, true, random.between(1, 3)).join(''), '', '');
        }
      }
    }
    return { text: out.join('\n'), lang: 'mixed', talks };
  },
};
