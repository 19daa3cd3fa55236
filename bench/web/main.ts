// The explorer's own controller, stylesheet and layouts on a page of their own, fed a subgraph of a chosen size,
// so that rendering can be timed without an API in between.
import cytoscape from 'cytoscape';
import type { EdgeSummary, ExplorerApi, NodeSummary, Subgraph } from '../../web/src/api-types';
import { GraphController } from '../../web/src/controller';
import { registerLayouts } from '../../web/src/layouts';
import { stylesheet } from '../../web/src/style';

registerLayouts(cytoscape);

/** A graph shaped like talkgraph's: talks at events, given by people of organizations, mentioning projects. */
function syntheticSubgraph(elements: number): Subgraph {
  let state = 12345;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  const nodeCount = Math.round(elements / 2.5);
  const share = { Event: 0.03, Talk: 0.35, Person: 0.3, Organization: 0.1, Project: 0.19, Topic: 0.03 } as const;
  const nodes: NodeSummary[] = [];
  const byLabel = new Map<string, string[]>();
  for (const [label, part] of Object.entries(share)) {
    const ids: string[] = [];
    for (let i = 0; i < Math.max(1, Math.round(nodeCount * part)); i++) {
      const id = `${label}:${label.toLowerCase()}-${i}`;
      ids.push(id);
      nodes.push({ id, label: label as NodeSummary['label'], name: `${label} number ${i}`, degree: 1 + next(20) });
    }
    byLabel.set(label, ids);
  }
  const edges: EdgeSummary[] = [];
  const pairs: [string, string, string][] = [
    ['Talk', 'PART_OF', 'Event'],
    ['Person', 'PRESENTED', 'Talk'],
    ['Talk', 'MENTIONS', 'Project'],
    ['Person', 'AFFILIATED_WITH', 'Organization'],
    ['Talk', 'ABOUT', 'Topic'],
    ['Organization', 'MAINTAINS', 'Project'],
  ];
  const seen = new Set<string>();
  const target = elements - nodes.length;
  for (let attempt = 0; edges.length < target && attempt < target * 10; attempt++) {
    const [from, type, to] = pairs[next(pairs.length)];
    const sources = byLabel.get(from)!;
    const targets = byLabel.get(to)!;
    const source = sources[next(sources.length)];
    const end = targets[next(targets.length)];
    const id = `${source}-${type}-${end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, type, source, target: end });
  }
  return { nodes, edges };
}

async function renderBench(elements: number): Promise<{ elements: number; firstRenderMs: number; layoutMs: number }> {
  const cy = cytoscape({
    container: document.getElementById('graph'),
    style: stylesheet(),
    hideEdgesOnViewport: true,
    textureOnViewport: false,
    pixelRatio: 'auto',
    minZoom: 0.05,
    maxZoom: 4,
  });
  const subgraph = syntheticSubgraph(elements);
  let started = 0;
  let firstRender: Promise<number> = Promise.resolve(NaN);
  const api = {
    async neighborhood() {
      started = performance.now();
      // The first frame drawn once the elements are in: cytoscape draws on the next animation frame.
      firstRender = new Promise<number>((resolve) => cy.one('render', () => requestAnimationFrame(() => resolve(performance.now() - started))));
      return subgraph;
    },
  } as unknown as ExplorerApi;
  const controller = new GraphController(cy, api, { neighborhoodLimit: elements });
  await controller.open(subgraph.nodes[0].id);
  const layoutMs = performance.now() - started;
  return { elements: cy.elements().length, firstRenderMs: await firstRender, layoutMs };
}

(window as unknown as { renderBench: typeof renderBench }).renderBench = renderBench;
