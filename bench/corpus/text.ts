// Prose about a talk: its abstract, a note-taker's bullets and a speaker's biography, filled from templates.
// Which sentences a talk gets comes from the talk's own seed, so every document tells the same story;
// how names are spelled comes from the document's random source.

import { seededRandom, type Random } from './random';
import { eventName, organizationName, personName, projectName } from './spelling';
import { ABSTRACT_SENTENCES, ABSTRACT_SENTENCES_ZH, BIOS, NOTES, NOTES_ZH } from './vocabulary/phrases';
import type { Person, Talk } from './world';

export interface Slots {
  P: string;
  P2: string;
  T: string;
  O: string;
  N: string;
  E: string;
  S?: string;
  R?: string;
}

export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(P2|P|T|O|N|E|S|R)\}/g, (_, name: keyof Slots) => slots[name] ?? '');
}

export function talkSlots(random: Random, talk: Talk, zh: boolean): Slots {
  const host = talk.speakers[0]?.organization;
  return {
    P: projectName(random, talk.projects[0]),
    P2: projectName(random, talk.projects[1] ?? talk.projects[0]),
    T: zh ? talk.topic.zh : talk.topic.name,
    O: host ? organizationName(random, host, zh) : zh ? '社区' : 'our team',
    N: String(seededRandom(talk.seed).pick([3, 5, 12, 30, 40, 120, 300, 2000])),
    E: eventName(random, talk.event, zh),
  };
}

/** The abstract as paragraphs: two to five sentences, and the other projects the talk touches on. */
export function talkAbstract(random: Random, talk: Talk, zh: boolean): string[] {
  const own = seededRandom(`${talk.seed}:abstract`);
  const sentences = own.sample(zh ? ABSTRACT_SENTENCES_ZH : ABSTRACT_SENTENCES, own.between(3, 6));
  const slots = talkSlots(random, talk, zh);
  const text = sentences.map((s) => fill(s, slots));
  const others = talk.projects.slice(2).map((p) => projectName(random, p));
  if (others.length > 0) text.push(zh ? `此外还会涉及 ${others.join('、')}。` : `It also touches on ${others.join(' and ')}.`);
  if (text.length <= 3) return [text.join(zh ? '' : ' ')];
  const half = Math.ceil(text.length / 2);
  return [text.slice(0, half).join(zh ? '' : ' '), text.slice(half).join(zh ? '' : ' ')];
}

export function talkNotes(random: Random, talk: Talk, zh: boolean, count: number): string[] {
  const own = seededRandom(`${talk.seed}:notes`);
  const slots = talkSlots(random, talk, zh);
  return own.sample(zh ? NOTES_ZH : NOTES, count).map((s) => fill(s, slots));
}

export function speakerBio(random: Random, person: Person, talk: Talk): string {
  const own = seededRandom(`${talk.seed}:bio:${person.name}`);
  return fill(own.pick(BIOS), {
    S: personName(random, person, false),
    R: person.role.toLowerCase(),
    O: person.organization ? organizationName(random, person.organization, false) : 'an independent consultancy',
    P: projectName(random, person.projects[0]),
    P2: projectName(random, person.projects[1]),
    T: talk.topic.name,
    N: '',
    E: '',
  });
}
