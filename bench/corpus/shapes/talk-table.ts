// A markdown table of talks: day, time, linked title, speakers and their companies.

import { eventName, organizationName, personName } from '../spelling';
import { chooseTalks, talksAround, type DocumentShape } from './shape';

export const talkTable: DocumentShape = {
  name: 'talk-table',
  weight: 12,
  fits: () => true,
  write(random, event) {
    const zh = event.chinese && random.chance(0.5);
    const talks = chooseTalks(random, talksAround(event), 4, 16);
    const name = eventName(random, event, zh);
    const out = zh
      ? [`# ${name} 议题一览`, '', `下表整理了 ${name} 中值得回看的议题。`, '', '| 日期 | 时间 | 议题 | 讲师 | 公司 |', '| --- | --- | --- | --- | --- |']
      : [`# ${name}: talks worth watching`, '', `The talks from ${name} I keep sending to colleagues, with links to the recordings.`, '', '| Day | Time | Talk | Speakers | Company |', '| --- | --- | --- | --- | --- |'];
    for (const talk of talks) {
      const title = (zh ? talk.titleZh : talk.title).replaceAll('|', '\\|');
      const linked = random.chance(0.6) ? `[${title}](https://www.youtube.com/watch?v=${talk.videoId})` : title;
      const people = talk.speakers.map((s) => personName(random, s.person, zh)).join('; ');
      const orgs = talk.speakers.map((s) => (s.organization ? organizationName(random, s.organization, zh) : '')).join('; ');
      out.push(`| ${talk.day} | ${talk.time} | ${linked} | ${people} | ${orgs} |`);
    }
    out.push('');
    return { text: out.join('\n'), lang: zh ? 'zh' : 'en', talks };
  },
};
