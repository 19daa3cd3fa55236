// What the explorer needs from the API, in the explorer's own terms: the one interface every panel codes against.
import type { NodeLabel } from '../../graph/model';
import type { Trend } from './trends';

export type EntityType = NodeLabel;

/** A node as the graph view shows it. `event`/`year` let the view filter talks and events without another request. */
export interface NodeSummary {
  id: string;
  label: EntityType;
  name: string;
  degree?: number;
  eventId?: string | null;
  year?: number | null;
}

export interface EdgeSummary {
  id: string;
  type: string;
  source: string;
  target: string;
  weight?: number;
}

export interface Subgraph {
  nodes: NodeSummary[];
  edges: EdgeSummary[];
}

export interface SearchHit {
  id: string;
  label: EntityType;
  name: string;
  /** A second line for the suggestion: a talk's event, a person's organization. */
  context?: string | null;
  score?: number;
}

export interface EntityRef {
  id: string;
  label: EntityType;
  name: string;
}

export interface SourceLine {
  path: string;
  line: number;
}

export interface SpeakerDetails extends EntityRef {
  organizations: EntityRef[];
}

export interface TalkDetails extends EntityRef {
  label: 'Talk';
  title: string;
  altTitles: string[];
  abstract: string | null;
  url: string | null;
  day: string | null;
  time: string | null;
  event: EntityRef | null;
  speakers: SpeakerDetails[];
  projects: EntityRef[];
  topics: EntityRef[];
  sources: SourceLine[];
}

/** Person, Organization, Project, Event, Topic, Document: named lists of what stands behind the entity. */
export interface EntityDetails extends EntityRef {
  facts: { name: string; value: string }[];
  /** Its talks per year and per event (people, organizations, projects, topics). */
  trend?: Trend;
  aliases: string[];
  lists: { title: string; items: EntityRef[]; total: number }[];
  sources: SourceLine[];
}

export type Details = TalkDetails | EntityDetails;

export interface RelatedTalk {
  talk: EntityRef & { event: string | null };
  score: number;
  /** Why, in words, heaviest first ("Both mention Fluent Bit"). */
  reasons: string[];
}

export interface PathResult {
  /** Hops of the shortest paths. */
  length: number;
  /** Every shortest path (several when they tie), each as node ids from the start to the end. */
  paths: { nodeIds: string[]; edgeIds: string[] }[];
  /** Every node and edge on some path. */
  subgraph: Subgraph;
}

export interface LinkFilters {
  eventId?: string;
  year?: number;
  /** A topic's name, alias or key. */
  topic?: string;
  first?: number;
}

export interface ProjectOrganizationLink {
  project: EntityRef;
  organization: EntityRef;
  weight: number;
  /** Whether the organization maintains the project (counts 1 in the weight). */
  maintains?: boolean;
  /** How many talks and people stand behind the link; the talks and people themselves come with linkEvidence. */
  talkCount: number;
  peopleCount: number;
}

/** The talks and people behind one link: asked for when the link is selected, not for every link of the view. */
export interface LinkEvidence {
  talks: EntityRef[];
  people: EntityRef[];
}

export interface EventOption {
  id: string;
  name: string;
  year: number | null;
}

export interface NeighborhoodOptions {
  depth?: number;
  types?: EntityType[];
  limit?: number;
}

export interface ExplorerApi {
  search(text: string, options?: { types?: EntityType[]; first?: number }): Promise<SearchHit[]>;
  details(id: string): Promise<Details | null>;
  neighborhood(id: string, options?: NeighborhoodOptions): Promise<Subgraph>;
  relatedTalks(talkId: string, first?: number): Promise<RelatedTalk[]>;
  path(fromId: string, toId: string, maxLength?: number): Promise<PathResult | null>;
  projectOrganizationLinks(filters?: LinkFilters): Promise<ProjectOrganizationLink[]>;
  /** The talks and people behind the link of this project and organization, counted under the same filters. */
  linkEvidence(link: { projectId: string; organizationId: string }, filters?: LinkFilters): Promise<LinkEvidence>;
  events(): Promise<EventOption[]>;
  stats(): Promise<{ label: EntityType; count: number }[]>;
}
