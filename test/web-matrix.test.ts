// The project–organization matrix as data: related organizations and projects side by side, communities, filters.
import { describe, expect, it } from 'vitest';
import type { ProjectOrganizationLink } from '../web/src/api-types';
import { linkCommunities } from '../web/src/communities';
import { buildMatrix, cellShade } from '../web/src/matrix';

const org = (name: string) => ({ id: `Organization:${name.toLowerCase()}`, label: 'Organization' as const, name });
const project = (name: string) => ({ id: `Project:${name.toLowerCase()}`, label: 'Project' as const, name });
const link = (organization: string, projectName: string, weight: number): ProjectOrganizationLink => ({
  organization: org(organization),
  project: project(projectName),
  weight,
  talkCount: weight,
  peopleCount: 1,
});

// Two groups whose names interleave alphabetically: an A-to-Z order scatters each group, a related order must not.
const LINKS = [
  link('Alpha', 'Argo', 5),
  link('Charlie', 'Argo', 3),
  link('Alpha', 'Cilium', 2),
  link('Charlie', 'Cilium', 4),
  link('Bravo', 'Backstage', 6),
  link('Delta', 'Backstage', 2),
  link('Bravo', 'Dapr', 3),
  link('Delta', 'Dapr', 5),
  // One weak link across the groups, as real data has.
  link('Alpha', 'Dapr', 1),
];

const names = (entries: { name: string }[]) => entries.map((entry) => entry.name);
const adjacent = (list: string[], a: string, b: string) => Math.abs(list.indexOf(a) - list.indexOf(b)) === 1;

describe('the project–organization matrix', () => {
  it('puts organizations that share projects, and projects that share organizations, side by side', () => {
    const matrix = buildMatrix(LINKS, { order: 'clustered' });
    const rows = names(matrix.rows);
    const columns = names(matrix.columns);
    expect(adjacent(rows, 'Alpha', 'Charlie')).toBe(true);
    expect(adjacent(rows, 'Bravo', 'Delta')).toBe(true);
    expect(adjacent(columns, 'Argo', 'Cilium')).toBe(true);
    expect(adjacent(columns, 'Backstage', 'Dapr')).toBe(true);
    // Block-diagonal: the first rows' links are in the first columns.
    const alphaRow = rows.indexOf('Alpha');
    const argoColumn = columns.indexOf('Argo');
    expect(Math.floor(alphaRow / 2)).toBe(Math.floor(argoColumn / 2));
    // An A-to-Z order would have separated them.
    const alphabetical = names(buildMatrix(LINKS, { order: 'name' }).rows);
    expect(alphabetical).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
  });

  it('has one cell per link, at its organization and project, and orders by weight when asked', () => {
    const matrix = buildMatrix(LINKS, { order: 'weight' });
    expect(matrix.cells).toHaveLength(LINKS.length);
    for (const cell of matrix.cells) {
      expect(matrix.rows[cell.row].id).toBe(cell.link.organization.id);
      expect(matrix.columns[cell.column].id).toBe(cell.link.project.id);
    }
    // Bravo: 6 + 3, Alpha: 5 + 2 + 1 = 8, Delta 7, Charlie 7.
    expect(names(matrix.rows)[0]).toBe('Bravo');
    expect(matrix.maxWeight).toBe(6);
  });

  it('keeps only the links whose organization or project is named as typed, and none for a name nothing has', () => {
    const matrix = buildMatrix(LINKS, { match: 'dap' });
    expect(new Set(names(matrix.columns))).toEqual(new Set(['Dapr']));
    expect(new Set(names(matrix.rows))).toEqual(new Set(['Alpha', 'Bravo', 'Delta']));
    expect(buildMatrix(LINKS, { match: 'zzz' }).cells).toEqual([]);
  });

  it('shades heavier cells darker', () => {
    expect(cellShade(1, 6)).toBeLessThan(cellShade(3, 6));
    expect(cellShade(3, 6)).toBeLessThan(cellShade(6, 6));
    expect(cellShade(6, 6)).toBe(1);
  });
});

describe('communities of the links', () => {
  it('finds the two groups, heaviest first, the same on every run', () => {
    const communities = linkCommunities(LINKS);
    const group = (id: string) => communities.of.get(id);
    expect(group('Organization:alpha')).toBe(group('Project:argo'));
    expect(group('Organization:charlie')).toBe(group('Project:cilium'));
    expect(group('Organization:bravo')).toBe(group('Project:backstage'));
    expect(group('Organization:alpha')).not.toBe(group('Organization:bravo'));
    expect(communities.list[0].weight).toBeGreaterThanOrEqual(communities.list[1].weight);
    expect(communities.list[0].members[0].weight).toBeGreaterThanOrEqual(communities.list[0].members[1].weight);
    expect(linkCommunities(LINKS).of).toEqual(communities.of);
  });
});
