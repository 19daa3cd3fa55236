// The explorer's API client: GraphQL over fetch to /graphql, every failure turned into an ApiError the page can show.
import { parseNodeId } from '../../graph/model';
import type {
  Details,
  EdgeSummary,
  EntityDetails,
  EntityRef,
  EntityType,
  ExplorerApi,
  LinkFilters,
  NodeSummary,
  PathResult,
  ProjectOrganizationLink,
  RelatedTalk,
  SearchHit,
  Subgraph,
  TalkDetails,
} from './api-types';
import type {
  ExplorerDetailsQuery,
  ExplorerDetailsQueryVariables,
  ExplorerEventsQuery,
  ExplorerEventsQueryVariables,
  ExplorerGraphNodeFragment,
  ExplorerLinkEvidenceQuery,
  ExplorerLinkEvidenceQueryVariables,
  ExplorerLinksQuery,
  ExplorerLinksQueryVariables,
  ExplorerNeighborhoodQuery,
  ExplorerNeighborhoodQueryVariables,
  ExplorerPathQuery,
  ExplorerPathQueryVariables,
  ExplorerRelatedTalksQuery,
  ExplorerRelatedTalksQueryVariables,
  ExplorerSearchQuery,
  ExplorerSearchQueryVariables,
  ExplorerStatsQuery,
  ExplorerStatsQueryVariables,
} from './operation-types';
import { trendOf } from './trends';
import * as queries from './queries';

export class ApiError extends Error {
  /** `extensions.code` from the server (NOT_FOUND, BAD_USER_INPUT, DATABASE_UNAVAILABLE, ...), or NETWORK / HTTP_<status>. */
  readonly code: string;

  constructor(message: string, code: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export class GraphQLClient {
  constructor(
    private readonly endpoint = '/graphql',
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  /** `T` and `V` are the document's answer and variables as api/codegen.ts generates them (web/src/operation-types.ts). */
  async request<T, V extends object = Record<string, unknown>>(query: string, variables?: V): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables: variables ?? {} }),
      });
    } catch (error) {
      throw new ApiError(`Cannot reach the API at ${this.endpoint}: ${(error as Error).message}`, 'NETWORK');
    }
    let body: GraphQLResponse<T>;
    try {
      body = (await response.json()) as GraphQLResponse<T>;
    } catch {
      throw new ApiError(`The API answered ${response.status} ${response.statusText} without a GraphQL body.`, `HTTP_${response.status}`);
    }
    const first = body.errors?.[0];
    if (first) {
      const more = body.errors!.length > 1 ? ` (and ${body.errors!.length - 1} more)` : '';
      throw new ApiError(`${first.message}${more}`, first.extensions?.code ?? `HTTP_${response.status}`);
    }
    if (!body.data) throw new ApiError(`The API answered ${response.status} with no data.`, `HTTP_${response.status}`);
    return body.data;
  }
}

/** What every reference in the explorer's documents asks for. */
interface Ref {
  id: string;
  name: string;
}

type RawGraphNode = ExplorerGraphNodeFragment;

interface RawSubgraph {
  nodes: RawGraphNode[];
  edges: EdgeSummary[];
}

/** The details query's answer for one node: one shape per type, told apart by `__typename`. */
type RawDetails = NonNullable<ExplorerDetailsQuery['node']>;

/** The label is the id's prefix (`Talk:...`), so references need not ask for __typename. */
function ref(raw: Ref): EntityRef {
  return { id: raw.id, name: raw.name, label: parseNodeId(raw.id)?.label ?? 'Talk' };
}

function refs(raw: Ref[] | null | undefined): EntityRef[] {
  return (raw ?? []).map(ref);
}

/**
 * The most links the links view asks for: the matrix still reads at 2,000 (web/README.md), and the API gives at most
 * that many.
 */
export const LINKS_DRAWN = 2_000;

/** The API's Filter for the links view's filters. */
function linkFilter(filters: LinkFilters): NonNullable<ExplorerLinksQueryVariables['filter']> {
  return {
    ...(filters.eventId ? { event: filters.eventId } : {}),
    ...(filters.year !== undefined ? { year: filters.year } : {}),
    ...(filters.topic ? { topic: filters.topic } : {}),
  };
}

