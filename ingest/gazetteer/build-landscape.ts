// Builds projects.landscape.json from the CNCF Landscape data file: names, URLs, categories, maturity and the
// organization behind each entry. Descriptions are other people's sentences and are left out on purpose.
// Run: npm run gazetteer [-- path/to/landscape.yml]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { normalizeKey } from './normalize';
import type { LandscapeFile, LandscapeOrganization, LandscapeProject, Maturity } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SOURCE = join(here, '../../../shared/data/cncf-landscape.yml');
const SOURCE_COMMIT = '153d699bddf74038d21775b14d09052f62021441';

interface RawItem {
  name: string;
  homepage_url?: string;
  repo_url?: string;
  project?: string;
  project_org?: string;
  crunchbase?: string;
  organization?: { name?: string };
  additional_repos?: { repo_url?: string }[];
}
interface RawLandscape {
  landscape: { name: string; subcategories: { name: string; items?: RawItem[] }[] }[];
}

// Sections that list companies (members, service providers, trainers), not software.
const ORGANIZATION_SECTIONS = [/^CNCF Members\//, /Kubernetes Certified Service Provider$/, /Training Partner$/];
// A GitHub handle that is the project's name plus one of these is the project's own ("fluxcd", "argoproj", "vitessio").
const HANDLE_SUFFIXES = ['cd', 'proj', 'project', 'io', 'hq', 'dev', 'sh', 'ai', 'proxy', 'org', 'oss', 'lang', 'hub'];
// Slugs whose words do not spell the organization's everyday name.
const SLUG_NAMES: Record<string, string> = {
  apache: 'Apache Software Foundation',
  'continuous-delivery-foundation-cdf': 'Continuous Delivery Foundation',
  raintank: 'Grafana Labs',
};

// Words a Crunchbase slug adds to a company's everyday name ("dynatrace-software", "tetrate-io").
const SLUG_DESCRIPTORS = new Set(['inc', 'software', 'technologies', 'technology', 'tech', 'io', 'labs', 'corporation', 'corp', 'ltd', 'group', 'hq']);

function main(): void {
  const source = process.argv[2] ?? DEFAULT_SOURCE;
  const raw = parse(readFileSync(source, 'utf8')) as RawLandscape;
  const plainWords = new Set((JSON.parse(readFileSync(join(here, 'plain-words.json'), 'utf8')) as string[]).map(normalizeKey));
  const organizationNames = curatedOrganizationNames();

  const projects = new Map<string, LandscapeProject>();
  const organizations = new Map<string, LandscapeOrganization>();
  for (const category of raw.landscape) {
    for (const subcategory of category.subcategories) {
      const path = `${category.name}/${subcategory.name}`;
      for (const item of subcategory.items ?? []) {
        const organization = organizationOf(item, organizationNames);
        if (ORGANIZATION_SECTIONS.some((section) => section.test(path))) {
          const name = baseName(item.name);
          if (!organizations.has(normalizeKey(name))) organizations.set(normalizeKey(name), { name, url: item.homepage_url ?? null, category: path });
          continue;
        }
        const entry = toProject(item, `${category.name} / ${subcategory.name}`, organization, plainWords);
        const key = normalizeKey(entry.name);
        const known = projects.get(key);
        projects.set(key, known ? mergeProjects(known, entry) : entry);
      }
    }
  }
  dropSharedAliases([...projects.values()]);

  const output: LandscapeFile = {
    source: { file: 'cncf-landscape.yml', repository: 'cncf/landscape', commit: SOURCE_COMMIT, license: 'Apache-2.0' },
    projects: [...projects.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    organizations: [...organizations.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
  };
  const target = join(here, 'projects.landscape.json');
  writeFileSync(target, formatFile(output));
  console.log(`wrote ${target}: ${output.projects.length} projects, ${output.organizations.length} organizations`);
}

function toProject(item: RawItem, category: string, organization: string | null, plainWords: Set<string>): LandscapeProject {
  const name = baseName(item.name);
  const repos = [item.repo_url, ...(item.additional_repos ?? []).map((repo) => repo.repo_url)]
    .map((url) => (url ? githubRepo(url) : undefined))
    .filter((repo): repo is string => repo !== undefined);
  const handles = [item.project_org, item.repo_url]
    .map((url) => (url ? githubRepo(url)?.split('/')[0] ?? githubHandle(url) : undefined))
    .filter((handle): handle is string => handle !== undefined);
  const aliases = new Set<string>();
  const addAlias = (alias: string): void => {
    if (normalizeKey(alias).length >= 2 && normalizeKey(alias) !== normalizeKey(name)) aliases.add(alias);
  };
  for (const inner of parentheticals(item.name)) addAlias(inner.replace(/^formerly\s+/i, ''));
  if (/^Apache\s+\S/.test(name)) addAlias(name.replace(/^Apache\s+/, ''));
  const nameKey = normalizeKey(name);
  for (const repo of repos.slice(0, 1)) {
    const repoName = repo.split('/')[1];
    const repoKey = normalizeKey(repoName);
    if (/^\d$/.test(repoKey.slice(nameKey.length)) && repoKey.startsWith(nameKey)) addAlias(repoName);
  }
  for (const handle of handles) {
    const handleKey = normalizeKey(handle);
    if (isOwnSpelling(handleKey, nameKey)) addAlias(handle);
  }
  const maturity: Maturity | null = item.project === 'graduated' || item.project === 'incubating' || item.project === 'sandbox' ? item.project : null;
  const spellings = [name, ...aliases];
  return {
    name,
    aliases: [...aliases],
    url: item.homepage_url ?? item.repo_url ?? null,
    repos,
    maturity,
    archived: item.project === 'archived' ? true : undefined,
    category,
    organization,
    ambiguous: spellings.filter((spelling) => plainWords.has(normalizeKey(spelling))),
  };
}

/** "fluxcd", "vitessio": the name plus a suffix a project puts on its own GitHub handle. */
function isOwnSpelling(spellingKey: string, nameKey: string): boolean {
  return spellingKey.startsWith(nameKey) && HANDLE_SUFFIXES.includes(spellingKey.slice(nameKey.length));
}

function mergeProjects(a: LandscapeProject, b: LandscapeProject): LandscapeProject {
  return {
    ...a,
    aliases: [...new Set([...a.aliases, ...b.aliases])],
    repos: [...new Set([...a.repos, ...b.repos])],
    maturity: a.maturity ?? b.maturity,
    url: a.url ?? b.url,
    organization: a.organization ?? b.organization,
    ambiguous: [...new Set([...a.ambiguous, ...b.ambiguous])],
  };
}

/** An alias that two entries claim (EKS: Amazon's and EasyStack's) names neither safely. */
function dropSharedAliases(projects: LandscapeProject[]): void {
  const claims = new Map<string, number>();
  for (const project of projects) {
    for (const spelling of [project.name, ...project.aliases]) claims.set(normalizeKey(spelling), (claims.get(normalizeKey(spelling)) ?? 0) + 1);
  }
  for (const project of projects) project.aliases = project.aliases.filter((alias) => claims.get(normalizeKey(alias)) === 1);
}

/** The organization behind an item: its Crunchbase slug, spelled as the curated organizations spell it. */
function organizationOf(item: RawItem, curated: Map<string, string>): string | null {
  const slug = item.crunchbase?.match(/\/organization\/([^/?#]+)/)?.[1];
  if (!slug) return item.organization?.name ?? null;
  if (SLUG_NAMES[slug]) return SLUG_NAMES[slug];
  const words = slug.replace(/-\d+$/, '').split('-');
  const key = normalizeKey(words.join(''));
  const bare = normalizeKey(words.filter((word) => !SLUG_DESCRIPTORS.has(word)).join(''));
  return curated.get(key) ?? curated.get(bare) ?? words.map((word) => (word.length <= 3 && !/[aeiou]/.test(word) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1))).join(' ');
}

function curatedOrganizationNames(): Map<string, string> {
  const data = JSON.parse(readFileSync(join(here, 'organizations.json'), 'utf8')) as { organizations: { name: string; aliases?: string[] }[] };
  const names = new Map<string, string>();
  for (const organization of data.organizations) {
    for (const spelling of [organization.name, ...(organization.aliases ?? [])]) names.set(normalizeKey(spelling), organization.name);
  }
  return names;
}

function baseName(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').trim();
}

function parentheticals(name: string): string[] {
  return [...name.matchAll(/\(([^)]+)\)/g)].map((match) => match[1].trim()).filter((inner) => !/^member$/i.test(inner));
}

function githubRepo(url: string): string | undefined {
  const match = url.match(/github\.com\/([\w.-]+)\/([\w.-]+)/i);
  return match ? `${match[1]}/${match[2].replace(/\.git$/, '')}`.toLowerCase() : undefined;
}

function githubHandle(url: string): string | undefined {
  return url.match(/github\.com\/([\w.-]+)\/?$/i)?.[1].toLowerCase();
}

// One entry per line keeps the generated file reviewable in a diff.
function formatFile(file: LandscapeFile): string {
  const lines = (items: object[]): string => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(file.source)},\n  "projects": [\n${lines(file.projects)}\n  ],\n  "organizations": [\n${lines(file.organizations)}\n  ]\n}\n`;
}

main();
