// The imagined ground truth behind a corpus: events, speakers and talks. Documents are then written
// about overlapping parts of it, the way many people blog about the same conferences.

import { seededRandom, ZipfSampler, type Random } from './random';
import { CONFERENCES, CO_LOCATED_DAYS, COMMUNITY_DAYS, MEETUP_CITIES, MEETUP_HOSTS, REGION_NAMES, type Region } from './vocabulary/events';
import { ORGANIZATIONS, type OrganizationEntry } from './vocabulary/organizations';
import { CHINESE_FAMILY_NAMES, CHINESE_GIVEN_SYLLABLES, FAMILY_NAMES, GIVEN_NAMES, ROLES, ROLES_ZH } from './vocabulary/people';
import { PROJECTS, type ProjectEntry } from './vocabulary/projects';
import { TITLES, TOPICS, type TalkKind } from './vocabulary/phrases';

export type EventKind = 'conference' | 'co-located' | 'meetup';

export interface WorldEvent {
  key: string;
  name: string;
  shortNames: string[];
  zhName: string;
  kind: EventKind;
  year: number;
  city: string;
  cityZh?: string;
  region?: Region;
  /** First day, YYYY-MM-DD. */
  start: string;
  days: number;
  /** Host of the event's schedule site, when it has one. */
  schedHost?: string;
  coLocatedWith?: WorldEvent;
  coLocated: WorldEvent[];
  /** Meetups are organized by communities, named in the recap. */
  hosts: string[];
  /** Chinese-speaking audience: its documents are more often written in Chinese. */
  chinese: boolean;
  weight: number;
  talks: Talk[];
}

export interface Person {
  /** Given name first, as English documents write it. */
  name: string;
  /** Family name first (Chinese speakers only): how some writers order a romanized Chinese name. */
  familyFirst?: string;
  /** The name in characters (Chinese speakers only). */
  zh?: string;
  chinese: boolean;
  organization?: OrganizationEntry;
  /** A later employer, given at some talks. */
  laterOrganization?: OrganizationEntry;
  role: string;
  roleZh: string;
  projects: ProjectEntry[];
  talks: number;
}

export interface Speaker {
  person: Person;
  organization?: OrganizationEntry;
}

export interface Talk {
  index: number;
  title: string;
  titleZh: string;
  kind: TalkKind;
  event: WorldEvent;
  day: string;
  time: string;
  speakers: Speaker[];
  projects: ProjectEntry[];
  topic: { name: string; zh: string };
  /** Seeds the talk's own random text (abstract, notes) so it reads the same in every document. */
  seed: string;
  schedId: string;
  videoId: string;
}

export interface World {
  seed: string;
  events: WorldEvent[];
  talks: Talk[];
  people: Person[];
}

const TIMES = ['09:00', '10:30', '11:00', '11:55', '13:45', '14:30', '15:25', '16:20', '17:15'];
const MAX_TALKS_PER_PERSON = 40;

/** Builds the world for a corpus of `documents` documents: about 1.6 talks per document, each told by several. */
export function buildWorld(seed: string, documents: number): World {
  const random = seededRandom(`${seed}:world`);
  const events = buildEvents(random, documents);
  const speakers = new SpeakerPool(random);
  const projectRank = new ZipfSampler(PROJECTS.length, 1.05);
  const topicRank = new ZipfSampler(TOPICS.length, 0.8);
  const talkCount = Math.max(60, Math.round(documents * 1.6));
  const titles = new Set<string>();
  const talks: Talk[] = [];

  for (let index = 0; index < talkCount; index++) {
    const event = random.weighted(events, (e) => e.weight);
    const project = () => PROJECTS[projectRank.draw(random)];
    const first = project();
    let second = project();
    if (second === first) second = PROJECTS[(PROJECTS.indexOf(first) + 1 + random.int(10)) % PROJECTS.length];
    const topic = TOPICS[topicRank.draw(random)];
    const speakerCount = random.weighted([1, 2, 3], (n) => (n === 1 ? 60 : n === 2 ? 30 : 10));
    const chosen = speakers.draw(random, event.chinese, speakerCount);
    const host = chosen[0].organization ?? ORGANIZATIONS[0];

    let template = TITLES[0];
    let title = '';
    let titleZh = '';
    for (let attempt = 0; attempt < 6; attempt++) {
      template = random.pick(TITLES);
      const n = String(random.pick([3, 5, 10, 20, 50, 100, 200, 700, 1000]));
      const fill = (text: string, zh: boolean) =>
        text.replaceAll('{P2}', second.name).replaceAll('{P}', first.name).replaceAll('{N}', n)
          .replaceAll('{T}', zh ? topic.zh : titleCase(topic.name)).replaceAll('{O}', zh ? host.zh ?? host.name : host.name);
      title = fill(template.en, false);
      titleZh = fill(template.zh, true);
      if (!titles.has(`${event.key}|${title}`)) break;
      title = `${title} (Part ${attempt + 2})`;
      titleZh = `${titleZh}（第 ${attempt + 2} 部分）`;
      if (!titles.has(`${event.key}|${title}`)) break;
    }
    titles.add(`${event.key}|${title}`);
    const kind = template.kind ?? 'talk';
    const extra = Array.from({ length: random.int(3) }, project);
    const projects = [...new Set([first, second, ...extra])];
    const speakersOfTalk = kind === 'panel' ? [...chosen, ...speakers.draw(random, event.chinese, 2)] : chosen;

    const talk: Talk = {
      index,
      title,
      titleZh,
      kind,
      event,
      day: addDays(event.start, random.int(event.days)),
      time: random.pick(TIMES),
      speakers: dedupe(speakersOfTalk).map((person) => ({ person, organization: organizationAtTalk(random, person) })),
      projects,
      topic,
      seed: `${seed}:talk:${index}`,
      schedId: random.hex(5).toUpperCase(),
      videoId: random.hex(11),
    };
    event.talks.push(talk);
    talks.push(talk);
  }
  return { seed, events: events.filter((e) => e.talks.length > 0), talks, people: speakers.people };
}

