// The entity types' fields: properties straight from the row, relations through the request's batches.
import type { GraphQLResolveInfo } from 'graphql';
import type { SourceRef } from '../../graph/model';
import { badUserInput } from '../errors';
import { checkRange } from '../pagination';
import type { ApiContext } from '../context';
import { LIGHT_FIELDS, type EntityRow } from '../queries/entity';
import { fragmentsOf, selectedFields } from '../validation/selections';
import { byName, MAX_LINK_EVIDENCE, recentFirst, type LinkRow } from '../queries/links';
import type { RelationName } from '../queries/relations';

type Field<R> = (row: EntityRow, args: unknown, context: ApiContext) => R;

const relation =
  (name: RelationName): Field<Promise<EntityRow[]>> =>
  (row, _args, { data }) =>
    data.related(name, row.id);

/** The most items one nested list returns at a time; its count field says how many there are. */
export const MAX_NESTED_LIST = MAX_LINK_EVIDENCE;

export const DEFAULT_NESTED_LIST = 100;

const firstArgument = (args: unknown): number =>
  checkRange('first', (args as { first?: number }).first ?? DEFAULT_NESTED_LIST, 0, MAX_NESTED_LIST);

const page =
  (name: RelationName): Field<Promise<EntityRow[]>> =>
  (row, args, { data }) =>
    data.related(name, row.id, firstArgument(args));

const count =
  (name: RelationName): Field<Promise<number>> =>
  (row, _args, { data }) =>
    data.relatedCount(name, row.id);

const single =
  (name: RelationName): Field<Promise<EntityRow | null>> =>
  async (row, _args, { data }) =>
    (await data.related(name, row.id))[0] ?? null;

const links =
  (end: 'project' | 'organization'): Field<Promise<LinkRow[]>> =>
  async (row, args, { data }) =>
    (await data.links(end, row.id)).slice(0, firstArgument(args));

const linkCount =
  (end: 'project' | 'organization'): Field<Promise<number>> =>
  async (row, _args, { data }) =>
    (await data.links(end, row.id)).length;

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

/** Whether every field the resolver's selection asks of its entities is one a light row answers. */
function asksOnlyLight(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every(
    (node) => node.selectionSet !== undefined && selectedFields(node.selectionSet, fragmentsOf(info)).every((field) => LIGHT_FIELDS.has(field.name.value)),
  );
}

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
    abstract: (row: EntityRow, _args: unknown, { data }: ApiContext) => data.text(row.id, 'abstract'),
    notes: (row: EntityRow, _args: unknown, { data }: ApiContext) => data.text(row.id, 'notes'),
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
    documents: page('talkDocuments'),
    documentCount,
    sources,
  },
  Person: {
    aliases: strings('aliases'),
    corrections: strings('corrections'),
    talks: page('personTalks'),
    talkCount: count('personTalks'),
    organizations: page('personOrganizations'),
    organizationCount: count('personOrganizations'),
    contributions: relation('personContributions'),
    documentCount,
    sources,
  },
  Organization: {
    aliases: strings('aliases'),
    corrections: strings('corrections'),
    people: page('organizationPeople'),
    peopleCount: count('organizationPeople'),
    talks: page('organizationTalks'),
    talkCount: count('organizationTalks'),
    projects: links('organization'),
    projectCount: linkCount('organization'),
    maintains: page('organizationMaintains'),
    maintainsCount: count('organizationMaintains'),
    documentCount,
    sources,
  },
  Project: {
    aliases: strings('aliases'),
    corrections: strings('corrections'),
    talks: page('projectTalks'),
    talkCount: count('projectTalks'),
    organizations: links('project'),
    organizationCount: linkCount('project'),
    maintainers: page('projectMaintainers'),
    maintainerCount: count('projectMaintainers'),
    contributors: page('projectContributors'),
    contributorCount: count('projectContributors'),
    documentCount,
    sources,
  },
  Event: {
    aliases: strings('aliases'),
    corrections: strings('corrections'),
    talks: page('eventTalks'),
    talkCount: count('eventTalks'),
    coLocatedWith: single('eventCoLocatedWith'),
    coLocatedEvents: page('eventCoLocatedEvents'),
    coLocatedEventCount: count('eventCoLocatedEvents'),
    documents: page('eventDocuments'),
    documentCount,
    sources,
  },
  Topic: {
    aliases: strings('aliases'),
    talks: page('topicTalks'),
    talkCount: count('topicTalks'),
    documentCount,
    sources,
  },
  ProjectOrganizationLink: {
    // The evidence comes in the link's order (see linksQuery): the first few are loaded, then put in order again.
    // A page of links may name a thousand entities: when the fields ask for no more than names, light rows do.
    talks: async (link: LinkRow, args: unknown, { data }: ApiContext, info: GraphQLResolveInfo) =>
      (await data.nodesById(link.talks.slice(0, firstArgument(args)), asksOnlyLight(info))).sort(recentFirst),
    people: async (link: LinkRow, args: unknown, { data }: ApiContext, info: GraphQLResolveInfo) =>
      (await data.nodesById(link.people.slice(0, firstArgument(args)), asksOnlyLight(info))).sort(byName),
  },
  Document: {
    name: (row: EntityRow) => row.name ?? row.title ?? row.key,
    corrections: strings('corrections'),
    path: (row: EntityRow) => row.path ?? row.key,
    talks: page('documentTalks'),
    talkCount: count('documentTalks'),
    events: page('documentEvents'),
    eventCount: count('documentEvents'),
  },
};