function toSubgraph(raw: RawSubgraph): Subgraph {
  return {
    nodes: raw.nodes.map((node): NodeSummary => {
      const event = 'event' in node.node ? node.node.event : null;
      const year = 'year' in node.node ? node.node.year : null;
      return { id: node.id, label: node.label, name: node.name, degree: node.degree, eventId: event?.id ?? null, year: event?.year ?? year ?? null };
    }),
    edges: raw.edges.map((edge) => ({ id: edge.id, type: edge.type, source: edge.source, target: edge.target })),
  };
}

function list(title: string, items: EntityRef[]) {
  return { title, items, total: items.length };
}

function facts(pairs: [string, unknown][]): { name: string; value: string }[] {
  return pairs
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => ({ name, value: String(value) }));
}

function withRole(item: EntityRef, role: string | null): EntityRef {
  return role ? { ...item, name: `${item.name} (${role})` } : item;
}

function withWeight(item: EntityRef, weight: number): EntityRef {
  return { ...item, name: `${item.name} · ${weight}` };
}

export function toDetails(raw: RawDetails): Details {
  const base = { id: raw.id, name: raw.name, label: raw.__typename };
  if (raw.__typename === 'Talk') {
    const talk: TalkDetails = {
      ...base,
      label: 'Talk',
      title: raw.title ?? raw.name,
      altTitles: raw.altTitles,
      abstract: raw.abstract,
      url: raw.url,
      day: raw.day,
      time: raw.time,
      event: raw.event ? ref(raw.event) : null,
      speakers: raw.speakerCredits.map((credit) => ({ ...ref(credit.person), organizations: refs(credit.organizations) })),
      projects: refs(raw.projects),
      topics: refs(raw.topics),
      sources: raw.sources,
    };
    return talk;
  }
  const details: EntityDetails = { ...base, facts: [], aliases: [], lists: [], sources: [] };
  switch (raw.__typename) {
    case 'Person':
      details.lists = [
        list('Organizations', refs(raw.organizations)),
        list('Talks', refs(raw.talks)),
        list('Projects', raw.contributions.map((c) => withRole(ref(c.project), c.role))),
      ];
      break;
    case 'Organization':
      details.lists = [
        list('Projects (by talks and people)', raw.projectLinks.map((l) => withWeight(ref(l.project), l.weight))),
        list('People', refs(raw.people)),
        list('Talks', refs(raw.talks)),
        list('Maintains', refs(raw.maintains)),
      ];
      break;
    case 'Project':
      details.facts = facts([
        ['Category', raw.category],
        ['Maturity', raw.maturity],
        ['Home page', raw.url],
      ]);
      details.lists = [
        list('Organizations (by talks and people)', raw.organizationLinks.map((l) => withWeight(ref(l.organization), l.weight))),
        list('Talks', refs(raw.talks)),
        list('Maintainers', refs(raw.maintainers)),
        list('Contributors', raw.contributors.map((c) => withRole(ref(c.person), c.role))),
      ];
      break;
    case 'Event':
      details.facts = facts([
        ['Kind', raw.kind],
        ['Year', raw.year],
        ['City', raw.city],
        ['Dates', raw.startDate ? [raw.startDate, raw.endDate].filter(Boolean).join(' – ') : null],
      ]);
      details.lists = [
        list('Talks', refs(raw.talks)),
        list('Co-located with', raw.coLocatedWith ? [ref(raw.coLocatedWith)] : []),
        list('Co-located events', refs(raw.coLocatedEvents)),
      ];
      break;
    case 'Topic':
      details.lists = [list('Talks', refs(raw.talks))];
      break;
    case 'Document':
      details.facts = facts([
        ['Path', raw.path],
        ['Language', raw.lang],
        ['Ingested', raw.ingestedAt],
      ]);
      details.lists = [list('Talks', refs(raw.talks)), list('Events', refs(raw.events))];
      break;
  }
  if (raw.__typename !== 'Document') {
    details.aliases = raw.aliases;
    details.sources = raw.sources;
  }
  details.lists = details.lists.filter((entry) => entry.total > 0);
  if (raw.__typename === 'Person' || raw.__typename === 'Organization' || raw.__typename === 'Project' || raw.__typename === 'Topic') {
    details.trend = trendOf(raw.talks);
  }
  return details;
}

