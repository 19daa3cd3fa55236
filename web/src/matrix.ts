// The project–organization matrix as data: organizations as rows, projects as columns, one cell per link, in an order
// that puts related rows and columns side by side. Pure: the panel (panels/matrix.ts) only draws it.
import type { EntityRef, ProjectOrganizationLink } from './api-types';
import { type Communities, linkCommunities } from './communities';
import { linkEdgeId } from './elements';

export const MATRIX_ORDERS = ['clustered', 'weight', 'name'] as const;
export type MatrixOrder = (typeof MATRIX_ORDERS)[number];

export const MATRIX_ORDER_TITLES: Record<MatrixOrder, string> = {
  clustered: 'Related together',
  weight: 'Most talks first',
  name: 'A to Z',
};

export interface MatrixAxisEntry extends EntityRef {
  /** The sum of the weights of its links in the matrix. */
  weight: number;
  community: number;
}

export interface MatrixCell {
  /** The link's id, the same as its edge in the force view: selecting either selects the link. */
  id: string;
  row: number;
  column: number;
  link: ProjectOrganizationLink;
}

export interface LinkMatrix {
  rows: MatrixAxisEntry[];
  columns: MatrixAxisEntry[];
  cells: MatrixCell[];
  maxWeight: number;
  communities: Communities;
}

export interface MatrixOptions {
  order?: MatrixOrder;
  /** Keeps the links whose organization or project name contains this text (any case). */
  match?: string;
}

/** Rounds of barycentric ordering: each moves rows toward the columns they link to and back; a few settle it. */
const BARYCENTER_ROUNDS = 8;

export function buildMatrix(allLinks: readonly ProjectOrganizationLink[], options: MatrixOptions = {}): LinkMatrix {
  const needle = options.match?.trim().toLowerCase() ?? '';
  const links = needle === '' ? allLinks : allLinks.filter((link) => [link.organization.name, link.project.name].some((name) => name.toLowerCase().includes(needle)));
  const communities = linkCommunities(links);
  const axis = (end: 'organization' | 'project') => {
    const entries = new Map<string, MatrixAxisEntry>();
    for (const link of links) {
      const ref = link[end];
      const entry = entries.get(ref.id) ?? { ...ref, weight: 0, community: communities.of.get(ref.id) ?? 0 };
      entry.weight += link.weight;
      entries.set(ref.id, entry);
    }
    return [...entries.values()].sort(heaviestFirst);
  };
  let rows = axis('organization');
  let columns = axis('project');
  const order = options.order ?? 'clustered';
  if (order === 'name') {
    rows.sort(byName);
    columns.sort(byName);
  } else if (order === 'clustered') {
    ({ rows, columns } = seriate(rows, columns, links));
  }
  const rowAt = new Map(rows.map((row, index) => [row.id, index]));
  const columnAt = new Map(columns.map((column, index) => [column.id, index]));
  const cells = links.map((link) => ({ id: linkEdgeId(link), row: rowAt.get(link.organization.id)!, column: columnAt.get(link.project.id)!, link }));
  return { rows, columns, cells, maxWeight: Math.max(0, ...links.map((link) => link.weight)), communities };
}

/**
 * Communities first (the heaviest at the top left), and within one the barycentric heuristic: a column goes to the
 * weighted mean position of its rows, a row to that of its columns, again and again. Links then gather near the
 * diagonal, so an organization's projects sit side by side instead of scattered over the width.
 */
function seriate(
  rows: MatrixAxisEntry[],
  columns: MatrixAxisEntry[],
  links: readonly ProjectOrganizationLink[],
): { rows: MatrixAxisEntry[]; columns: MatrixAxisEntry[] } {
  const byCommunity = (a: MatrixAxisEntry, b: MatrixAxisEntry) => a.community - b.community;
  let orderedRows = [...rows].sort((a, b) => byCommunity(a, b) || heaviestFirst(a, b));
  let orderedColumns = [...columns].sort((a, b) => byCommunity(a, b) || heaviestFirst(a, b));
  const reorder = (moving: MatrixAxisEntry[], fixed: MatrixAxisEntry[], end: 'organization' | 'project') => {
    const position = new Map(fixed.map((entry, index) => [entry.id, index]));
    const other = end === 'organization' ? 'project' : 'organization';
    const sums = new Map<string, { weighted: number; weight: number }>();
    for (const link of links) {
      const sum = sums.get(link[end].id) ?? { weighted: 0, weight: 0 };
      sum.weighted += link.weight * (position.get(link[other].id) ?? 0);
      sum.weight += link.weight;
      sums.set(link[end].id, sum);
    }
    const center = (entry: MatrixAxisEntry) => {
      const sum = sums.get(entry.id);
      return sum && sum.weight > 0 ? sum.weighted / sum.weight : 0;
    };
    return [...moving].sort((a, b) => byCommunity(a, b) || center(a) - center(b) || heaviestFirst(a, b));
  };
  for (let round = 0; round < BARYCENTER_ROUNDS; round++) {
    orderedColumns = reorder(orderedColumns, orderedRows, 'project');
    orderedRows = reorder(orderedRows, orderedColumns, 'organization');
  }
  return { rows: orderedRows, columns: orderedColumns };
}

function heaviestFirst(a: MatrixAxisEntry, b: MatrixAxisEntry): number {
  return b.weight - a.weight || byName(a, b);
}

function byName(a: EntityRef, b: EntityRef): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** How dark a cell is drawn: by the logarithm of its weight, so one heavy link does not leave all others pale. */
export function cellShade(weight: number, maxWeight: number): number {
  if (maxWeight <= 1) return 1;
  return 0.2 + (0.8 * Math.log(weight)) / Math.log(maxWeight);
}

export function isMatrixOrder(value: string): value is MatrixOrder {
  return (MATRIX_ORDERS as readonly string[]).includes(value);
}
