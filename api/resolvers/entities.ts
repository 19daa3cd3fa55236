// The entity types' fields: properties straight from the row, relations through the request's batches.
import type { SourceRef } from '../../ingest/model';
import { badUserInput } from '../errors';
import type { ApiContext } from '../context';
import type { EntityRow } from '../data/entity';
import { byName, recentFirst, type LinkRow } from '../data/links';
import type { RelationName } from '../data/relations';

type Field<R> = (row: EntityRow, args: unknown, context: ApiContext) => R;

const relation =
  (name: RelationName): Field<Promise<EntityRow[]>> =>
  (row, _args, { data }) =>
    data.related(name, row.id);

const single =
  (name: RelationName): Field<Promise<EntityRow | null>> =>
  async (row, _args, { data }) =>
    (await data.related(name, row.id))[0] ?? null;

const links =
  (end: 'project' | 'organization'): Field<Promise<LinkRow[]>> =>
  (row, _args, { data }) =>
    data.links(end, row.id);

const strings =
  (property: string): Field<string[]> =>
  (row) =>
    Array.isArray(row[property]) ? (row[property] as string[]) : [];

const MAX_SOURCES = 1000;

const sources = (row: EntityRow, args: { first?: number }, { data }: ApiContext): Promise<SourceRef[]> => {
  const first = args.first ?? 100;
  if (!Number.isInteger(first) || first < 0 || first > MAX_SOURCES) {
    throw badUserInput(`first must be between 0 and ${MAX_SOURCES}, not ${first}`, 'first');
  }
  return data.sources(row.id, first);
};

const documentCount: Field<number> = (row) => (typeof row.documentCount === 'number' ? row.documentCount : 0);

interface SpeakerCreditRow {
  person: EntityRow;
  organizations: EntityRow[];
}

export const entityResolvers = {
  Node: {
    __resolveType: (row: EntityRow): string => row.label,
  },
  Talk: {
    name: (row: EntityRow) => row.name ?? row.title,
    title: (row: EntityRow) => row.title ?? row.name,
    altTitles: strings('altTitles'),
    speakers: relation('talkSpeakers'),
    speakerCredits: async (row: EntityRow, _args: unknown, { data }: ApiContext) => {
      const credits = await data.related<SpeakerCreditRow>('talkSpeakerCredits', row.id);
      return credits.map(({ person, organizations }) => {
        const sorted = [...organizations].sort((a, b) => a.name.localeCompare(b.name));
        return { person, organizations: sorted, organization: sorted[0] ?? null };
      });
    },
    event: single('talkEvent'),
    projects: relation('talkProjects'),
    topics: relation('talkTopics'),
    documents: relation('talkDocuments'),
    documentCount,
    sources,
  },
  Person: {
    aliases: strings('aliases'),
    corrections: strings('corrections'),
    talks: relation('personTalks'),
    organizations: relation('personOrganizations'),
    contributions: relation('personContributions'),
    documentCount,
    sources,
  },
  Organization: {
    aliases: strings('aliases'),
    corrections: strings('corrections'),
    people: relation('organizationPeople'),
    talks: relation('organizationTalks'),
    projects: links('organization'),
    maintains: relation('organizationMaintains'),
    documentCount,
    sources,
  },
  Project: {
    aliases: strings('aliases'),
    corrections: strings('corrections'),
    talks: relation('projectTalks'),
    organizations: links('project'),
    maintainers: relation('projectMaintainers'),
    contributors: relation('projectContributors'),
    documentCount,
    sources,
  },
  Event: {
    aliases: strings('aliases'),
    corrections: strings('corrections'),
    talks: relation('eventTalks'),
    coLocatedWith: single('eventCoLocatedWith'),
    coLocatedEvents: relation('eventCoLocatedEvents'),
    documents: relation('eventDocuments'),
    documentCount,
    sources,
  },
  Topic: {
    aliases: strings('aliases'),
    talks: relation('topicTalks'),
    documentCount,
    sources,
  },
  ProjectOrganizationLink: {
    talks: async (link: LinkRow, _args: unknown, { data }: ApiContext) => (await data.byHandle(link.talks)).sort(recentFirst),
    people: async (link: LinkRow, _args: unknown, { data }: ApiContext) => (await data.byHandle(link.people)).sort(byName),
  },
  Document: {
    name: (row: EntityRow) => row.name ?? row.title ?? row.key,
    corrections: strings('corrections'),
    path: (row: EntityRow) => row.path ?? row.key,
    talks: relation('documentTalks'),
    events: relation('documentEvents'),
  },
};
