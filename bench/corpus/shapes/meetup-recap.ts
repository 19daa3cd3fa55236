// A Chinese community meetup recap: "## 议题", "讲师：姓名，公司 职位", "演讲概要：…", with the event
// and its date in the front matter.

import { organizationName, personName, projectName } from '../spelling';
import { talkAbstract } from '../text';
import { chooseTalks, yamlString, type DocumentShape } from './shape';

export const meetupRecap: DocumentShape = {
  name: 'meetup-recap',
  weight: 12,
  fits: (event) => event.kind === 'meetup',
  write(random, event) {
    const talks = chooseTalks(random, event.talks, Math.min(3, event.talks.length), 7);
    const date = new Date(`${event.start}T00:00:00Z`);
    const keywords = [...event.hosts, 'Meetup', event.city, 'Kubernetes', ...new Set(talks.map((t) => t.projects[0].name))];
    const out = [
      '---',
      `title: ${event.zhName}`,
      `description: ${yamlString(`${event.hosts.join(' 和 ')} 社区联合主办的云原生 Meetup ${event.cityZh ?? event.city}站回顾`)}`,
      `keywords: ${keywords.join(', ')}`,
      '',
      'section1:',
      `  time: ${event.start} 14:00-18:00`,
      `  base: ${event.cityZh ?? event.city} + 线上同步直播`,
      '---',
      '',
      `<center>${date.getUTCMonth() + 1} 月 ${date.getUTCDate()} 日</center>`,
      '',
      `<center>由 ${event.hosts.map((h) => `${h} 社区`).join('和')}联合主办</center>`,
      '',
      `<center>云原生 Meetup ${event.cityZh ?? event.city}站圆满结束，下面一起回顾各位讲师的分享。</center>`,
      '',
    ];
    for (const talk of talks) {
      out.push(`## ${talk.titleZh}`, '', `![](https://images.meetup-photos.example/${event.key}/${talk.schedId.toLowerCase()}.jpg)`, '');
      const lines = talk.speakers.map((speaker) => {
        const name = personName(random, speaker.person, true);
        if (!speaker.organization) return `${name}，${projectName(random, speaker.person.projects[0])} Maintainer`;
        const org = organizationName(random, speaker.organization, true);
        return `${name}，${org}${random.chance(0.5) ? ' ' : ''}${speaker.person.roleZh}`;
      });
      if (lines.length > 1 && random.chance(0.5)) out.push(`讲师：${lines.join('；')}`, '');
      else for (const line of lines) out.push(`讲师：${line}`, '');
      out.push(`演讲概要：${talkAbstract(random, talk, true).join('')}`, '');
      if (random.chance(0.5)) {
        out.push(`<iframe width="760" height="380" src="https://player.bilibili.com/player.html?bvid=BV${talk.videoId}&page=1" scrolling="no" frameborder="no" allowfullscreen="true"> </iframe>`, '');
      }
    }
    out.push('> 本次 Meetup 的幻灯片可以在社区公众号后台回复关键词获取。', '');
    return { text: out.join('\n'), lang: 'zh', talks };
  },
};
