// Generated from schema.graphql by `npm run codegen` (api/codegen.ts): do not edit.
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** The entry points. */
export type Query = {
  /** Any entity by its global id (`Talk:...`, `Person:...`, ...); null when there is none. */
  node: Maybe<Node>;
  /**
   * A talk by `id`, `key` or `name` (give exactly one); null when no id or key matches. A `key` that is no key is also
   * tried as the key its loader gives that name (`person(key: "Kante Yin")` finds `kante-yin`).
   */
  talk: Maybe<Talk>;
  /**
   * A person by `id`, `key` or `name` (give exactly one); null when no id or key matches. A `key` that is no key is also
   * tried as the key its loader gives that name (`person(key: "Kante Yin")` finds `kante-yin`).
   */
  person: Maybe<Person>;
  /**
   * An organization by `id`, `key` or `name` (give exactly one); null when no id or key matches. A `key` that is no key is also
   * tried as the key its loader gives that name (`person(key: "Kante Yin")` finds `kante-yin`).
   */
  organization: Maybe<Organization>;
  /**
   * A project by `id`, `key` or `name` (give exactly one); null when no id or key matches. A `key` that is no key is also
   * tried as the key its loader gives that name (`person(key: "Kante Yin")` finds `kante-yin`).
   */
  project: Maybe<Project>;
  /**
   * An event by `id`, `key` or `name` (give exactly one); null when no id or key matches. A `key` that is no key is also
   * tried as the key its loader gives that name (`person(key: "Kante Yin")` finds `kante-yin`).
   */
  event: Maybe<Event>;
  /**
   * A topic by `id`, `key` or `name` (give exactly one); null when no id or key matches. A `key` that is no key is also
   * tried as the key its loader gives that name (`person(key: "Kante Yin")` finds `kante-yin`).
   */
  topic: Maybe<Topic>;
  /** An ingested document by `id` or by `key` (its path; give exactly one); null when there is none. */
  document: Maybe<Document>;
  /**
   * Full-text search over names, titles, alternative titles, aliases and abstracts, in English and Chinese. Two indexes
   * are asked (one with an English analyzer, one with a CJK analyzer, so a two-character Chinese word matches) and their
   * hits merged; each index's scores are divided by its best score before merging, so `score` is in (0, 1] and the best
   * hit scores 1. Hits come by `match` first: the entities whose key, name or an alias is the text (so "Kubernetes"
   * finds the project Kubernetes before talks about it), then those whose name starts with it, then the rest; by
   * `score` within each. Documents are not searched.
   */
  search: Array<SearchHit>;
  /** Talks, most recent first (ties by title); ranked by relevance when `filter.text` is given. */
  talks: TalkConnection;
  /** People, by name; ranked by relevance when `filter.text` is given. */
  people: PersonConnection;
  /** Organizations, by name; ranked by relevance when `filter.text` is given. */
  organizations: OrganizationConnection;
  /** Projects, by name; ranked by relevance when `filter.text` is given. */
  projects: ProjectConnection;
  /** Events, most recent first (ties by name); ranked by relevance when `filter.text` is given. */
  events: EventConnection;
  /**
   * The entities around one entity, up to `depth` hops away, as nodes and edges ready to draw. Nodes are taken nearest
   * first until `limit` nodes; `truncated` says whether some were left out. Within one hop, the neighbors of the least
   * connected nodes of the hop before come first (what a hub such as Kubernetes reaches says little about the center),
   * and the neighbors of one node best connected first. Fails with NOT_FOUND when `id` is unknown.
   */
  neighborhood: Subgraph;
  /**
   * Talks related to one talk, best first, each with a score and the reasons behind it: shared speakers, projects,
   * topics and organizations, the same or a co-located event, and similar titles or abstracts. A shared entity counts the
   * more the fewer talks have it: fully when only the two talks do, little for one on thousands of talks (Kubernetes),
   * which then only adds to talks related by something rarer. Fails with NOT_FOUND when `talkId` is unknown.
   */
  relatedTalks: Array<RelatedTalk>;
  /**
   * The shortest paths between two entities (all of them when several have the same length, at most 10), or no path
   * when they are more than `maxLength` hops apart. Fails with NOT_FOUND when either id is unknown.
   */
  path: PathResult;
  /**
   * Which organizations stand behind which projects: weighted links, heaviest first, each with the talks and people
   * behind it. See `ProjectOrganizationLink` for what counts.
   */
  projectOrganizationLinks: Array<ProjectOrganizationLink>;
  /** How many entities and relationships the graph holds. */
  stats: Stats;
  /**
   * The corrections in force, as the graph records them: each with the number of documents it changed. On a server
   * allowed to write corrections, the corrections of its file instead, with their line, those that changed nothing too.
   */
  corrections: Array<CorrectionInForce>;
  /** Likely duplicate people and organizations, most likely first, with the evidence; accept one with addCorrection. */
  mergeSuggestions: Array<MergeSuggestion>;
};


