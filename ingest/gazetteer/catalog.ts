// Loads the gazetteer's data files once and builds every lookup structure the API uses.
import { readFileSync } from 'node:fs';
import { normalizeKey } from './normalize';
import { PhraseIndex } from './phrases';
import { legalKeys } from './suffixes';
import type { CuratedOrganization, CuratedProject, CuratedTopic, LandscapeFile, Organization, Project, Topic } from './types';

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as T;
}

/** What a name in a text may be: one spelling of a project or an organization. */
export interface Spelling {
  kind: 'project' | 'organization';
  name: string;
  /** The spelling as the data writes it ("SandStone", "kind"). */
  spelling: string;
  /** An ordinary word: in prose it names the project only with context. */
  ambiguous: boolean;
}

export interface TopicSpelling {
  name: string;
}

export interface Catalog {
  projects: Map<string, Project>;
  /** Every spelling's key to the project it names. */
  projectKeys: Map<string, Project>;
  /** "org/repo" and GitHub handles (lower case) to a project. */
  repositories: Map<string, Project>;
  organizations: Map<string, Organization>;
  organizationKeys: Map<string, Organization>;
  placeholders: Set<string>;
  topics: Map<string, Topic>;
  /** Projects and, as blockers, organizations ("Volcano Engine" is not Volcano). */
  names: PhraseIndex<Spelling>;
  organizationNames: PhraseIndex<Organization>;
  topicNames: PhraseIndex<TopicSpelling>;
}

// Names shorter than this are too likely to be something else in running text; they still resolve by name.
const MIN_MATCH_KEY = 3;

