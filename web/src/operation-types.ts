// Generated from schema.graphql by `npm run codegen` (api/codegen.ts): do not edit.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
  event?: string | number | null | undefined;
  /** Talks given at an event of this year. */
  year?: number | null | undefined;
  /** Talks on which at least one speaker is credited with this organization. */
  organization?: string | number | null | undefined;
  /** Talks that mention this project. */
  project?: string | number | null | undefined;
  /** Talks given by this person. */
  speaker?: string | number | null | undefined;
  /** Talks about this topic. */
  topic?: string | number | null | undefined;
  /** Full-text search over the listed entities' names, titles, aliases and abstracts (English and Chinese). */
  text?: string | null | undefined;
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
  label?: CorrectedLabel | null | undefined;
  /** The entity's name: the one to keep (SAME_AS), the current one (RENAME), the one with more names (ALIASES). */
  name?: string | null | undefined;
  /** The other names (SAME_AS), or the two names kept apart (NOT_SAME). */
  names?: Array<string> | null | undefined;
  /** The new display name (RENAME). */
  to?: string | null | undefined;
  /** A talk by id, key or title (credits, NOT_A_TALK). */
  talk?: string | null | undefined;
  /** A speaker's name (credits). */
  speaker?: string | null | undefined;
  /** An organization's name (ADD_SPEAKER, SET_ORGANIZATION). */
  organization?: string | null | undefined;
  /** A document's path, relative to the corrections file's folder (NOT_A_TALK by place). */
  document?: string | null | undefined;
  /** A line of `document` (NOT_A_TALK by place). */
  line?: number | null | undefined;
  /** More names of a project or organization (ALIASES). */
  aliases?: Array<string> | null | undefined;
};

export type AddCorrectionMutationVariables = Exact<{
  correction: CorrectionInput;
}>;


export type AddCorrectionMutation = { addCorrection: { written: number, messages: Array<string>, correction: { id: string, file: string | null, line: number | null, documents: number } } };

export type CorrectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CorrectionsQuery = { corrections: Array<{ id: string, file: string | null, line: number | null, documents: number }> };

export type ExplorerDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerDetailsQuery = { node:
    | { __typename: 'Talk', title: string, altTitles: Array<string>, abstract: string | null, url: string | null, day: string | null, time: string | null, kind: string | null, id: string, name: string, event: { id: string, name: string } | null, speakerCredits: Array<{ person: { id: string, name: string }, organizations: Array<{ id: string, name: string }> }>, projects: Array<{ id: string, name: string }>, topics: Array<{ id: string, name: string }>, sources: Array<{ path: string, line: number }> }
    | { __typename: 'Person', aliases: Array<string>, id: string, name: string, organizations: Array<{ id: string, name: string }>, talks: Array<{ id: string, name: string, event: { id: string, name: string, year: number | null } | null }>, contributions: Array<{ role: string | null, project: { id: string, name: string } }>, sources: Array<{ path: string, line: number }> }
    | { __typename: 'Organization', aliases: Array<string>, id: string, name: string, people: Array<{ id: string, name: string }>, talks: Array<{ id: string, name: string, event: { id: string, name: string, year: number | null } | null }>, projectLinks: Array<{ weight: number, project: { id: string, name: string } }>, maintains: Array<{ id: string, name: string }>, sources: Array<{ path: string, line: number }> }
    | { __typename: 'Project', aliases: Array<string>, url: string | null, category: string | null, maturity: string | null, id: string, name: string, talks: Array<{ id: string, name: string, event: { id: string, name: string, year: number | null } | null }>, organizationLinks: Array<{ weight: number, organization: { id: string, name: string } }>, maintainers: Array<{ id: string, name: string }>, contributors: Array<{ role: string | null, person: { id: string, name: string } }>, sources: Array<{ path: string, line: number }> }
    | { __typename: 'Event', aliases: Array<string>, year: number | null, city: string | null, startDate: string | null, endDate: string | null, kind: string | null, id: string, name: string, talks: Array<{ id: string, name: string }>, coLocatedWith: { id: string, name: string } | null, coLocatedEvents: Array<{ id: string, name: string }>, sources: Array<{ path: string, line: number }> }
    | { __typename: 'Topic', aliases: Array<string>, id: string, name: string, talks: Array<{ id: string, name: string, event: { id: string, name: string, year: number | null } | null }>, sources: Array<{ path: string, line: number }> }
    | { __typename: 'Document', path: string, lang: string | null, ingestedAt: string | null, id: string, name: string, documentTitle: string | null, talks: Array<{ id: string, name: string }>, events: Array<{ id: string, name: string }> }
   | null };

export type ExplorerEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerEventsQuery = { events: { nodes: Array<{ id: string, name: string, year: number | null }> } };

export type ExplorerLinkEvidenceQueryVariables = Exact<{
  filter?: Filter | null | undefined;
}>;


export type ExplorerLinkEvidenceQuery = { projectOrganizationLinks: Array<{ talks: Array<{ id: string, name: string }>, people: Array<{ id: string, name: string }> }> };

export type MergeSuggestionsQueryVariables = Exact<{
  first: number;
}>;


export type MergeSuggestionsQuery = { mergeSuggestions: Array<{ label: CorrectedLabel, score: number, evidence: Array<string>, keep:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , merge:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type ExplorerGraphNodeFragment = { id: string, label: NodeLabel, name: string, degree: number, node:
    | { event: { id: string, year: number | null } | null }
    | { year: number | null }
    | Record<PropertyKey, never>
   };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<NodeLabel> | NodeLabel | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, label: NodeLabel, name: string, degree: number, node:
        | { event: { id: string, year: number | null } | null }
        | { year: number | null }
        | Record<PropertyKey, never>
       }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string }> } };

export type ExplorerPathQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  maxLength?: number | null | undefined;
}>;


export type ExplorerPathQuery = { path: { length: number | null, paths: Array<{ nodeIds: Array<string>, edgeIds: Array<string> }>, nodes: Array<{ id: string, label: NodeLabel, name: string, degree: number, node:
        | { event: { id: string, year: number | null } | null }
        | { year: number | null }
        | Record<PropertyKey, never>
       }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string }> } };

export type ExplorerLinksQueryVariables = Exact<{
  filter?: Filter | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerLinksQuery = { projectOrganizationLinks: Array<{ weight: number, maintains: boolean, talkCount: number, peopleCount: number, project: { id: string, name: string }, organization: { id: string, name: string } }> };

export type ExplorerRelatedTalksQueryVariables = Exact<{
  talkId: string | number;
  first?: number | null | undefined;
}>;


export type ExplorerRelatedTalksQuery = { relatedTalks: Array<{ score: number, talk: { id: string, name: string, event: { name: string } | null }, reasons: Array<{ kind: RelatedReasonKind, description: string }> }> };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  types?: Array<NodeLabel> | NodeLabel | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ label: NodeLabel, score: number, node:
      | { id: string, name: string, event: { name: string } | null }
      | { id: string, name: string, organizations: Array<{ name: string }> }
      | { id: string, name: string }
      | { category: string | null, id: string, name: string }
      | { year: number | null, city: string | null, id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type ExplorerStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStatsQuery = { stats: { byLabel: Array<{ label: NodeLabel, count: number }> } };
