// The explorer's own canvas, controller, stylesheet and layouts on a page of their own, handed a subgraph of a chosen
// size by an in-memory API, so that what is timed is the explorer drawing it and nothing of the network.
import type { Core } from 'cytoscape';
import { createApiClient, GraphQLClient } from '../../web/src/api-client';
import type { ExplorerApi } from '../../web/src/api-types';
import { createCanvas } from '../../web/src/canvas';
import { GraphController } from '../../web/src/controller';
import { createMatrixPanel } from '../../web/src/panels/matrix';
import { syntheticSubgraph } from './synthetic';
import { DATA_MARK, type LinksTiming, type RenderTiming } from './timing';

/** When the frame being drawn now has been painted: a task queued meanwhile runs once the browser has finished it. */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => setTimeout(() => resolve(performance.now()), 0));
}

/** When the first frame that `accept` approves of has been painted, in `performance.now()` time. */
function painted(cy: Core, accept: () => boolean = () => true): Promise<number> {
  return new Promise((resolve) => {
    const onRender = () => {
      if (!accept()) return;
      cy.off('render', onRender);
      resolve(afterPaint());
    };
    cy.on('render', onRender);
  });
}

function snapshot(cy: Core): Float64Array {
  const nodes = cy.nodes();
  const positions = new Float64Array(nodes.length * 2);
  nodes.forEach((node, index) => {
    positions[2 * index] = node.position('x');
    positions[2 * index + 1] = node.position('y');
  });
  return positions;
}

function same(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Every node inside the view, and nine in ten at a place of their own: not stacked at the origin, none off screen. */
function placed(cy: Core, nodeCount: number): boolean {
  const { nodes, inside, apart } = placement(cy);
  return nodes >= nodeCount && inside === nodes && apart >= nodes * 0.9;
}

function placement(cy: Core): { nodes: number; inside: number; apart: number } {
  const { x1, x2, y1, y2 } = cy.extent();
  const spots = new Set<string>();
  let inside = 0;
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    if (x >= x1 && x <= x2 && y >= y1 && y <= y2) inside++;
    spots.add(`${Math.round(x)},${Math.round(y)}`);
  });
  return { nodes: cy.nodes().length, inside, apart: spots.size };
}

function describePlacement(cy: Core): string {
  const { nodes, inside, apart } = placement(cy);
  return `${nodes} nodes, ${inside} inside the view, ${apart} distinct positions`;
}

function positions(cy: Core): Map<string, { x: number; y: number }> {
  return new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
}

// Made when the page loads, as the explorer makes it: its first, empty frame is long drawn when a view is opened.
const cy = createCanvas(document.getElementById('graph')!);

