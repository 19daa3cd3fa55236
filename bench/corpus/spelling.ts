// How one document writes a name: writers disagree on spelling, word order and language.

import type { Random } from './random';
import type { OrganizationEntry } from './vocabulary/organizations';
import type { ProjectEntry } from './vocabulary/projects';
import type { Person, Speaker, WorldEvent } from './world';

export function personName(random: Random, person: Person, zh: boolean): string {
  if (zh && person.zh && random.chance(0.85)) return person.zh;
  if (person.familyFirst && random.chance(0.15)) return person.familyFirst;
  return person.name;
}

export function organizationName(random: Random, org: OrganizationEntry, zh: boolean): string {
  if (zh && org.zh && random.chance(0.8)) return org.zh;
  const roll = random.next();
  if (org.variants && roll < 0.18) return random.pick(org.variants);
  if (org.zh && org.chinese && roll < 0.24) return org.zh;
  return org.name;
}

export function projectName(random: Random, project: ProjectEntry): string {
  return project.variants && random.chance(0.2) ? random.pick(project.variants) : project.name;
}

export function eventName(random: Random, event: WorldEvent, zh: boolean): string {
  if (zh && random.chance(0.7)) return event.zhName;
  return random.chance(0.5) ? event.name : random.pick(event.shortNames);
}

/** A speaker's organization as this document gives it, or undefined when it gives none. */
export function speakerOrganization(random: Random, speaker: Speaker, zh: boolean): string | undefined {
  return speaker.organization ? organizationName(random, speaker.organization, zh) : undefined;
}

/** "A, Org & B, Org", "A & B, Org" or "A, X; B, Y": the ways schedules and notes list speakers. */
export function speakerList(random: Random, speakers: Speaker[], zh: boolean): string {
  const named = speakers.map((s) => ({ name: personName(random, s.person, false), org: speakerOrganization(random, s, zh) }));
  const sameOrg = named.length > 1 && named.every((s) => s.org !== undefined && s.org === named[0].org);
  if (sameOrg) return `${named.map((s) => s.name).join(' & ')}, ${named[0].org}`;
  const parts = named.map((s) => (s.org ? `${s.name}, ${s.org}` : random.chance(0.3) ? `${s.name}, Individual` : s.name));
  return parts.join(named.length > 2 || random.chance(0.3) ? '; ' : ' & ');
}
