// Communities of the project–organization graph (Louvain over the link weights): which organizations and projects
// belong together. Pure: links in, a community per entity out, the same every time for the same links.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { EntityRef, ProjectOrganizationLink } from './api-types';

export interface Community {
  /** 0 for the community with the most link weight, then 1, … */
  index: number;
  /** Its members, heaviest first (weight: the sum of their links' weights). */
  members: (EntityRef & { weight: number })[];
  weight: number;
}

export interface Communities {
  /** Entity id → community index. */
  of: Map<string, number>;
  list: Community[];
}

/** A fixed-seed generator (mulberry32): Louvain visits nodes in random order, and a view must not reshuffle on reload. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function linkCommunities(links: readonly ProjectOrganizationLink[]): Communities {
  const graph = new Graph({ type: 'undirected', multi: false });
  const refs = new Map<string, EntityRef & { weight: number }>();
  const touch = (ref: EntityRef, weight: number) => {
    const known = refs.get(ref.id);
    if (known) known.weight += weight;
    else refs.set(ref.id, { ...ref, weight });
    if (!graph.hasNode(ref.id)) graph.addNode(ref.id);
  };
  for (const link of links) {
    touch(link.organization, link.weight);
    touch(link.project, link.weight);
    if (!graph.hasEdge(link.organization.id, link.project.id)) graph.addEdge(link.organization.id, link.project.id, { weight: link.weight });
  }
  const raw = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(15) }) : {};
  // Renumber by weight, heaviest community first, so colors and order do not depend on Louvain's numbering.
  const groups = new Map<number, (EntityRef & { weight: number })[]>();
  for (const [id, ref] of refs) {
    const group = raw[id] ?? -1;
    groups.set(group, [...(groups.get(group) ?? []), ref]);
  }
  const list = [...groups.values()]
    .map((members) => ({ members: members.sort(heaviestFirst), weight: members.reduce((sum, m) => sum + m.weight, 0) }))
    .sort((a, b) => b.weight - a.weight || heaviestFirst(a.members[0], b.members[0]))
    .map((group, index) => ({ index, ...group }));
  const of = new Map<string, number>();
  for (const community of list) for (const member of community.members) of.set(member.id, community.index);
  return { of, list };
}

function heaviestFirst(a: EntityRef & { weight: number }, b: EntityRef & { weight: number }): number {
  return b.weight - a.weight || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Okabe–Ito and Tol's muted colors: the first eight communities told apart; the rest share a neutral grey. */
const COMMUNITY_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#882255', '#999933'];
export const OTHER_COMMUNITY_COLOR = '#B0B0B0';

export function communityColor(index: number | undefined): string {
  return index !== undefined && index < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[index] : OTHER_COMMUNITY_COLOR;
}