async function renderBench({ elements, seed }: { elements: number; seed: number }): Promise<RenderTiming> {
  const subgraph = syntheticSubgraph(elements, seed);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  let dataInHand = 0;
  let firstPositions = new Map<string, { x: number; y: number }>();
  const frames: { first: Promise<number> | null } = { first: null };
  const api = {
    async neighborhood() {
      frames.first = painted(cy, () => {
        if (!placed(cy, subgraph.nodes.length)) return false;
        firstPositions = positions(cy);
        return true;
      });
      dataInHand = performance.now();
      // Ties performance.now() to the trace's clock, where the benchmark reads how busy the main thread was.
      performance.mark(DATA_MARK, { startTime: dataInHand });
      return subgraph;
    },
  } as unknown as ExplorerApi;
  // The last layout to stop before open() resolves is the one whose positions stay; its frame is the finished view.
  const finished = layoutFrames();
  const controller = new GraphController(cy, api, { neighborhoodLimit: elements, hubPage: Infinity });
  await controller.open(subgraph.nodes[0].id);
  const finishedFrame = finished();
  if (!frames.first || !finishedFrame) throw new Error('open() resolved without asking for the view or laying it out');
  const layoutAt = await finishedFrame;
  // No frame after the finished one can be the first: a view whose nodes never stood apart fails, with the reason.
  const firstAt = await Promise.race([
    frames.first,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no frame showed the nodes apart inside the view; finished: ${describePlacement(cy)}`)), 1_000),
    ),
  ]);
  const movedShare = moved(firstPositions, positions(cy), cy);
  const hiddenShare = hidden(cy);
  const zoomFrameMs = await zoomStep(controller);
  return {
    elements: cy.elements().length,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    firstRenderMs: firstAt - dataInHand,
    layoutMs: layoutAt - dataInHand,
    movedShare,
    hiddenShare,
    zoomFrameMs,
    dataInHand,
  };
}

/** The zoom-in button pressed on a finished view → that frame painted, in ms. */
async function zoomStep(controller: GraphController): Promise<number> {
  // Someone looks at the view before zooming: let the renderer finish what it does when idle (label caches).
  await new Promise((resolve) => setTimeout(resolve, 500));
  const zoomFrame = painted(cy);
  const zoomStarted = performance.now();
  controller.zoomBy(1.25);
  return (await zoomFrame) - zoomStarted;
}

/**
 * From now on, when the frame that shows where the last layout stopped is painted. Every frame drawn is kept with its
 * positions: an animated layout stops after drawing its last positions.
 */
function layoutFrames(): () => Promise<number> | null {
  let lastFrame: { positions: Float64Array; at: Promise<number> } = { positions: new Float64Array(0), at: Promise.resolve(0) };
  let finished: Promise<number> | null = null;
  cy.on('render', () => {
    lastFrame = { positions: snapshot(cy), at: afterPaint() };
  });
  cy.on('layoutstop', () => {
    finished = same(lastFrame.positions, snapshot(cy)) ? lastFrame.at : painted(cy);
  });
  return () => finished;
}

function moved(before: Map<string, { x: number; y: number }>, after: Map<string, { x: number; y: number }>, cy: Core): number {
  const box = cy.nodes().boundingBox({});
  const diagonal = Math.hypot(box.w, box.h) || 1;
  const distances = [...after].map(([id, at]) => {
    const from = before.get(id) ?? at;
    return Math.hypot(at.x - from.x, at.y - from.y) / diagonal;
  });
  distances.sort((a, b) => a - b);
  return distances[Math.floor(distances.length / 2)] ?? 0;
}

function hidden(cy: Core): number {
  const boxes = cy.nodes().map((node) => ({ id: node.id(), center: node.position(), box: node.boundingBox({ includeLabels: false }) }));
  let covered = 0;
  for (const { id, center } of boxes) {
    if (boxes.some((other) => other.id !== id && center.x > other.box.x1 && center.x < other.box.x2 && center.y > other.box.y1 && center.y < other.box.y2)) covered++;
  }
  return covered / Math.max(1, boxes.length);
}

/**
 * The links view as the explorer shows it: the API client handed the saved answer of the real graph's API to the
 * explorer's links query, the controller's links view, the matrix panel drawn while the canvas is hidden (as on the
 * explorer's page), then "Graph": the canvas shown, the force layout run, and a zoom step.
 */
async function linksBench({ answer }: { answer: string }): Promise<LinksTiming> {
  const graph = document.getElementById('graph')!;
  const host = document.getElementById('matrix')!;
  graph.hidden = true;
  host.hidden = false;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  let dataInHand = 0;
  const client = new GraphQLClient('/graphql', async () => {
    dataInHand = performance.now();
    performance.mark(DATA_MARK, { startTime: dataInHand });
    return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } });
  });
  const controller = new GraphController(cy, createApiClient(client), {});
  const matrix = createMatrixPanel({ onSelectLink: () => {}, onSelectEntity: () => {}, onOrder: () => {} });
  host.append(matrix.element);
  await controller.showLinks();
  matrix.show(controller.currentLinks(), controller.viewState().matrixOrder, null);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const matrixAt = await afterPaint();
  const drawn = matrix.current();
  if (!drawn) throw new Error('the matrix drew nothing');

  host.hidden = true;
  graph.hidden = false;
  const graphStarted = performance.now();
  const nodeCount = cy.nodes().length;
  const first = painted(cy, () => placed(cy, nodeCount));
  const finished = layoutFrames();
  await controller.setLinksView('force');
  const finishedFrame = finished();
  if (!finishedFrame) throw new Error('the links graph was not laid out');
  const layoutAt = await finishedFrame;
  // A view whose nodes never all stood apart inside it before the layout's end counts from that end.
  const firstAt = await Promise.race([first, new Promise<number>((resolve) => setTimeout(() => resolve(layoutAt), 1_000))]);
  const zoomFrameMs = await zoomStep(controller);
  return {
    links: controller.currentLinks().length,
    organizations: cy.nodes('[type = "Organization"]').length,
    projects: cy.nodes('[type = "Project"]').length,
    matrixMs: matrixAt - dataInHand,
    graphFirstMs: Math.min(firstAt, layoutAt) - graphStarted,
    graphLayoutMs: layoutAt - graphStarted,
    zoomFrameMs,
    dataInHand,
  };
}

(window as unknown as { renderBench: typeof renderBench }).renderBench = renderBench;
(window as unknown as { linksBench: typeof linksBench }).linksBench = linksBench;