/** The entry points. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points. */
export type QueryTalkArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryOrganizationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryProjectArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryEventArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryTopicArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryDocumentArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeLabel>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points. */
export type QueryTalksArgs = {
  filter?: InputMaybe<Filter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryPeopleArgs = {
  filter?: InputMaybe<Filter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryOrganizationsArgs = {
  filter?: InputMaybe<Filter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryProjectsArgs = {
  filter?: InputMaybe<Filter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryEventsArgs = {
  filter?: InputMaybe<Filter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points. */
export type QueryNeighborhoodArgs = {
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<NodeLabel>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points. */
export type QueryRelatedTalksArgs = {
  talkId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points. */
export type QueryPathArgs = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<NodeLabel>>;
};


/** The entry points. */
export type QueryProjectOrganizationLinksArgs = {
  filter?: InputMaybe<Filter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points. */
export type QueryMergeSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Filters for the lists. Entity filters accept a global id (`Event:kubecon-eu-2022`), a bare key (`kubecon-eu-2022`), a
 * name or an alias (`speaker: "Liz Rice"`, `organization: "蚂蚁集团"`); one that names nothing fails with NOT_FOUND and
 * `extensions.suggestions`.
 * All given filters must hold. Except `text`, every filter selects talks; a list of people, organizations, projects or
 * events then holds the entities linked to at least one selected talk (as speaker, credited organization, mentioned
 * project, or event). `text` is matched by full-text search against the listed entities themselves.
 */
export type Filter = {
  /** Talks given at this event. */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** Talks given at an event of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
  /** Talks on which at least one speaker is credited with this organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Talks that mention this project. */
  project?: InputMaybe<Scalars['ID']['input']>;
  /** Talks given by this person. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Talks about this topic. */
  topic?: InputMaybe<Scalars['ID']['input']>;
  /** Full-text search over the listed entities' names, titles, aliases and abstracts (English and Chinese). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The labels of the graph's entities. */
export type NodeLabel =
  /** A talk, keynote, tutorial, workshop or lightning talk. */
  | 'Talk'
  /** A speaker or contributor. */
  | 'Person'
  /** A company, foundation or other organization. */
  | 'Organization'
  /** An open-source project. */
  | 'Project'
  /** A conference, co-located day or meetup. */
  | 'Event'
  /** A subject such as GitOps or eBPF. */
  | 'Topic'
  /** An ingested markdown document. */
  | 'Document';

/** The kinds of relationship between entities, as stored in the graph. */
export type RelationshipType =
  /** (Person)-[:PRESENTED]->(Talk): the person gave the talk. */
  | 'PRESENTED'
  /** (Person)-[:AFFILIATED_WITH]->(Organization): a document gave this organization for the person. */
  | 'AFFILIATED_WITH'
  /** (Talk)-[:PART_OF]->(Event): where the talk was given. */
  | 'PART_OF'
  /** (Event)-[:CO_LOCATED_WITH]->(Event): a co-located day and its main conference. */
  | 'CO_LOCATED_WITH'
  /** (Talk)-[:MENTIONS]->(Project): the talk names the project. */
  | 'MENTIONS'
  /** (Talk)-[:ABOUT]->(Topic): the talk's subject. */
  | 'ABOUT'
  /** (Person)-[:CONTRIBUTES_TO]->(Project): creator, maintainer or contributor. */
  | 'CONTRIBUTES_TO'
  /** (Organization)-[:MAINTAINS]->(Project): the organization stewards the project. */
  | 'MAINTAINS'
  /** (Document)-[:DESCRIBES]->(Talk or Event): provenance. */
  | 'DESCRIBES';

/** Anything in the graph with a global id. */
export type Node = {
  /** The global id, `Label:key`. */
  id: Scalars['ID']['output'];
  /** The key within its label. */
  key: Scalars['String']['output'];
  /** The display name: a talk's title, a person's name, a document's title or path. */
  name: Scalars['String']['output'];
};

/** A place in an ingested document that stated a fact. */
export type SourceRef = {
  /** The document's path: the name of the folder it was ingested from, then its path within it (`notes/day1.md`). */
  path: Scalars['String']['output'];
  /** The 1-based line; 0 when the document states it without a line of its own. */
  line: Scalars['Int']['output'];
};

/** A talk, keynote, tutorial, workshop or lightning talk given at one event. */
export type Talk = Node & {
  /** The global id, `Talk:<title-key>@<event-key>`. */
  id: Scalars['ID']['output'];
  /** `<title-key>@<event-key>`. */
  key: Scalars['String']['output'];
  /** The title (same as `title`). */
  name: Scalars['String']['output'];
  /** The title as the main source gives it. */
  title: Scalars['String']['output'];
  /** Other titles of the same talk, e.g. the English title of a Chinese talk. */
  altTitles: Array<Scalars['String']['output']>;
  /** The abstract, when a document gives one. */
  abstract: Maybe<Scalars['String']['output']>;
  /** What the document's author wrote about the talk beyond its abstract (notes, a summary, the text under its heading). */
  notes: Maybe<Scalars['String']['output']>;
  /** A link to the talk's page, slides or recording. */
  url: Maybe<Scalars['String']['output']>;
  /** The day it was given, YYYY-MM-DD. */
  day: Maybe<Scalars['String']['output']>;
  /** The start time, e.g. `11:00`. */
  time: Maybe<Scalars['String']['output']>;
  /** The language of the talk: `en`, `zh` or `mixed`. */
  lang: Maybe<Scalars['String']['output']>;
  /** `talk`, `keynote`, `tutorial`, `workshop` or `lightning`. */
  kind: Maybe<Scalars['String']['output']>;
  /** The people who gave it, by name. */
  speakers: Array<Person>;
  /** Each speaker with the organizations this talk credits them with (empty when it names none). */
  speakerCredits: Array<SpeakerCredit>;
  /** The event it was given at. */
  event: Maybe<Event>;
  /** The projects it mentions, by name. */
  projects: Array<Project>;
  /** What it is about, by name. */
  topics: Array<Topic>;
  /** The documents that describe it, by path: the first `first` of them (`documentCount` says how many there are). */
  documents: Array<Document>;
  /** How many ingested documents state it. */
  documentCount: Scalars['Int']['output'];
  /** Where the documents state it, by path and line; at most `first` (hubs have thousands). */
  sources: Array<SourceRef>;
};


/** A talk, keynote, tutorial, workshop or lightning talk given at one event. */
export type TalkDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A talk, keynote, tutorial, workshop or lightning talk given at one event. */
export type TalkSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A speaker of a talk and the organizations the talk gives for them. */
export type SpeakerCredit = {
  /** The speaker. */
  person: Person;
  /** The organization credited for this talk (the first by name when several); null when none is given. */
  organization: Maybe<Organization>;
  /** Every organization credited for this talk, by name. */
  organizations: Array<Organization>;
};

/** A person: a speaker or a project contributor. */
export type Person = Node & {
  /** The global id, `Person:<key>`. */
  id: Scalars['ID']['output'];
  /** The normalized name. */
  key: Scalars['String']['output'];
  /** The name as written most often. */
  name: Scalars['String']['output'];
  /** Other spellings of the name, e.g. in Chinese characters. */
  aliases: Array<Scalars['String']['output']>;
  /** The corrections (from the corrections file) that merged, renamed or added to it, by id; see `corrections`. */
  corrections: Array<Scalars['String']['output']>;
  /** The talks the person gave, most recent first: the first `first` of them (`talkCount` says how many there are). */
  talks: Array<Talk>;
  /** How many talks there are in all (`talks` returns at most `first` of them). */
  talkCount: Scalars['Int']['output'];
  /** The organizations documents give for the person, by name: the first `first` of them (`organizationCount` says how many there are). */
  organizations: Array<Organization>;
  /** How many organizations there are in all (`organizations` returns at most `first` of them). */
  organizationCount: Scalars['Int']['output'];
  /** The projects the person works on, with the role, by project name. */
  contributions: Array<Contribution>;
  /** How many ingested documents state the person. */
  documentCount: Scalars['Int']['output'];
  /** Where the documents state the person, by path and line; at most `first` (hubs have thousands). */
  sources: Array<SourceRef>;
};


/** A person: a speaker or a project contributor. */
export type PersonTalksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person: a speaker or a project contributor. */
export type PersonOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person: a speaker or a project contributor. */
export type PersonSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A company, foundation or other organization. */
export type Organization = Node & {
  /** The global id, `Organization:<key>`. */
  id: Scalars['ID']['output'];
  /** The key within organizations. */
  key: Scalars['String']['output'];
  /** The name. */
  name: Scalars['String']['output'];
  /** Other names, e.g. the Chinese name or a former name. */
  aliases: Array<Scalars['String']['output']>;
  /** The corrections (from the corrections file) that merged, renamed or added to it, by id; see `corrections`. */
  corrections: Array<Scalars['String']['output']>;
  /** The people documents give this organization for, by name: the first `first` of them (`peopleCount` says how many there are). */
  people: Array<Person>;
  /** How many people there are in all (`people` returns at most `first` of them). */
  peopleCount: Scalars['Int']['output'];
  /** The talks on which a speaker is credited with this organization, most recent first: the first `first` of them (`talkCount` says how many there are). */
  talks: Array<Talk>;
  /** How many talks there are in all (`talks` returns at most `first` of them). */
  talkCount: Scalars['Int']['output'];
  /** The projects this organization is linked to, heaviest link first: the first `first` of them (`projectCount` says how many there are). */
  projects: Array<ProjectOrganizationLink>;
  /** How many linked projects there are in all (`projects` returns at most `first` of them). */
  projectCount: Scalars['Int']['output'];
  /** The projects it is known to steward, by name: the first `first` of them (`maintainsCount` says how many there are). */
  maintains: Array<Project>;
  /** How many projects it is known to steward (`maintains` returns at most `first` of them). */
  maintainsCount: Scalars['Int']['output'];
  /** How many ingested documents state the organization. */
  documentCount: Scalars['Int']['output'];
  /** Where the documents state the organization, by path and line; at most `first` (hubs have thousands). */
  sources: Array<SourceRef>;
};


/** A company, foundation or other organization. */
export type OrganizationPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, foundation or other organization. */
export type OrganizationTalksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, foundation or other organization. */
export type OrganizationProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, foundation or other organization. */
export type OrganizationMaintainsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, foundation or other organization. */
export type OrganizationSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An open-source project. */
export type Project = Node & {
  /** The global id, `Project:<key>`. */
  id: Scalars['ID']['output'];
  /** The key within projects. */
  key: Scalars['String']['output'];
  /** The name. */
  name: Scalars['String']['output'];
  /** Other names, including former names (Fluent Bit Operator for Fluent Operator). */
  aliases: Array<Scalars['String']['output']>;
  /** The corrections (from the corrections file) that merged, renamed or added to it, by id; see `corrections`. */
  corrections: Array<Scalars['String']['output']>;
  /** The project's home page. */
  url: Maybe<Scalars['String']['output']>;
  /** Its category in the CNCF landscape, when known. */
  category: Maybe<Scalars['String']['output']>;
  /** `graduated`, `incubating` or `sandbox` for CNCF projects. */
  maturity: Maybe<Scalars['String']['output']>;
  /** The talks that mention it, most recent first: the first `first` of them (`talkCount` says how many there are). */
  talks: Array<Talk>;
  /** How many talks there are in all (`talks` returns at most `first` of them). */
  talkCount: Scalars['Int']['output'];
  /** The organizations linked to it, heaviest link first: the first `first` of them (`organizationCount` says how many there are). */
  organizations: Array<ProjectOrganizationLink>;
  /** How many linked organizations there are in all (`organizations` returns at most `first` of them). */
  organizationCount: Scalars['Int']['output'];
  /** The organizations known to steward it, by name: the first `first` of them (`maintainerCount` says how many there are). */
  maintainers: Array<Organization>;
  /** How many organizations are known to steward it (`maintainers` returns at most `first` of them). */
  maintainerCount: Scalars['Int']['output'];
  /** The people who work on it, with their role, by name: the first `first` of them (`contributorCount` says how many there are). */
  contributors: Array<Contribution>;
  /** How many people work on it (`contributors` returns at most `first` of them). */
  contributorCount: Scalars['Int']['output'];
  /** How many ingested documents state the project. */
  documentCount: Scalars['Int']['output'];
  /** Where the documents state the project, by path and line; at most `first` (hubs have thousands). */
  sources: Array<SourceRef>;
};


/** An open-source project. */
export type ProjectTalksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An open-source project. */
export type ProjectOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An open-source project. */
export type ProjectMaintainersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An open-source project. */
export type ProjectContributorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An open-source project. */
export type ProjectSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person's work on a project. */
export type Contribution = {
  /** The person. */
  person: Person;
  /** The project. */
  project: Project;
  /** `creator`, `maintainer` or `contributor`; null when not stated. */
  role: Maybe<Scalars['String']['output']>;
};

/**
 * A link between a project and an organization, with the evidence behind it: talks that mention the project given by a
 * speaker credited with the organization, people affiliated with the organization who contribute to the project, and
 * whether the organization maintains it. `weight` = number of talks + number of contributing people + 1 if it maintains.
 */
export type ProjectOrganizationLink = {
  /** The project. */
  project: Project;
  /** The organization. */
  organization: Organization;
  /** How strongly they are linked: talks + contributors + (maintains ? 1 : 0). */
  weight: Scalars['Int']['output'];
  /** The talks behind the link, most recent first: the first `first` of them (`talkCount` says how many there are). */
  talks: Array<Talk>;
  /** How many talks there are in all (`talks` returns at most `first` of them). */
  talkCount: Scalars['Int']['output'];
  /** The people behind the link (speakers of those talks and contributors), by name: the first `first` of them (`peopleCount` says how many there are). */
  people: Array<Person>;
  /** How many people there are in all (`people` returns at most `first` of them). */
  peopleCount: Scalars['Int']['output'];
  /** Whether the organization is known to maintain the project. */
  maintains: Scalars['Boolean']['output'];
};


/**
 * A link between a project and an organization, with the evidence behind it: talks that mention the project given by a
 * speaker credited with the organization, people affiliated with the organization who contribute to the project, and
 * whether the organization maintains it. `weight` = number of talks + number of contributing people + 1 if it maintains.
 */
export type ProjectOrganizationLinkTalksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A link between a project and an organization, with the evidence behind it: talks that mention the project given by a
 * speaker credited with the organization, people affiliated with the organization who contribute to the project, and
 * whether the organization maintains it. `weight` = number of talks + number of contributing people + 1 if it maintains.
 */
export type ProjectOrganizationLinkPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A conference, a co-located day or a meetup. */
export type Event = Node & {
  /** The global id, `Event:<key>`. */
  id: Scalars['ID']['output'];
  /** Name and year, e.g. `kubecon-eu-2022`. */
  key: Scalars['String']['output'];
  /** The name. */
  name: Scalars['String']['output'];
  /** Other names, e.g. the Chinese name. */
  aliases: Array<Scalars['String']['output']>;
  /** The corrections (from the corrections file) that merged, renamed or added to it, by id; see `corrections`. */
  corrections: Array<Scalars['String']['output']>;
  /** The year it took place. */
  year: Maybe<Scalars['Int']['output']>;
  /** The city. */
  city: Maybe<Scalars['String']['output']>;
  /** The first day, YYYY-MM-DD. */
  startDate: Maybe<Scalars['String']['output']>;
  /** The last day, YYYY-MM-DD. */
  endDate: Maybe<Scalars['String']['output']>;
  /** `conference`, `co-located` or `meetup`. */
  kind: Maybe<Scalars['String']['output']>;
  /** The talks given at it, by day and time, then title: the first `first` of them (`talkCount` says how many there are). */
  talks: Array<Talk>;
  /** How many talks there are in all (`talks` returns at most `first` of them). */
  talkCount: Scalars['Int']['output'];
  /** For a co-located day: the main conference it was held with; null otherwise. */
  coLocatedWith: Maybe<Event>;
  /** For a main conference: the co-located days held with it, by name: the first `first` of them (`coLocatedEventCount` says how many there are). */
  coLocatedEvents: Array<Event>;
  /** How many co-located days were held with it (`coLocatedEvents` returns at most `first` of them). */
  coLocatedEventCount: Scalars['Int']['output'];
  /** The documents that describe it, by path: the first `first` of them (`documentCount` says how many there are). */
  documents: Array<Document>;
  /** How many ingested documents state the event. */
  documentCount: Scalars['Int']['output'];
  /** Where the documents state the event, by path and line; at most `first` (hubs have thousands). */
  sources: Array<SourceRef>;
};


/** A conference, a co-located day or a meetup. */
export type EventTalksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A conference, a co-located day or a meetup. */
export type EventCoLocatedEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A conference, a co-located day or a meetup. */
export type EventDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A conference, a co-located day or a meetup. */
export type EventSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A subject of talks, such as GitOps or eBPF. */
export type Topic = Node & {
  /** The global id, `Topic:<key>`. */
  id: Scalars['ID']['output'];
  /** The key within topics. */
  key: Scalars['String']['output'];
  /** The name. */
  name: Scalars['String']['output'];
  /** Other names, e.g. in Chinese. */
  aliases: Array<Scalars['String']['output']>;
  /** The talks about it, most recent first: the first `first` of them (`talkCount` says how many there are). */
  talks: Array<Talk>;
  /** How many talks there are in all (`talks` returns at most `first` of them). */
  talkCount: Scalars['Int']['output'];
  /** How many ingested documents state the topic. */
  documentCount: Scalars['Int']['output'];
  /** Where the documents state the topic, by path and line; at most `first` (hubs have thousands). */
  sources: Array<SourceRef>;
};


/** A subject of talks, such as GitOps or eBPF. */
export type TopicTalksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A subject of talks, such as GitOps or eBPF. */
export type TopicSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An ingested markdown document. */
export type Document = Node & {
  /** The global id, `Document:<path>`. */
  id: Scalars['ID']['output'];
  /** The path: the name of the folder it was ingested from, then its path within it (`notes/day1.md`). */
  key: Scalars['String']['output'];
  /** The title, or the path when it has none. */
  name: Scalars['String']['output'];
  /** The name of the folder it was ingested from, then its path within it (`notes/day1.md`); never where the folder is on the machine that ingested it. */
  path: Scalars['String']['output'];
  /** The title from front matter or the first heading. */
  title: Maybe<Scalars['String']['output']>;
  /** The SHA-256 of the content when it was ingested, hex. */
  sha256: Maybe<Scalars['String']['output']>;
  /** The language: `en`, `zh` or `mixed`. */
  lang: Maybe<Scalars['String']['output']>;
  /** When it was last ingested, ISO 8601. */
  ingestedAt: Maybe<Scalars['String']['output']>;
  /** The corrections that changed what this document asserts, removals included, by id. */
  corrections: Array<Scalars['String']['output']>;
  /** The talks it describes, most recent first: the first `first` of them (`talkCount` says how many there are). */
  talks: Array<Talk>;
  /** How many talks there are in all (`talks` returns at most `first` of them). */
  talkCount: Scalars['Int']['output'];
  /** The events it describes, by name: the first `first` of them (`eventCount` says how many there are). */
  events: Array<Event>;
  /** How many events it describes (`events` returns at most `first` of them). */
  eventCount: Scalars['Int']['output'];
};


/** An ingested markdown document. */
export type DocumentTalksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An ingested markdown document. */
export type DocumentEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One full-text search hit. */
export type SearchHit = {
  /** The entity found. */
  node: Node;
  /** Its label. */
  label: NodeLabel;
  /** Relevance in (0, 1]: the best hit scores 1. */
  score: Scalars['Float']['output'];
  /** How it matches the text; hits come in this order. */
  match: SearchMatch;
};

/** How a search hit matches the text, best first. */
export type SearchMatch =
  /** Its key, name or one of its aliases (or a talk's alternative titles) is the text, in any case. */
  | 'EXACT'
  /** Its name or an alias starts with the text. */
  | 'PREFIX'
  /** Full-text only: words of the text in its name, aliases or abstract. */
  | 'TEXT';

/** Where a page of a list ends and whether there is more. */
export type PageInfo = {
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
  /** The cursor of the last item of this page; pass it as `after` for the next page. Null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
};

/** A page of talks. */
export type TalkConnection = {
  /** The talks of this page with their cursors. */
  edges: Array<TalkEdge>;
  /** The talks of this page. */
  nodes: Array<Talk>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many talks the filter selects, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A talk in a page. */
export type TalkEdge = {
  /** Its position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The talk. */
  node: Talk;
};

/** A page of people. */
export type PersonConnection = {
  /** The people of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** The people of this page. */
  nodes: Array<Person>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many people the filter selects, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person in a page. */
export type PersonEdge = {
  /** Its position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** A page of organizations. */
export type OrganizationConnection = {
  /** The organizations of this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** The organizations of this page. */
  nodes: Array<Organization>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many organizations the filter selects, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organization in a page. */
export type OrganizationEdge = {
  /** Its position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** A page of projects. */
export type ProjectConnection = {
  /** The projects of this page with their cursors. */
  edges: Array<ProjectEdge>;
  /** The projects of this page. */
  nodes: Array<Project>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many projects the filter selects, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A project in a page. */
export type ProjectEdge = {
  /** Its position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: Project;
};

/** A page of events. */
export type EventConnection = {
  /** The events of this page with their cursors. */
  edges: Array<EventEdge>;
  /** The events of this page. */
  nodes: Array<Event>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many events the filter selects, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An event in a page. */
export type EventEdge = {
  /** Its position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Nodes and edges ready to draw (Cytoscape elements map one to one). */
export type Subgraph = {
  /** The entities, center first. */
  nodes: Array<GraphNode>;
  /** The relationships between the returned entities. */
  edges: Array<GraphEdge>;
  /** Whether entities within reach were left out because of `limit`. */
  truncated: Scalars['Boolean']['output'];
};

/** An entity as the explorer draws it. */
export type GraphNode = {
  /** The global id. */
  id: Scalars['ID']['output'];
  /** Its label: decides color and shape. */
  label: NodeLabel;
  /** The display name. */
  name: Scalars['String']['output'];
  /**
   * How many relationships it has to entities of the labels asked for (all labels but Document by default): how much
   * more there is to expand.
   */
  degree: Scalars['Int']['output'];
  /** Hops from the center (neighborhood) or from the start (path). */
  distance: Scalars['Int']['output'];
  /** The entity itself, for details. */
  node: Node;
};

/** A relationship as the explorer draws it. */
export type GraphEdge = {
  /** Stable across reloads: `source|TYPE|target`. */
  id: Scalars['ID']['output'];
  /** The relationship type. */
  type: RelationshipType;
  /** The global id of the start entity. */
  source: Scalars['ID']['output'];
  /** The global id of the end entity. */
  target: Scalars['ID']['output'];
};

/** One shortest path: entities and relationships in order from `fromId` to `toId`. */
export type GraphPath = {
  /** The number of hops. */
  length: Scalars['Int']['output'];
  /** The global ids of the entities along the path, in order. */
  nodeIds: Array<Scalars['ID']['output']>;
  /** The ids of the edges along the path, in order (see `GraphEdge.id`). */
  edgeIds: Array<Scalars['ID']['output']>;
};

/** The shortest paths between two entities, and every node and edge on them (deduplicated), ready to draw. */
export type PathResult = {
  /** The length of the shortest paths; null when there is none within `maxLength`. */
  length: Maybe<Scalars['Int']['output']>;
  /** The paths, each as ids in order. */
  paths: Array<GraphPath>;
  /** Every entity on some path. */
  nodes: Array<GraphNode>;
  /** Every relationship on some path. */
  edges: Array<GraphEdge>;
};

/** A talk related to another, with why. */
export type RelatedTalk = {
  /** The related talk. */
  talk: Talk;
  /** The sum of the reasons' weights; higher is closer. */
  score: Scalars['Float']['output'];
  /** Why it is related, heaviest first. */
  reasons: Array<RelatedReason>;
};

/**
 * What makes two talks related. A shared entity linked to n of all N talks (for an organization: n of all N people)
 * weighs the kind's full weight times ln(N/n) / ln(N/2), the full weight when n is 2.
 */
export type RelatedReasonKind =
  /** They share speakers (weight up to 3 each). */
  | 'SHARED_SPEAKER'
  /** They mention the same projects (weight up to 2 each). */
  | 'SHARED_PROJECT'
  /** They are about the same topics (weight up to 1.5 each). */
  | 'SHARED_TOPIC'
  /** Their speakers are credited with the same organizations (weight up to 1 each). */
  | 'SHARED_ORGANIZATION'
  /** They were given at the same event (weight up to 0.5). */
  | 'SAME_EVENT'
  /** They were given at a conference and a day co-located with it (weight up to 0.25). */
  | 'CO_LOCATED_EVENT'
  /** Their titles and abstracts are alike by full-text score (weight up to 1). */
  | 'SIMILAR_TEXT';

/** One reason two talks are related. */
export type RelatedReason = {
  /** What they share. */
  kind: RelatedReasonKind;
  /** What this reason adds to the score. */
  weight: Scalars['Float']['output'];
  /** The shared entities (speakers, projects, topics, organizations, the event), the rarest first; empty for SIMILAR_TEXT. */
  entities: Array<Node>;
  /** For SIMILAR_TEXT: the words both titles contain; empty otherwise. */
  terms: Array<Scalars['String']['output']>;
  /** The reason in words, e.g. `Both mention Fluent Bit, Fluentd`. */
  description: Scalars['String']['output'];
};

/** How much the graph holds. */
export type Stats = {
  /** The number of talks. */
  talks: Scalars['Int']['output'];
  /** The number of people. */
  people: Scalars['Int']['output'];
  /** The number of organizations. */
  organizations: Scalars['Int']['output'];
  /** The number of projects. */
  projects: Scalars['Int']['output'];
  /** The number of events. */
  events: Scalars['Int']['output'];
  /** The number of topics. */
  topics: Scalars['Int']['output'];
  /** The number of ingested documents. */
  documents: Scalars['Int']['output'];
  /** The number of relationships of every type. */
  relationships: Scalars['Int']['output'];
  /** Entities per label, every label listed. */
  byLabel: Array<LabelCount>;
  /** Relationships per type, every type listed. */
  byRelationshipType: Array<RelationshipCount>;
};

/** How many entities have one label. */
export type LabelCount = {
  /** The label. */
  label: NodeLabel;
  /** How many. */
  count: Scalars['Int']['output'];
};

/** How many relationships have one type. */
export type RelationshipCount = {
  /** The type. */
  type: RelationshipType;
  /** How many. */
  count: Scalars['Int']['output'];
};

/** Writes, off unless the server was started with `--allow-corrections` (`talkgraph serve`, `talkgraph start`). */
export type Mutation = {
  /**
   * Adds a correction to the corrections file and ingests the corpus again, so the graph shows it at once. A correction
   * the file cannot hold (a field missing, two names merged that a not-same keeps apart) is BAD_USER_INPUT and the file
   * is left as it was; without `--allow-corrections` every call is FORBIDDEN.
   */
  addCorrection: CorrectionResult;
};


/** Writes, off unless the server was started with `--allow-corrections` (`talkgraph serve`, `talkgraph start`). */
export type MutationAddCorrectionArgs = {
  correction: CorrectionInput;
};

/** What a correction does; each kind needs the fields its description names. */
export type CorrectionKind =
  /** `label`, `name` (the name to keep) and `names` are one entity. */
  | 'SAME_AS'
  /** The two `names` of `label` are two entities. */
  | 'NOT_SAME'
  /** The entity of `label` named `name` is shown as `to`. */
  | 'RENAME'
  /** `speaker` gave `talk` (for `organization`, if given). */
  | 'ADD_SPEAKER'
  /** `speaker` did not give `talk`. */
  | 'REMOVE_SPEAKER'
  /** `speaker` gave `talk` for `organization`. */
  | 'SET_ORGANIZATION'
  /** `talk` (its id, key or title), or whatever talk `document` states on `line`, is no talk. */
  | 'NOT_A_TALK'
  /** The project or organization `name` is also called `aliases`. */
  | 'ALIASES';

/** The entities a correction can merge, keep apart or rename. */
export type CorrectedLabel =
  /** A speaker. */
  | 'Person'
  /** A company, foundation or university. */
  | 'Organization'
  /** An open source project. */
  | 'Project'
  /** A conference, co-located day or meetup. */
  | 'Event';

/** One correction; which fields it needs depends on `kind` (see CorrectionKind). */
export type CorrectionInput = {
  /** What the correction does. */
  kind: CorrectionKind;
  /** The kind of entity (SAME_AS, NOT_SAME, RENAME, ALIASES). */
  label?: InputMaybe<CorrectedLabel>;
  /** The entity's name: the one to keep (SAME_AS), the current one (RENAME), the one with more names (ALIASES). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The other names (SAME_AS), or the two names kept apart (NOT_SAME). */
  names?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The new display name (RENAME). */
  to?: InputMaybe<Scalars['String']['input']>;
  /** A talk by id, key or title (credits, NOT_A_TALK). */
  talk?: InputMaybe<Scalars['String']['input']>;
  /** A speaker's name (credits). */
  speaker?: InputMaybe<Scalars['String']['input']>;
  /** An organization's name (ADD_SPEAKER, SET_ORGANIZATION). */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** A document's path, relative to the corrections file's folder (NOT_A_TALK by place). */
  document?: InputMaybe<Scalars['String']['input']>;
  /** A line of `document` (NOT_A_TALK by place). */
  line?: InputMaybe<Scalars['Int']['input']>;
  /** More names of a project or organization (ALIASES). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A correction of the corrections file. */
export type CorrectionInForce = {
  /** How the graph names the correction (the `corrections` property of what it changed). */
  id: Scalars['String']['output'];
  /** The corrections file it is written in, when the server knows it. */
  file: Maybe<Scalars['String']['output']>;
  /** Its line in that file. */
  line: Maybe<Scalars['Int']['output']>;
  /** How many documents it changed. */
  documents: Scalars['Int']['output'];
};

/** What addCorrection did. */
export type CorrectionResult = {
  /** The correction as the file now holds it. */
  correction: CorrectionInForce;
  /** Documents ingested again to apply it. */
  written: Scalars['Int']['output'];
  /** Problems the ingest reported, as `path:line: severity: reason`. */
  messages: Array<Scalars['String']['output']>;
};

/** Two entities that are likely one. */
export type MergeSuggestion = {
  /** Whether they are people or organizations. */
  label: CorrectedLabel;
  /** The one whose name to keep: more documents name it. */
  keep: Node;
  /** The one to merge into it. */
  merge: Node;
  /** How likely: the sum of the evidence's weights. */
  score: Scalars['Float']['output'];
  /** Why: a transliteration, the same organization, events or projects, ... */
  evidence: Array<Scalars['String']['output']>;
};
