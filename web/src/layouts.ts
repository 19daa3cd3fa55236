// Layouts as named presets. Each preset scales its effort with the number of elements so large views stay responsive.
import type cytoscape from 'cytoscape';
import type { ElementDefinition, LayoutOptions, Position } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { FORCE_LAYOUT, ForceLayout, type ForceLayoutOptions } from './force-layout';

export const LAYOUT_NAMES = ['force', 'hierarchy', 'concentric', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_TITLES: Record<LayoutName, string> = {
  force: 'Force-directed',
  hierarchy: 'Hierarchical (dagre)',
  concentric: 'Concentric by degree',
  grid: 'Grid',
};

/**
 * Above this many elements animation costs more than it shows, and the force preset leaves fcose, which iterates at
 * least five times per node (2 s of CPU at 2,000 elements, 14 s at 5,000), for a Barnes–Hut layout of fixed cost.
 */
export const LARGE_VIEW = 600;

let registered = false;

export function registerLayouts(library: typeof cytoscape): void {
  if (registered) return;
  library.use(fcose);
  library.use(dagre);
  library('layout', FORCE_LAYOUT, ForceLayout);
  registered = true;
}

export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}

/** `elementCount` is nodes + edges on screen; `incremental` keeps existing nodes near where they were (after expand). */
export function layoutOptions(name: LayoutName, elementCount: number, incremental = false): LayoutOptions {
  const large = elementCount > LARGE_VIEW;
  switch (name) {
    case 'force':
      if (large) {
        return {
          name: FORCE_LAYOUT,
          // From the spiral placement 150 ticks untangle the view; after an expansion 60 gentler ones place the newcomers.
          ticks: incremental ? 60 : 150,
          alpha: incremental ? 0.3 : 1,
          linkDistance: 60,
          charge: -80,
          // At most 40 ms of work at a time: clicks and zooms are answered well within a tenth of a second meanwhile.
          sliceMs: 40,
          animate: false,
          animationDuration: 400,
          fit: true,
          padding: 30,
        } satisfies Omit<ForceLayoutOptions, 'eles'> as unknown as LayoutOptions;
      }
      return {
        name: 'fcose',
        quality: 'default',
        randomize: !incremental,
        animate: true,
        animationDuration: 400,
        fit: true,
        padding: 30,
        nodeDimensionsIncludeLabels: true,
        packComponents: true,
        nodeRepulsion: () => 6500,
        idealEdgeLength: () => 70,
        numIter: 2500,
        samplingType: true,
        sampleSize: 25,
      } as LayoutOptions;
    case 'hierarchy':
      return {
        name: 'dagre',
        rankDir: 'LR',
        nodeSep: 14,
        rankSep: 90,
        animate: !large,
        animationDuration: 400,
        fit: true,
        padding: 30,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => Number(node.data('degree')) || 0,
        levelWidth: () => 4,
        minNodeSpacing: 12,
        animate: !large,
        fit: true,
        padding: 30,
      } as LayoutOptions;
    case 'grid':
      return { name: 'grid', avoidOverlap: true, animate: false, fit: true, padding: 30 };
  }
}

/** Room per node on the spiral: the smallest nodes are 22 px wide, hubs up to 56. */
const SPIRAL_SPACING = 40;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where new nodes are first drawn, before a layout moves them: on a sunflower spiral around `center`, in breadth-first
 * order from `root`, so that neighbors start near each other and no node starts on another. Linear in the elements,
 * so even thousands are drawn at once; the chosen layout then refines the picture.
 */
export function placeOnSpiral(elements: ElementDefinition[], root: string | null, center: Position, centerTaken: boolean): void {
  const nodes = new Map<string, ElementDefinition>();
  for (const element of elements) if (element.group === 'nodes') nodes.set(String(element.data.id), element);
  const neighbors = new Map<string, string[]>();
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    const source = String(element.data.source);
    const target = String(element.data.target);
    neighbors.set(source, [...(neighbors.get(source) ?? []), target]);
    neighbors.set(target, [...(neighbors.get(target) ?? []), source]);
  }
  const order: ElementDefinition[] = [];
  const seen = new Set<string>();
  const visit = (start: string) => {
    if (seen.has(start)) return;
    seen.add(start);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head];
      const node = nodes.get(id);
      if (node) order.push(node);
      for (const next of neighbors.get(id) ?? []) {
        if (seen.has(next) || !nodes.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  };
  if (root !== null) visit(root);
  for (const id of nodes.keys()) visit(id);
  const first = centerTaken ? 1 : 0;
  order.forEach((node, index) => {
    const radius = SPIRAL_SPACING * Math.sqrt(index + first);
    const angle = (index + first) * GOLDEN_ANGLE;
    node.position = { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
  });
}
