// A Cytoscape layout over d3-force (Barnes–Hut): its cost is a fixed number of ticks, computed in slices between which
// the page handles input, so a person can pan, zoom and click the first placement while the layout settles.
import type { Collection, LayoutPositionOptions, Position } from 'cytoscape';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export const FORCE_LAYOUT = 'barnes-hut';

export interface ForceLayoutOptions {
  name: typeof FORCE_LAYOUT;
  eles: Collection;
  /** Simulation steps; the simulation cools from `alpha` to nearly nothing over them. */
  ticks: number;
  /** Starting heat: 1 lays out from scratch, lower values only tidy up positions that are already good. */
  alpha: number;
  linkDistance: number;
  /** Many-body strength: negative repels. */
  charge: number;
  /** Longest computing stretch before the page gets a turn, in ms. */
  sliceMs: number;
  animate: boolean;
  animationDuration: number;
  fit: boolean;
  padding: number;
}

interface Body extends SimulationNodeDatum {
  id: string;
  radius: number;
}

/** What cytoscape's layout registry mixes into a layout: events and the shared position setter. */
interface LayoutContext {
  options: ForceLayoutOptions;
  emit(event: string): void;
  one(event: string, handler: () => void): void;
  /** Between run() and layoutstop: simulating, or moving the nodes to where the simulation put them. */
  running?: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

function ForceLayout(this: LayoutContext, options: ForceLayoutOptions): void {
  this.options = options;
}

ForceLayout.prototype.run = function run(this: LayoutContext) {
  const options = this.options;
  const nodes = options.eles.nodes();
  const bodies: Body[] = nodes.map((node) => ({ id: node.id(), x: node.position('x'), y: node.position('y'), radius: node.outerWidth() / 2 }));
  const known = new Set(bodies.map((body) => body.id));
  const links = options.eles
    .edges()
    .map((edge) => ({ source: edge.source().id(), target: edge.target().id() }))
    .filter((link) => known.has(link.source) && known.has(link.target) && link.source !== link.target);
  const simulation = forceSimulation(bodies)
    .stop()
    .alpha(options.alpha)
    .alphaDecay(1 - Math.pow(0.001 / options.alpha, 1 / options.ticks))
    .force('link', forceLink<Body, { source: string; target: string }>(links).id((body) => body.id).distance(options.linkDistance))
    // theta 0.9 trades a little accuracy of far repulsion for speed; far away bodies barely matter to where a node sits.
    .force('charge', forceManyBody().strength(options.charge).theta(0.9).distanceMax(options.linkDistance * 10))
    // Nodes never overlap: a node under another cannot be seen or clicked.
    .force('collide', forceCollide<Body>((body) => body.radius + 3).iterations(2))
    // A weak pull to the middle keeps parts of the view that share no edge from drifting apart.
    .force('x', forceX(0).strength(0.03))
    .force('y', forceY(0).strength(0.03));
  this.running = true;
  this.one('layoutstop', () => {
    this.running = false;
  });
  let done = 0;
  const slice = () => {
    if (!this.running) return;
    const until = performance.now() + options.sliceMs;
    while (done < options.ticks && performance.now() < until) {
      simulation.tick();
      done++;
    }
    if (done < options.ticks) {
      this.timer = setTimeout(slice, 0);
      return;
    }
    const at = new Map<string, Position>(bodies.map((body) => [body.id, { x: body.x ?? 0, y: body.y ?? 0 }]));
    // layoutPositions moves (or animates) the nodes, fits the view and emits layoutstart, layoutready and layoutstop.
    nodes.layoutPositions(this as unknown as string, options as unknown as LayoutPositionOptions, (node) => at.get(node.id()) ?? node.position());
  };
  this.timer = setTimeout(slice, 0);
  return this;
};

// Cytoscape stops the animations of layoutPositions itself; a layout stopped before its end still says it stopped.
ForceLayout.prototype.stop = function stop(this: LayoutContext) {
  clearTimeout(this.timer);
  if (this.running) this.emit('layoutstop');
  return this;
};

export { ForceLayout };
