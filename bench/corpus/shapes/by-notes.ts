// A day's notes with TOML front matter: "### Title by Speaker Org" headings with bullets, some headings that
// are only a project's name, and empty headings followed by the title on the next line.

import { organizationName, personName, projectName } from '../spelling';
import { talkNotes } from '../text';
import { chooseTalks, talksAround, tomlString, type DocumentShape } from './shape';

export const byNotes: DocumentShape = {
  name: 'by-notes',
  weight: 14,
  fits: (event) => event.kind === 'conference',
  write(random, event) {
    const talks = chooseTalks(random, talksAround(event), 4, 12);
    const dayNumber = Math.max(1, Math.round((Date.parse(talks[0].day) - Date.parse(event.start)) / 86_400_000) + 1);
    const name = random.pick(event.shortNames);
    const out = [
      '+++',
      `title = ${tomlString(`${name} Day ${String(dayNumber).padStart(2, '0')}`)}`,
      `date = ${talks[0].day}T${String(random.between(17, 23))}:${String(random.between(10, 59))}:00+02:00`,
      `draft = ${random.chance(0.3)}`,
      `tags = ['kubecon', 'notes']`,
      '+++',
      '',
      `In this series I write down the talks I attended at ${name} and the ideas or tools I found useful.`,
      '',
    ];
    for (const talk of talks) {
      const roll = random.next();
      const bullet = random.chance(0.5) ? '*' : '-';
      if (roll < 0.1) {
        out.push(`### ${projectName(random, talk.projects[0])}`);
      } else if (roll < 0.2) {
        out.push('### ', talk.title);
      } else if (roll < 0.35) {
        out.push(`### ${talk.title}`);
      } else {
        const names = talk.speakers.map((s) => personName(random, s.person, false));
        const org = talk.speakers[0].organization;
        const suffix = org && random.chance(0.4) ? ` ${organizationName(random, org, false)}` : '';
        out.push(`### ${talk.title} by ${names.join(' and ')}${suffix}`);
      }
      for (const note of talkNotes(random, talk, false, random.between(2, 5))) out.push(`${bullet} ${note}`);
      out.push('', '');
    }
    return { text: out.join('\n'), lang: 'en', talks };
  },
};
