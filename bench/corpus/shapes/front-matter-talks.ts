// Talks listed in the front matter itself: a `talks:` list (YAML, or `[[talks]]` tables in TOML), or a page
// about one talk with `speaker:` / `speakers:` fields.

import type { Random } from '../random';
import { eventName, organizationName, personName, projectName } from '../spelling';
import { talkAbstract } from '../text';
import type { Talk, WorldEvent } from '../world';
import { chooseTalks, talksAround, tomlString, yamlString, type DocumentShape } from './shape';

export const frontMatterTalks: DocumentShape = {
  name: 'front-matter-talks',
  weight: 12,
  fits: () => true,
  write(random, event) {
    const zh = event.chinese && random.chance(0.5);
    if (random.chance(0.3)) return onePage(random, event, zh);
    const talks = chooseTalks(random, talksAround(event), 2, 8);
    const rows = talks.map((talk) => describe(random, talk, zh));
    const name = eventName(random, event, zh);
    const title = zh ? `我们在 ${name} 的议题` : `Our talks at ${name}`;
    const body = zh ? `以上是团队在 ${name} 的全部议题，欢迎到现场交流。` : `All of our sessions at ${name} are listed above; slides follow after the event.`;
    if (random.chance(0.5)) {
      const out = ['---', `title: ${yamlString(title)}`, `event: ${yamlString(name)}`, `date: ${event.start}`, `location: ${event.city}`, 'talks:'];
      for (const row of rows) {
        out.push(`  - title: ${yamlString(row.title)}`, '    speakers:');
        for (const s of row.speakers) out.push(`      - name: ${yamlString(s.name)}`, ...(s.company ? [`        company: ${yamlString(s.company)}`] : []));
        out.push(`    day: ${row.day}`, `    time: '${row.time}'`, `    url: ${row.url}`, `    projects: [${row.projects.map(yamlString).join(', ')}]`);
      }
      out.push('---', '', body, '');
      return { text: out.join('\n'), lang: zh ? 'zh' : 'en', talks };
    }
    const out = ['+++', `title = ${tomlString(title)}`, `event = ${tomlString(name)}`, `date = ${event.start}`, `location = ${tomlString(event.city)}`, ''];
    for (const row of rows) {
      const speakers = row.speakers.map((s) => `{ name = ${tomlString(s.name)}${s.company ? `, company = ${tomlString(s.company)}` : ''} }`);
      out.push('[[talks]]', `title = ${tomlString(row.title)}`, `speakers = [${speakers.join(', ')}]`, `day = ${row.day}`, `time = '${row.time}'`,
        `url = '${row.url}'`, `projects = [${row.projects.map(tomlString).join(', ')}]`, '');
    }
    out.push('+++', '', body, '');
    return { text: out.join('\n'), lang: zh ? 'zh' : 'en', talks };
  },
};

function describe(random: Random, talk: Talk, zh: boolean) {
  return {
    title: zh ? talk.titleZh : talk.title,
    speakers: talk.speakers.map((s) => ({
      name: personName(random, s.person, zh),
      company: s.organization ? organizationName(random, s.organization, zh) : undefined,
    })),
    day: talk.day,
    time: talk.time,
    url: `https://www.youtube.com/watch?v=${talk.videoId}`,
    projects: talk.projects.slice(0, 2).map((p) => projectName(random, p)),
  };
}

function onePage(random: Random, event: WorldEvent, zh: boolean) {
  const talk = random.pick(talksAround(event));
  const row = describe(random, talk, zh);
  const out = ['---', `title: ${yamlString(row.title)}`];
  if (row.speakers.length === 1) {
    out.push(`speaker: ${yamlString(row.speakers[0].name)}`);
    if (row.speakers[0].company) out.push(`company: ${yamlString(row.speakers[0].company)}`);
  } else {
    out.push('speakers:');
    for (const s of row.speakers) out.push(`  - name: ${yamlString(s.name)}`, ...(s.company ? [`    company: ${yamlString(s.company)}`] : []));
  }
  out.push(`event: ${yamlString(eventName(random, talk.event, zh))}`, `date: ${talk.day}`, `video: ${row.url}`, `tags: [${row.projects.map(yamlString).join(', ')}]`, '---', '');
  for (const paragraph of talkAbstract(random, talk, zh)) out.push(paragraph, '');
  return { text: out.join('\n'), lang: zh ? ('zh' as const) : ('en' as const), talks: [talk] };
}