export function buildCatalog(): Catalog {
  const landscape = readData<LandscapeFile>('projects.landscape.json');
  const curated = readData<{ projects: CuratedProject[] }>('projects.curated.json').projects;
  const organizationData = readData<{ organizations: CuratedOrganization[]; placeholders: string[] }>('organizations.json');
  const topicData = readData<{ topics: CuratedTopic[] }>('topics.json').topics;

  const organizations = new Map<string, Organization>();
  const organizationKeys = new Map<string, Organization>();
  const foundations = new Set<string>();
  for (const entry of organizationData.organizations) {
    const organization: Organization = {
      name: entry.name,
      aliases: [...(entry.aliases ?? []), ...(entry.zh ?? [])],
      key: normalizeKey(entry.name),
      known: true,
      parent: entry.parent ?? null,
    };
    if (entry.kind === 'foundation') foundations.add(organization.key);
    organizations.set(organization.key, organization);
  }
  // Names first, then aliases, so an alias never takes a key that is some organization's own name.
  const claim = (organization: Organization): void => {
    for (const spelling of [organization.name, ...organization.aliases]) {
      for (const key of [normalizeKey(spelling), ...legalKeys(spelling)]) if (key && !organizationKeys.has(key)) organizationKeys.set(key, organization);
    }
  };
  for (const organization of organizations.values()) organizationKeys.set(organization.key, organization);
  for (const organization of organizations.values()) claim(organization);
  // Landscape members the curated list does not know under any spelling ("Ant Financial" is Ant Group's).
  for (const member of landscape.organizations) {
    const key = normalizeKey(member.name);
    if (organizationKeys.has(key) || legalKeys(member.name).some((legal) => organizationKeys.has(legal))) continue;
    const organization: Organization = { name: member.name, aliases: [], key, known: true, parent: null };
    organizations.set(key, organization);
    claim(organization);
  }
  const canonicalOrganization = (name: string): string => organizationKeys.get(normalizeKey(name))?.name ?? name;

  // Landscape entries first, then the curated ones merged over them.
  const projects = new Map<string, Project>();
  const ambiguousKeys = new Map<string, Set<string>>();
  const landscapeByKey = new Map<string, Project>();
  for (const entry of landscape.projects) {
    const organization = entry.organization ? canonicalOrganization(entry.organization) : null;
    const isFoundation = organization !== null && foundations.has(normalizeKey(organization));
    const project: Project = {
      name: entry.name,
      aliases: entry.aliases,
      url: entry.url,
      maturity: entry.maturity,
      category: entry.category,
      organizations: organization && !isFoundation ? [organization] : [],
      foundation: isFoundation ? organization : null,
      partOf: null,
      key: normalizeKey(entry.name),
    };
    projects.set(project.key, project);
    landscapeByKey.set(project.key, project);
    ambiguousKeys.set(project.key, new Set(entry.ambiguous.map(normalizeKey)));
  }
  const repositories = new Map<string, Project>();
  for (const entry of landscape.projects) {
    const project = projects.get(normalizeKey(entry.name));
    if (!project) continue;
    for (const repo of entry.repos) if (!repositories.has(repo)) repositories.set(repo, project);
  }
  const curatedKeys = new Set<string>();
  for (const entry of curated) {
    const spellings = [entry.name, ...(entry.aliases ?? []), ...(entry.formerNames ?? []), ...(entry.zh ?? [])];
    const base = spellings.map(normalizeKey).map((key) => landscapeByKey.get(key)).find((found) => found !== undefined);
    if (base) projects.delete(base.key);
    const key = normalizeKey(entry.name);
    const aliases = [...new Set([...(base && base.name !== entry.name ? [base.name] : []), ...spellings.slice(1), ...(base?.aliases ?? [])])];
    const project: Project = {
      name: entry.name,
      aliases,
      url: entry.url ?? base?.url ?? null,
      maturity: entry.maturity !== undefined ? entry.maturity : base?.maturity ?? null,
      category: entry.category ?? base?.category ?? null,
      organizations: entry.organizations ? entry.organizations.map(canonicalOrganization) : base?.organizations ?? [],
      foundation: base?.foundation ?? null,
      partOf: entry.partOf ?? null,
      key,
    };
    projects.set(key, project);
    curatedKeys.add(key);
    if (base) for (const [repo, owner] of repositories) if (owner === base) repositories.set(repo, project);
    ambiguousKeys.set(key, new Set(entry.ambiguous ? entry.ambiguous.map(normalizeKey) : ambiguousKeys.get(base?.key ?? '') ?? []));
  }

  const topics = new Map<string, Topic>();
  const topicNames = new PhraseIndex<TopicSpelling>();
  for (const entry of topicData) {
    const topic: Topic = { name: entry.name, aliases: [...(entry.aliases ?? []), ...(entry.zh ?? [])], key: normalizeKey(entry.name) };
    topics.set(topic.key, topic);
    const spelling: TopicSpelling = { name: topic.name };
    for (const alias of [topic.name, ...topic.aliases]) topicNames.add(normalizeKey(alias), spelling);
  }
  const topicKeys = new Set<string>();
  for (const topic of topics.values()) for (const alias of [topic.name, ...topic.aliases]) topicKeys.add(normalizeKey(alias));

  // Curated names, then all names, then curated aliases, then the rest: the first claim on a key wins.
  const projectKeys = new Map<string, Project>();
  const ordered = [...projects.values()].sort((a, b) => Number(curatedKeys.has(b.key)) - Number(curatedKeys.has(a.key)));
  for (const project of ordered) if (!projectKeys.has(project.key)) projectKeys.set(project.key, project);
  for (const project of ordered) {
    for (const alias of project.aliases) {
      const key = normalizeKey(alias);
      if (key && !projectKeys.has(key)) projectKeys.set(key, project);
    }
  }

  const names = new PhraseIndex<Spelling>();
  for (const project of ordered) {
    const curatedEntry = curatedKeys.has(project.key);
    for (const spelling of [project.name, ...project.aliases]) {
      const key = normalizeKey(spelling);
      if (key.length < MIN_MATCH_KEY && !/[\u3400-\u9fff]/.test(key) && !curatedEntry) continue;
      if (projectKeys.get(key) !== project) continue;
      // A concept that the Landscape also lists as a product (CNI, CSI) is a Topic in talks, and a company that it
      // lists as its own product (Huawei, Isovalent) is, beside a speaker's name, the company.
      if ((topicKeys.has(key) || organizationKeys.has(key)) && !curatedEntry) continue;
      names.add(key, { kind: 'project', name: project.name, spelling, ambiguous: ambiguousKeys.get(project.key)?.has(key) ?? false });
    }
  }
  const organizationNames = new PhraseIndex<Organization>();
  for (const [key, organization] of organizationKeys) {
    organizationNames.add(key, organization);
    // Organizations block the projects inside their names; a project of the same name still wins (see mentions).
    if (key.length >= MIN_MATCH_KEY) names.add(key, { kind: 'organization', name: organization.name, spelling: organization.name, ambiguous: false });
  }

  return {
    projects,
    projectKeys,
    repositories,
    organizations,
    organizationKeys,
    placeholders: new Set(organizationData.placeholders.map(normalizeKey)),
    topics,
    names,
    organizationNames,
    topicNames,
  };
}

/** Built once, on first use, and shared by every caller in the process. */
let catalog: Catalog | undefined;
export function getCatalog(): Catalog {
  catalog ??= buildCatalog();
  return catalog;
}
