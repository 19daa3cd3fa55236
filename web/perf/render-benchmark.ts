// Measures the explorer in headless Chromium: time to first render and to a finished layout for 500, 2,000 and 5,000
// elements. A script, not a test: `npx tsx web/perf/render-benchmark.ts [sizes...]`. The page is the real build
// (web/dist), its files served by the browser's request routing, so no server or database is involved.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../../test/e2e/chromium';
import { ensureWebBuilt, WEB_DIST } from '../build';

const ORIGIN = 'http://talkgraph.bench';
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [500, 2000, 5000];
const RUNS = Number(process.env.RUNS ?? 3);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' } as Record<string, string>;

interface Measurement {
  elements: number;
  nodes: number;
  edges: number;
  firstRenderMs: number;
  layoutMs: number;
  /** One zoom step redrawn: what panning and zooming feel like once the layout is done. */
  zoomFrameMs: number;
}

async function main(): Promise<void> {
  await ensureWebBuilt((line) => console.error(line));
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/graphql') {
      // The page asks for events and counts at start; empty answers keep the measurement about drawing alone.
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { events: { nodes: [] }, stats: { byLabel: [] } } }) });
    }
    const file = path.join(WEB_DIST, url.pathname === '/' ? 'index.html' : url.pathname);
    return route.fulfill({ body: await readFile(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction('"talkgraph" in window');
  // tsx compiles this file keeping function names through a `__name` helper; the page needs it for `measure`.
  await page.evaluate('window.__name = (fn) => fn');

  const results: Measurement[] = [];
  for (const size of SIZES) {
    for (let run = 0; run < RUNS; run += 1) {
      results.push(await page.evaluate(measure, { size, seed: run + 1 }));
    }
  }
  await browser.close();

  console.log(`Explorer rendering in headless Chromium (${RUNS} runs each, median; force layout preset)`);
  console.log('| elements | nodes | edges | first render (ms) | finished layout (ms) | zoom step redrawn (ms) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of SIZES) {
    const runs = results.filter((r) => r.elements === size);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `| ${size} | ${runs[0].nodes} | ${runs[0].edges} | ${median(runs.map((r) => r.firstRenderMs)).toFixed(0)} | ${median(runs.map((r) => r.layoutMs)).toFixed(0)} | ${median(runs.map((r) => r.zoomFrameMs)).toFixed(0)} |`,
    );
  }
}

/** Runs in the page: a talk-graph-shaped random graph of `size` elements, drawn and laid out by the explorer. */
async function measure({ size, seed }: { size: number; seed: number }): Promise<Measurement> {
  type Core = import('cytoscape').Core;
  const { cy, controller } = (window as unknown as { talkgraph: { cy: Core; controller: { runLayout(name: string): Promise<void> } } }).talkgraph;
  let state = seed * 7919;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const types = ['Talk', 'Talk', 'Talk', 'Person', 'Person', 'Organization', 'Project', 'Project', 'Event', 'Topic'];
  // About 2 edges per node, as in the sample corpus's neighborhoods.
  const nodeCount = Math.round(size / 3);
  const edgeCount = size - nodeCount;
  const elements: import('cytoscape').ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i += 1) {
    const type = types[Math.floor(random() * types.length)];
    elements.push({ group: 'nodes', data: { id: `n${i}`, type, name: `${type} ${i}`, label: `${type} number ${i}`, degree: 0 } });
  }
  for (let i = 0; i < edgeCount; i += 1) {
    // Skewed ends: a few hubs (big events, popular projects) carry many edges.
    const source = Math.floor(random() * nodeCount);
    const target = Math.floor(Math.pow(random(), 2.5) * nodeCount);
    elements.push({ group: 'edges', data: { id: `e${i}`, source: `n${source}`, target: `n${target === source ? (target + 1) % nodeCount : target}`, type: 'MENTIONS', weight: 1 } });
  }
  // Nodes start on a square grid (where they are matters little for drawing; all at one point would flatter it).
  const side = Math.ceil(Math.sqrt(nodeCount));
  for (const [index, element] of elements.entries()) {
    if (element.group === 'nodes') element.position = { x: (index % side) * 60, y: Math.floor(index / side) * 60 };
  }
  cy.elements().remove();
  const started = performance.now();
  cy.add(elements);
  cy.fit(undefined, 30);
  // First render: the elements drawn once. Cytoscape draws in the frame after a change; the frame after that starts
  // only when the drawing is done.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const firstRender = performance.now() - started;
  const layoutStarted = performance.now();
  await controller.runLayout('force');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const layout = performance.now() - layoutStarted;
  const zoomStarted = performance.now();
  cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const zoomFrame = performance.now() - zoomStarted;
  return { elements: size, nodes: nodeCount, edges: edgeCount, firstRenderMs: firstRender, layoutMs: layout, zoomFrameMs: zoomFrame };
}

await main();