function buildEvents(random: Random, documents: number): WorldEvent[] {
  const events: WorldEvent[] = [];
  const recency = (year: number) => Math.max(1, year - 2016);
  for (const conference of CONFERENCES) {
    const names = REGION_NAMES[conference.region];
    const regionKey = names.sched.replace('kccnc', '').replace('oss', '');
    const main = event({
      key: `kubecon-${regionKey}-${conference.year}`,
      name: `${names.full} ${conference.year}`,
      shortNames: names.short.map((s) => `${s} ${conference.year}`),
      zhName: `${names.zh} ${conference.year}`,
      kind: 'conference',
      year: conference.year,
      city: conference.city,
      region: conference.region,
      start: conference.start,
      days: conference.days,
      schedHost: `${names.sched}${conference.year}`,
      chinese: conference.region === 'China',
      weight: 12 * recency(conference.year),
    });
    events.push(main);
    const dayCount = conference.year < 2022 ? 1 : conference.region === 'Europe' || conference.region === 'North America' ? 4 : 2;
    for (const day of random.sample(CO_LOCATED_DAYS, dayCount)) {
      const regionWord = conference.region === 'North America' ? 'North America' : conference.region;
      const colocated = event({
        key: `${slug(day.name)}-${regionKey}-${conference.year}`,
        name: `${day.name} ${regionWord} ${conference.year}`,
        shortNames: [`${day.name} ${names.short[0].replace('KubeCon ', '')} ${conference.year}`],
        zhName: `${day.zh} ${conference.year}`,
        kind: 'co-located',
        year: conference.year,
        city: conference.city,
        region: conference.region,
        start: addDays(conference.start, -1),
        days: 1,
        schedHost: main.schedHost,
        chinese: main.chinese,
        weight: 2 * recency(conference.year),
      });
      colocated.coLocatedWith = main;
      main.coLocated.push(colocated);
      events.push(colocated);
    }
  }
  for (const kcd of COMMUNITY_DAYS) {
    events.push(event({
      key: `kcd-${slug(kcd.city)}-${kcd.year}`,
      name: `Kubernetes Community Days ${kcd.city} ${kcd.year}`,
      shortNames: [`KCD ${kcd.city} ${kcd.year}`],
      zhName: `KCD ${kcd.zh ?? kcd.city} ${kcd.year}`,
      kind: 'conference',
      year: kcd.year,
      city: kcd.city,
      cityZh: kcd.zh,
      start: kcd.date,
      days: 1,
      chinese: kcd.zh !== undefined,
      weight: 6,
    }));
  }
  // Meetups grow with the corpus, so that a large corpus is not a thousand recaps of the same evening.
  const meetups = Math.max(20, Math.round(documents / 25));
  const seen = new Set<string>();
  for (let i = 0; i < meetups * 3 && seen.size < meetups; i++) {
    const city = random.pick(MEETUP_CITIES);
    const year = random.between(2019, 2025);
    const hosts = random.sample(MEETUP_HOSTS, random.between(1, 2));
    const key = `${slug(hosts[0])}-meetup-${slug(city.city)}-${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const month = random.between(1, 12);
    events.push(event({
      key,
      name: `${hosts[0]} Cloud Native Meetup ${city.city} ${year}`,
      shortNames: [`${hosts[0]} Meetup ${city.city}`],
      zhName: `${hosts[0]} 云原生技术交流 Meetup ${city.zh}站`,
      kind: 'meetup',
      year,
      city: city.city,
      cityZh: city.zh,
      start: `${year}-${String(month).padStart(2, '0')}-${String(random.between(1, 28)).padStart(2, '0')}`,
      days: 1,
      hosts,
      chinese: true,
      weight: 2,
    }));
  }
  return events;
}

function event(fields: Omit<WorldEvent, 'coLocated' | 'talks' | 'hosts'> & { hosts?: string[] }): WorldEvent {
  return { hosts: [], ...fields, coLocated: [], talks: [] };
}

/**
 * Speakers by preferential attachment: a new speaker at rate NEW_SPEAKER_RATE, otherwise one drawn in proportion to the
 * talks they already gave. Talk counts then follow a power law, as at real conferences.
 */
class SpeakerPool {
  readonly people: Person[] = [];
  private readonly slots = { chinese: [] as Person[], international: [] as Person[] };
  private readonly names = new Set<string>();
  private readonly chineseOrgs = ORGANIZATIONS.filter((o) => o.chinese);
  private readonly otherOrgs = ORGANIZATIONS.filter((o) => !o.chinese);
  private readonly chineseOrgRank = new ZipfSampler(this.chineseOrgs.length, 1.0);
  private readonly otherOrgRank = new ZipfSampler(this.otherOrgs.length, 1.1);
  private readonly projectRank = new ZipfSampler(PROJECTS.length, 0.9);

  constructor(private readonly random: Random) {}

  draw(random: Random, chineseEvent: boolean, count: number): Person[] {
    const chosen: Person[] = [];
    for (let guard = 0; chosen.length < count && guard < count * 20; guard++) {
      const chinese = random.chance(chineseEvent ? 0.85 : 0.15);
      const slots = chinese ? this.slots.chinese : this.slots.international;
      let person = slots.length === 0 || random.chance(0.45) ? undefined : slots[random.int(slots.length)];
      if (person && (person.talks >= MAX_TALKS_PER_PERSON || chosen.includes(person))) continue;
      person ??= this.create(chinese);
      person.talks++;
      slots.push(person);
      chosen.push(person);
    }
    return chosen;
  }

  private create(chinese: boolean): Person {
    const random = this.random;
    let person: Person | undefined;
    while (!person) {
      const candidate = chinese ? this.chineseName() : this.internationalName();
      if (this.names.has(candidate.name)) continue;
      this.names.add(candidate.name);
      const orgs = chinese && random.chance(0.75) ? this.chineseOrgs : this.otherOrgs;
      const rank = orgs === this.chineseOrgs ? this.chineseOrgRank : this.otherOrgRank;
      person = {
        ...candidate,
        chinese,
        organization: random.chance(0.04) ? undefined : orgs[rank.draw(random)],
        laterOrganization: random.chance(0.12) ? orgs[rank.draw(random)] : undefined,
        role: random.pick(ROLES),
        roleZh: random.pick(ROLES_ZH),
        projects: [PROJECTS[this.projectRank.draw(random)], PROJECTS[this.projectRank.draw(random)]],
        talks: 0,
      };
    }
    this.people.push(person);
    return person;
  }

  private chineseName(): Pick<Person, 'name' | 'familyFirst' | 'zh'> {
    const random = this.random;
    const [family, familyZh] = random.pick(CHINESE_FAMILY_NAMES);
    const syllables = random.sample(CHINESE_GIVEN_SYLLABLES, random.chance(0.6) ? 2 : 1);
    const given = capitalize(syllables.map(([pinyin]) => pinyin).join(''));
    return { name: `${given} ${family}`, familyFirst: `${family} ${given}`, zh: familyZh + syllables.map(([, zh]) => zh).join('') };
  }

  private internationalName(): Pick<Person, 'name'> {
    const random = this.random;
    const family = random.chance(0.7) ? random.pick(FAMILY_NAMES) : `${random.pick(FAMILY_NAMES)}-${random.pick(FAMILY_NAMES)}`;
    return { name: `${random.pick(GIVEN_NAMES)} ${family}` };
  }
}

function organizationAtTalk(random: Random, person: Person): OrganizationEntry | undefined {
  return person.laterOrganization && random.chance(0.35) ? person.laterOrganization : person.organization;
}

function dedupe<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** "service mesh" → "Service Mesh", leaving words such as "eBPF" as they are. */
export function titleCase(text: string): string {
  return text.split(' ').map((word) => (/^[a-z]+$/.test(word) ? capitalize(word) : word)).join(' ');
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
