// Layouts as named presets. Each preset scales its effort with the number of elements so large views stay responsive.
import type cytoscape from 'cytoscape';
import type { LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

export const LAYOUT_NAMES = ['force', 'hierarchy', 'concentric', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_TITLES: Record<LayoutName, string> = {
  force: 'Force (fcose)',
  hierarchy: 'Hierarchical (dagre)',
  concentric: 'Concentric by degree',
  grid: 'Grid',
};

/** Above this many elements animation costs more than it shows, and fcose drops to its draft quality. */
export const LARGE_VIEW = 600;

let registered = false;

export function registerLayouts(library: typeof cytoscape): void {
  if (registered) return;
  library.use(fcose);
  library.use(dagre);
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
      return {
        name: 'fcose',
        // draft skips the spectral refinement pass: seconds saved on thousands of elements, layout still readable.
        quality: large ? 'draft' : 'default',
        randomize: !incremental,
        animate: !large,
        animationDuration: 400,
        fit: true,
        padding: 30,
        nodeDimensionsIncludeLabels: !large,
        packComponents: true,
        nodeRepulsion: () => 6500,
        idealEdgeLength: () => 70,
        // Fewer iterations on big views: the layout settles visibly as well, in a fraction of the time.
        numIter: large ? 800 : 2500,
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
