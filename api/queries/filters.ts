// The list filters: which talks they select, and how each listed label reaches those talks.
import type { NodeLabel } from '../../graph/model';
import { badUserInput } from '../errors';
import type { Filter } from '../schema-types';
import { checkSearchText } from './fulltext';

/** The filter as the schema's `Filter` input gives it. */
export type FilterInput = Filter;

/** The filter with entity references as global ids and blank values dropped. */
export interface ListFilter {
  event?: string;
  year?: number;
  organization?: string;
  project?: string;
  speaker?: string;
  topic?: string;
  text?: string;
}

/** The filter fields that name an entity, and its label. */
export const REFERENCE_LABELS = {
  event: 'Event',
  organization: 'Organization',
  project: 'Project',
  speaker: 'Person',
  topic: 'Topic',
} as const satisfies Partial<Record<keyof ListFilter, NodeLabel>>;

/** Accepts `Label:key` or a bare key for each entity reference; a global id of another label is a user error. */
export function normalizeFilter(input: FilterInput | null | undefined): ListFilter {
  const filter: ListFilter = {};
  if (!input) return filter;
  for (const [field, label] of Object.entries(REFERENCE_LABELS) as [keyof typeof REFERENCE_LABELS, NodeLabel][]) {
    const value = input[field]?.trim();
    if (!value) continue;
    const prefix = /^([A-Z][A-Za-z]+):/.exec(value)?.[1];
    if (prefix !== undefined && prefix !== label && /^(Talk|Person|Organization|Project|Event|Topic|Document)$/.test(prefix)) {
      throw badUserInput(`filter.${field} takes a ${label} id or key, not "${value}".`, `filter.${field}`);
    }
    filter[field] = prefix === label ? value : `${label}:${value}`;
  }
  if (input.year !== null && input.year !== undefined) {
    if (input.year < 1900 || input.year > 2200) throw badUserInput(`filter.year must be a year such as 2022, not ${input.year}.`, 'filter.year');
    filter.year = input.year;
  }
  const text = input.text === null || input.text === undefined ? undefined : checkSearchText(input.text, 'filter.text').trim();
  if (text) filter.text = text;
  return filter;
}

/** Whether any filter other than `text` is set: then the list is restricted to entities linked to selected talks. */
export function selectsTalks(filter: ListFilter): boolean {
  return Object.keys(REFERENCE_LABELS).some((field) => filter[field as keyof ListFilter] !== undefined) || filter.year !== undefined;
}

/** Cypher predicates on the talk bound to `t`, with the parameters they use. */
export function talkConditions(t: string, filter: ListFilter): { conditions: string[]; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.event !== undefined) {
    conditions.push(`EXISTS { MATCH (${t})-[:PART_OF]->(:Event {id: $filterEvent}) }`);
    params.filterEvent = filter.event;
  }
  if (filter.year !== undefined) {
    conditions.push(`(EXISTS { MATCH (${t})-[:PART_OF]->(yearEvent:Event) WHERE yearEvent.year = $filterYear } OR ${t}.day STARTS WITH $filterYearText)`);
    params.filterYear = filter.year;
    params.filterYearText = `${filter.year}-`;
  }
  if (filter.organization !== undefined) {
    conditions.push(
      `EXISTS { MATCH (${t})<-[:PRESENTED]-(:Person)-[credit:AFFILIATED_WITH]->(:Organization {id: $filterOrganization}) WHERE ${t}.id IN credit.talks }`,
    );
    params.filterOrganization = filter.organization;
  }
  if (filter.project !== undefined) {
    conditions.push(`EXISTS { MATCH (${t})-[:MENTIONS]->(:Project {id: $filterProject}) }`);
    params.filterProject = filter.project;
  }
  if (filter.speaker !== undefined) {
    conditions.push(`EXISTS { MATCH (${t})<-[:PRESENTED]-(:Person {id: $filterSpeaker}) }`);
    params.filterSpeaker = filter.speaker;
  }
  if (filter.topic !== undefined) {
    conditions.push(`EXISTS { MATCH (${t})-[:ABOUT]->(:Topic {id: $filterTopic}) }`);
    params.filterTopic = filter.topic;
  }
  return { conditions, params };
}

/**
 * Where a reference filter's talks `t` are reached from its entity (one index seek), most selective kind first: a
 * speaker gave a few talks, a topic has thousands.
 */
const TALK_ANCHORS: { field: keyof typeof REFERENCE_LABELS; pattern: (t: string) => string; where?: (t: string) => string }[] = [
  { field: 'speaker', pattern: (t) => `(:Person {id: $filterSpeaker})-[:PRESENTED]->(${t})` },
  { field: 'event', pattern: (t) => `(:Event {id: $filterEvent})<-[:PART_OF]-(${t})` },
  {
    field: 'organization',
    pattern: (t) => `(:Organization {id: $filterOrganization})<-[anchorCredit:AFFILIATED_WITH]-()-[:PRESENTED]->(${t})`,
    where: (t) => `${t}.id IN anchorCredit.talks`,
  },
  { field: 'project', pattern: (t) => `(:Project {id: $filterProject})<-[:MENTIONS]-(${t})` },
  { field: 'topic', pattern: (t) => `(:Topic {id: $filterTopic})<-[:ABOUT]-(${t})` },
];

/**
 * The talks `t` the filter selects, as `MATCH … WITH DISTINCT t` starting from the entity of its most selective
 * reference filter instead of testing every talk; undefined when it has none (only `year` or `text`).
 */
export function selectedTalks(t: string, filter: ListFilter): { cypher: string; params: Record<string, unknown> } | undefined {
  const anchor = TALK_ANCHORS.find((a) => filter[a.field] !== undefined);
  if (!anchor) return undefined;
  const { conditions, params } = talkConditions(t, { ...filter, [anchor.field]: undefined });
  const where = [...(anchor.where ? [anchor.where(t)] : []), ...conditions];
  const cypher = [`MATCH ${anchor.pattern(t)}`, ...(where.length > 0 ? [`WHERE ${where.join('\n  AND ')}`] : []), `WITH DISTINCT ${t}`].join('\n');
  return { cypher, params: { ...params, ...talkConditions(t, { [anchor.field]: filter[anchor.field] }).params } };
}

export type ListLabel = 'Talk' | 'Person' | 'Organization' | 'Project' | 'Event';

/** How an entity `n` of each listed label reaches a talk `t` it is linked to. */
const TALK_REACH: Record<Exclude<ListLabel, 'Talk'>, { pattern: string; where?: string }> = {
  Person: { pattern: '(n)-[:PRESENTED]->(t:Talk)' },
  Organization: { pattern: '(n)<-[reach:AFFILIATED_WITH]-(:Person)-[:PRESENTED]->(t:Talk)', where: 't.id IN reach.talks' },
  Project: { pattern: '(t:Talk)-[:MENTIONS]->(n)' },
  Event: { pattern: '(t:Talk)-[:PART_OF]->(n)' },
};

/** Predicates on the listed entity `n` for the talk-selecting filters. */
export function listConditions(label: ListLabel, filter: ListFilter): { conditions: string[]; params: Record<string, unknown> } {
  if (label === 'Talk') return talkConditions('n', filter);
  if (!selectsTalks(filter)) return { conditions: [], params: {} };
  const { conditions, params } = talkConditions('t', filter);
  const reach = TALK_REACH[label];
  const where = [...(reach.where ? [reach.where] : []), ...conditions].join(' AND ');
  return { conditions: [`EXISTS { MATCH ${reach.pattern} WHERE ${where} }`], params };
}
