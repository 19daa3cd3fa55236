// Project lookup by any of its names: aliases, old names after a rename, Chinese names.
import { memoize } from '../memo';
import { getCatalog } from './catalog';
import { normalizeKey } from './normalize';
import type { Project } from './types';

// Ways a text dresses up a project's name: "Apache Kafka", "the Flux project", "Prometheus v3", "Kusion（Kusion Stack）".
const DECORATIONS: ((name: string) => string)[] = [
  (name) => name.replace(/\s*[(（][^)）]*[)）]\s*/g, ' ').trim(),
  (name) => name.replace(/^the\s+/i, '').replace(/\s+(?:open[- ]source\s+)?project$/i, '').replace(/(?:开源)?项目$/, ''),
  (name) => name.replace(/[\s-]+v?\d+(?:\.\d+)*(?:\.x)?$/i, ''),
  (name) => name.replace(/^(?:apache|cncf|project)\s+/i, ''),
];

/** The canonical project for a name or alias, or undefined when the gazetteer does not know it. */
export function projectByName(name: string): Project | undefined {
  const found = knownProject(name);
  return found ? copy(found) : undefined;
}

const knownProject = memoize((name: string): Project | undefined => {
  const { projectKeys } = getCatalog();
  const direct = projectKeys.get(normalizeKey(name));
  if (direct) return direct;
  let current = name.trim();
  for (const undress of DECORATIONS) {
    current = undress(current);
    const found = current ? projectKeys.get(normalizeKey(current)) : undefined;
    if (found) return found;
  }
  return undefined;
});

/** Whether the gazetteer knows a project by this name: projectByName without the copy. */
export function isProjectName(name: string): boolean {
  return knownProject(name) !== undefined;
}

/** The project a GitHub repository ("org/repo") or handle belongs to, when known. */
export function projectByRepository(repository: string): Project | undefined {
  const found = getCatalog().repositories.get(repository.toLowerCase());
  return found ? copy(found) : undefined;
}

function copy(project: Project): Project {
  return { ...project, aliases: [...project.aliases], organizations: [...project.organizations] };
}
