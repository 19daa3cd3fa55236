// A company's announcement of its sessions: "## Session N: title", an abstract, and a Speakers section
// whose entries read **Name - Role at Company**, each followed by a biography.

import { eventName, organizationName, personName, projectName } from '../spelling';
import { speakerBio, talkAbstract, talkNotes } from '../text';
import { addDays } from '../world';
import { chooseTalks, talksAround, yamlString, type DocumentShape } from './shape';

export const sessionBlocks: DocumentShape = {
  name: 'session-blocks',
  weight: 12,
  fits: (event) => event.kind === 'conference' && !event.key.startsWith('kcd-'),
  write(random, event) {
    const talks = chooseTalks(random, talksAround(event), 2, 5);
    const host = talks[0].speakers[0]?.organization;
    const hostName = host ? organizationName(random, host, false) : 'The community';
    const name = eventName(random, event, false);
    const keywords = ['KubeCon', 'CloudNativeCon', ...new Set(talks.flatMap((t) => t.projects.slice(0, 2).map((p) => p.name)))];
    const out = [
      '---',
      `title: ${yamlString(`${hostName} brings ${talks.length} sessions to ${name}`)}`,
      `keywords: ${keywords.join(', ')}`,
      `description: ${yamlString(`${hostName} at ${name}`)}`,
      `createTime: '${addDays(event.start, -random.between(10, 60))}'`,
      `author: ${yamlString(personName(random, talks[0].speakers[0].person, false))}`,
      '---',
      '',
      `${name} takes place in ${event.city} from ${event.start}. Our engineers will present ${talks.length} sessions there${event.coLocated.length > 0 ? ' and at the co-located events' : ''}; here is what to expect.`,
      '',
    ];
    talks.forEach((talk, i) => {
      out.push(`## Session ${i + 1}: ${talk.title}`, '');
      if (talk.event !== event) out.push(`This session is part of ${talk.event.name}, a co-located event on ${talk.day}.`, '');
      out.push('### Abstract', '');
      for (const paragraph of talkAbstract(random, talk, false)) out.push(paragraph, '');
      if (random.chance(0.4)) {
        out.push('The session covers:', '');
        for (const note of talkNotes(random, talk, false, random.between(3, 5))) out.push(`- ${note}`);
        out.push('');
      }
      out.push('### Speakers', '');
      for (const speaker of talk.speakers) {
        const person = personName(random, speaker.person, false);
        const org = speaker.organization ? organizationName(random, speaker.organization, false) : undefined;
        const role = org ? `${speaker.person.role} ${random.chance(0.8) ? 'at' : 'of'} ${org}` : `${speaker.person.role}, ${projectName(random, speaker.person.projects[0])} maintainer`;
        out.push(`**${person} - ${role}**`, '', speakerBio(random, speaker.person, talk), '');
      }
    });
    return { text: out.join('\n'), lang: 'en', talks };
  },
};
