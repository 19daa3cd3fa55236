// A hub's neighbors a page at a time: the strongest first, the rest waiting in one group node per type ("41 more talks")
// until asked for. Pure: the controller adds what these functions hand it.
import type { ElementDefinition } from 'cytoscape';
import type { EntityType, NodeSummary, Subgraph } from './api-types';
import { GROUP_TYPE } from './elements';
import { PLURALS } from './style';

export { GROUP_TYPE };

/** Neighbors shown at once, and per "show more". */
export const HUB_PAGE = 15;
/** An expansion adds all its new neighbors up to a third more than a page: grouping four would hide more than it tidies. */
const threshold = (page: number) => Math.ceil((page * 4) / 3);

export function groupId(anchor: string, type: EntityType): string {
  return `more:${anchor}:${type}`;
}

/** The strongest first: the most connected (talks, speakers, mentions), then by name, so a page is the same each time. */
export function strongestFirst(a: NodeSummary, b: NodeSummary): number {
  return (b.degree ?? 0) - (a.degree ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/**
 * Splits the new neighbors of `anchor` in `subgraph` (those not in `onScreen`): all of them when there are few, else
 * the `page` strongest now and the others for later, strongest first.
 */
export function pageNeighbors(
  subgraph: Subgraph,
  anchor: string,
  onScreen: (id: string) => boolean,
  page = HUB_PAGE,
): { now: Subgraph; later: NodeSummary[] } {
  const fresh = subgraph.nodes.filter((node) => node.id !== anchor && !onScreen(node.id));
  if (fresh.length <= threshold(page)) return { now: subgraph, later: [] };
  const ranked = [...fresh].sort(strongestFirst);
  const later = new Set(ranked.slice(page).map((node) => node.id));
  return { now: { nodes: subgraph.nodes.filter((node) => !later.has(node.id)), edges: subgraph.edges }, later: ranked.slice(page) };
}

/** One group node per type of the waiting neighbors, tied to the anchor, labelled with how many wait. */
export function groupElements(anchor: string, waiting: readonly NodeSummary[]): ElementDefinition[] {
  const counts = new Map<EntityType, number>();
  for (const node of waiting) counts.set(node.label, (counts.get(node.label) ?? 0) + 1);
  return [...counts].flatMap(([type, count]): ElementDefinition[] => [
    {
      group: 'nodes',
      data: {
        id: groupId(anchor, type),
        type: GROUP_TYPE,
        groupOf: anchor,
        groupType: type,
        count,
        name: `${count} more ${PLURALS[type]}`,
        label: `+${count} ${PLURALS[type]}`,
        // The box fits its label (about 6.5 px a character at 11 px).
        width: Math.round(`+${count} ${PLURALS[type]}`.length * 6.5 + 14),
        degree: 0,
        addedBy: anchor,
      },
    },
    { group: 'edges', data: { id: `${groupId(anchor, type)}|edge`, type: GROUP_TYPE, source: anchor, target: groupId(anchor, type), weight: 1 } },
  ]);
}