type SearchNode = ExplorerSearchQuery['search'][number]['node'];

function searchContext(label: EntityType, node: SearchNode): string | null {
  if (label === 'Talk' && 'event' in node) return node.event?.name ?? null;
  if (label === 'Person' && 'organizations' in node) return node.organizations.map((organization) => organization.name).join(', ') || null;
  if (label === 'Event' && 'city' in node) return [node.year, node.city].filter(Boolean).join(' · ') || null;
  if (label === 'Project' && 'category' in node) return node.category;
  return null;
}

/** The explorer's API over GraphQL. */
export function createApiClient(client = new GraphQLClient()): ExplorerApi {
  return {
    async search(text, options = {}) {
      if (text.trim() === '') return [];
      const data = await client.request<ExplorerSearchQuery, ExplorerSearchQueryVariables>(queries.SEARCH, {
        text,
        types: options.types,
        first: options.first ?? 10,
      });
      return data.search.map(
        (hit): SearchHit => ({
          id: hit.node.id,
          label: hit.label,
          name: hit.node.name,
          context: searchContext(hit.label, hit.node),
          score: hit.score,
        }),
      );
    },

    async details(id) {
      const data = await client.request<ExplorerDetailsQuery, ExplorerDetailsQueryVariables>(queries.DETAILS, { id });
      return data.node ? toDetails(data.node) : null;
    },

    async neighborhood(id, options = {}) {
      const data = await client.request<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>(queries.NEIGHBORHOOD, {
        id,
        depth: options.depth ?? 1,
        types: options.types,
        limit: options.limit ?? 100,
      });
      return toSubgraph(data.neighborhood);
    },

    async relatedTalks(talkId, first = 10) {
      const data = await client.request<ExplorerRelatedTalksQuery, ExplorerRelatedTalksQueryVariables>(queries.RELATED_TALKS, { talkId, first });
      return data.relatedTalks.map(
        (related): RelatedTalk => ({
          talk: { ...ref(related.talk), event: related.talk.event?.name ?? null },
          score: related.score,
          reasons: related.reasons.map((reason) => reason.description),
        }),
      );
    },

    async path(fromId, toId, maxLength = 4) {
      const data = await client.request<ExplorerPathQuery, ExplorerPathQueryVariables>(queries.PATH, { fromId, toId, maxLength });
      if (data.path.length === null || data.path.paths.length === 0) return null;
      const result: PathResult = { length: data.path.length, paths: data.path.paths, subgraph: toSubgraph(data.path) };
      return result;
    },

    async projectOrganizationLinks(filters: LinkFilters = {}) {
      const data = await client.request<ExplorerLinksQuery, ExplorerLinksQueryVariables>(queries.PROJECT_ORGANIZATION_LINKS, { filter: linkFilter(filters), first: filters.first ?? LINKS_DRAWN });
      return data.projectOrganizationLinks.map(
        (link): ProjectOrganizationLink => ({
          project: ref(link.project),
          organization: ref(link.organization),
          weight: link.weight,
          maintains: link.maintains,
          talkCount: link.talkCount,
          peopleCount: link.peopleCount,
        }),
      );
    },

    async linkEvidence({ projectId, organizationId }, filters: LinkFilters = {}) {
      const filter = { ...linkFilter(filters), project: projectId, organization: organizationId };
      const data = await client.request<ExplorerLinkEvidenceQuery, ExplorerLinkEvidenceQueryVariables>(queries.LINK_EVIDENCE, { filter });
      const [link] = data.projectOrganizationLinks;
      return { talks: refs(link?.talks ?? []), people: refs(link?.people ?? []) };
    },

    async events() {
      const data = await client.request<ExplorerEventsQuery, ExplorerEventsQueryVariables>(queries.EVENTS, {});
      return data.events.nodes;
    },

    async stats() {
      const data = await client.request<ExplorerStatsQuery, ExplorerStatsQueryVariables>(queries.STATS, {});
      return data.stats.byLabel;
    },
  };
}
