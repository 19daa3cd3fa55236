// Bullet lists under day headings: "- Title — Speaker (Company)", sometimes linked to the recording.

import { eventName, organizationName, personName } from '../spelling';
import type { Speaker } from '../world';
import type { Random } from '../random';
import { chooseTalks, groupBy, talksAround, type DocumentShape } from './shape';

const ORDINALS_ZH = ['一', '二', '三', '四', '五'];

export const bulletList: DocumentShape = {
  name: 'bullet-list',
  weight: 12,
  fits: () => true,
  write(random, event) {
    const zh = event.chinese && random.chance(0.5);
    const talks = chooseTalks(random, talksAround(event), 3, 14);
    const name = eventName(random, event, zh);
    const out = [zh ? `# ${name} 推荐议题` : `# Talks I liked at ${name}`, ''];
    let day = 0;
    for (const [, ofDay] of groupBy(talks, (t) => t.day)) {
      out.push(zh ? `## 第${ORDINALS_ZH[day] ?? day + 1}天` : `## Day ${day + 1}`, '');
      day++;
      for (const talk of ofDay) {
        const title = zh ? talk.titleZh : talk.title;
        const linked = random.chance(0.3) ? `[${title}](https://www.youtube.com/watch?v=${talk.videoId})` : title;
        out.push(`- ${linked} — ${speakers(random, talk.speakers, zh)}`);
      }
      out.push('');
    }
    return { text: out.join('\n'), lang: zh ? 'zh' : 'en', talks };
  },
};

/** "A (X), B (Y)" or, when they share a company, "A & B (X)". */
function speakers(random: Random, list: Speaker[], zh: boolean): string {
  const named = list.map((s) => ({ name: personName(random, s.person, zh), org: s.organization ? organizationName(random, s.organization, zh) : undefined }));
  if (named.length > 1 && named.every((s) => s.org && s.org === named[0].org)) return `${named.map((s) => s.name).join(' & ')} (${named[0].org})`;
  return named.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ');
}
