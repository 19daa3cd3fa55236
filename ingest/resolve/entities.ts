// What the gazetteer and the keys say about a name, worked out once per name: the same organizations, projects,
// people and topics come back in document after document.
import { projectByName, resolveOrganization } from '../gazetteer';
import { HAN, clean } from '../extract/text';
import { memoize } from '../memo';
import { nodeId, type PropertyValue } from '../../graph/model';
import { organizationKey, personKey, projectKey, topicKey } from './keys';

export interface OrganizationEntity {
  id: string;
  key: string;
  name: string;
  /** The node's aliases: the gazetteer's, and for a credit the spelling it used. Copied into each node. */
  aliases: readonly string[];
}

export interface ProjectEntity {
  /** Whether the gazetteer knows the project; else the name is the text's. */
  known: boolean;
  id: string;
  key: string;
  name: string;
  /** The gazetteer's aliases, before the spellings of a document are added. */
  aliases: readonly string[];
  url: PropertyValue;
  category: PropertyValue;
  maturity: PropertyValue;
  /** The organizations the gazetteer says maintain it. */
  maintainers: readonly OrganizationEntity[];
  /** The key an organization of the name the text used would have: a credited company of that name is no project. */
  companyKey: string;
}

export interface PersonEntity {
  id: string;
  key: string;
  /** The name as the node shows it, and as the document wrote it (cleaned). */
  name: string;
  written: string;
}

export interface TopicEntity {
  id: string;
  key: string;
}

function organizationEntity(name: string, aliases: readonly string[]): OrganizationEntity {
  const key = organizationKey(name);
  return { id: nodeId('Organization', key), key, name, aliases };
}

/** The organization a speaker's credit names, with the credit's own spelling among its aliases. */
export const creditedOrganization = memoize((written: string): OrganizationEntity => {
  const org = resolveOrganization(written);
  return organizationEntity(org.name, [...new Set([...org.aliases, clean(written)])].filter((alias) => alias !== org.name));
});

/** An organization the gazetteer names, as it names it. */
const knownOrganization = memoize((name: string): OrganizationEntity => {
  const org = resolveOrganization(name);
  return organizationEntity(org.name, org.aliases);
});

/** A project by the name a mention or a table gives it: the gazetteer's facts when it knows the project. */
export const projectEntity = memoize((name: string): ProjectEntity => {
  const entry = projectByName(name);
  const canonical = entry?.name ?? name;
  const key = projectKey(canonical);
  return {
    known: entry !== undefined,
    id: nodeId('Project', key),
    key,
    name: canonical,
    aliases: entry?.aliases ?? [],
    url: entry?.url ?? null,
    category: entry?.category ?? null,
    maturity: entry?.maturity ?? null,
    maintainers: (entry?.organizations ?? []).map(knownOrganization),
    companyKey: organizationKey(name),
  };
});

/** A speaker by the name a credit gives. */
export const personEntity = memoize((written: string): PersonEntity => {
  const name = displayName(written);
  const key = personKey(name);
  return { id: nodeId('Person', key), key, name, written: clean(written) };
});

export const topicEntity = memoize((name: string): TopicEntity => {
  const key = topicKey(name);
  return { id: nodeId('Topic', key), key };
});

/** A name as people write it: lower-case names ("tamao nakahara") get capitals; Han names stay. */
function displayName(name: string): string {
  const text = clean(name);
  if (HAN.test(text) || /\p{Lu}/u.test(text)) return text;
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());
}
