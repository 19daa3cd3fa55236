// Time to first render, to a finished layout and to a zoom frame in headless Chromium, for views of 500, 2,000 and
// 5,000 elements. `talkgraph bench run --only web`; the page is bench/web, the explorer's own code.

import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DATA_MARK, type LinksTiming, type RenderTiming } from '../web/timing';
import { fmt, type Measurement } from '../results';

export const WEB_SIZES = [500, 2_000, 5_000];
export const FIRST_RENDER_LIMIT_MS = 1_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
// Five fresh pages per size: the machine is shared, and the median of five shrugs off two slow rounds.
const ROUNDS = Number(process.env.WEB_ROUNDS ?? 5);
const ROUND_TIMEOUT_MS = 60_000;

/** A round's timings and, from a trace of it, the main thread's CPU time over the same stretches. */
export interface WebRound extends RenderTiming {
  firstRenderCpuMs: number;
  layoutCpuMs: number;
}

export interface WebResult {
  elements: number;
  rounds: WebRound[];
}

/** The bench page built by Vite and served, and Chromium opened, for `work`; all of it taken down after. */
async function withBenchPage<T>(work: (browser: Browser, url: string) => Promise<T>): Promise<T> {
  const dist = await mkdtemp(join(tmpdir(), 'talkgraph-bench-web-'));
  const { build } = await import('vite');
  await build({ root: 'bench/web', configFile: false, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const server = await serve(dist);
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    return await work(browser, url);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await rm(dist, { recursive: true, force: true });
  }
}

export function measureWeb(log: (line: string) => void, sizes = WEB_SIZES, rounds = ROUNDS): Promise<WebResult[]> {
  return withBenchPage(async (browser, url) => {
    const results: WebResult[] = [];
    for (const elements of sizes) {
      const result: WebResult = { elements, rounds: [] };
      for (let round = 0; round < rounds; round++) {
        // A fresh page each round: a view is measured from an empty graph, as a person opening a link sees it.
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(url);
        await page.waitForFunction(() => 'renderBench' in window);
        await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        const timing = await withTimeout(
          page.evaluate(
            (options) => (window as unknown as { renderBench(o: typeof options): Promise<RenderTiming> }).renderBench(options),
            { elements, seed: round + 1 },
          ),
          ROUND_TIMEOUT_MS,
          `${elements} elements, round ${round + 1}: no finished frame within ${ROUND_TIMEOUT_MS / 1000} s (page errors: ${errors.join('; ') || 'none'})`,
        );
        const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
        await page.close();
        if (errors.length > 0) throw new Error(`the page failed: ${errors[0]}`);
        if (timing.elements !== elements) throw new Error(`asked for ${elements} elements, the view had ${timing.elements}`);
        const busy = mainThreadBusy(trace.traceEvents, timing.dataInHand);
        result.rounds.push({ ...timing, firstRenderCpuMs: busy(timing.firstRenderMs), layoutCpuMs: busy(timing.layoutMs) });
      }
      const of = (key: keyof WebRound) => median(result.rounds.map((r) => r[key])).toFixed(0);
      log(
        `web ${elements} elements: first render ${of('firstRenderMs')} ms (CPU ${of('firstRenderCpuMs')} ms), layout ${of('layoutMs')} ms ` +
          `(CPU ${of('layoutCpuMs')} ms), zoom frame ${of('zoomFrameMs')} ms (load ${loadavg()[0].toFixed(1)})`,
      );
      results.push(result);
    }
    return results;
  });
}

export interface LinksViewResult {
  /** The API answer the view was drawn from, and the graph it came from. */
  answer: string;
  rounds: (LinksTiming & { matrixCpuMs: number })[];
}

/**
 * The links view of a real graph: the saved API answer to the explorer's links query handed to the explorer's API
 * client, drawn as the matrix (the default), then as the force graph, then zoomed one step. A fresh page per round.
 */
export function measureLinksView(log: (line: string) => void, answerFile: string, rounds = ROUNDS): Promise<LinksViewResult> {
  return withBenchPage(async (browser, url) => {
    const answer = await readFile(answerFile, 'utf8');
    const result: LinksViewResult = { answer: answerFile, rounds: [] };
    for (let round = 0; round < rounds; round++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      await page.waitForFunction(() => 'linksBench' in window);
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const timing = await withTimeout(
        page.evaluate((options) => (window as unknown as { linksBench(o: typeof options): Promise<LinksTiming> }).linksBench(options), { answer }),
        ROUND_TIMEOUT_MS,
        `links view, round ${round + 1}: not drawn within ${ROUND_TIMEOUT_MS / 1000} s (page errors: ${errors.join('; ') || 'none'})`,
      );
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      await page.close();
      if (errors.length > 0) throw new Error(`the page failed: ${errors[0]}`);
      result.rounds.push({ ...timing, matrixCpuMs: mainThreadBusy(trace.traceEvents, timing.dataInHand)(timing.matrixMs) });
    }
    const of = (key: keyof LinksViewResult['rounds'][number]) => median(result.rounds.map((r) => r[key])).toFixed(0);
    log(`links view (${of('links')} links): matrix ${of('matrixMs')} ms (CPU ${of('matrixCpuMs')} ms), graph ${of('graphFirstMs')} ms, layout ${of('graphLayoutMs')} ms, zoom ${of('zoomFrameMs')} ms (load ${loadavg()[0].toFixed(1)})`);
    return result;
  });
}

export function linksViewRows({ rounds }: LinksViewResult, docs: number): Measurement[] {
  const of = (key: keyof LinksViewResult['rounds'][number]) => median(rounds.map((r) => r[key]));
  const spread = (key: keyof LinksViewResult['rounds'][number]) => {
    const values = rounds.map((r) => r[key]);
    return `${fmt.ms(Math.min(...values))}–${fmt.ms(Math.max(...values))}`;
  };
  const view = `web, links view of the ${docs.toLocaleString('en-US')}-document graph (${of('links').toLocaleString('en-US')} links: ${of('organizations').toLocaleString('en-US')} organizations × ${of('projects').toLocaleString('en-US')} projects)`;
  return [
    {
      what: `${view}: first render, the matrix (median of ${rounds.length}; ${spread('matrixMs')}; main thread busy ${fmt.ms(of('matrixCpuMs'))} of it)`,
      measured: fmt.ms(of('matrixMs')),
      target: `< ${FIRST_RENDER_LIMIT_MS} ms`,
      pass: of('matrixMs') < FIRST_RENDER_LIMIT_MS,
    },
    { what: `${view}: "Graph" pressed → first frame with every node inside the view (${spread('graphFirstMs')})`, measured: fmt.ms(of('graphFirstMs')) },
    { what: `${view}: "Graph" pressed → force layout finished (${spread('graphLayoutMs')})`, measured: fmt.ms(of('graphLayoutMs')) },
    { what: `${view}: zoom step on the links graph redrawn (${spread('zoomFrameMs')}; the matrix has no zoom, it scrolls)`, measured: fmt.ms(of('zoomFrameMs')) },
  ];
}

// The lightest categories that still hold every task of a thread with its CPU time (tdur), and the page's marks.
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];
const TASK = 'ThreadControllerImpl::RunTask';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/**
 * The main thread's CPU time (its tasks' thread durations) from the data in hand to `ms` after it: what the view cost,
 * whatever else the machine was doing, where wall-clock time also counts the waits for a core.
 */
function mainThreadBusy(events: TraceEvent[], dataInHand: number): (ms: number) => number {
  const mark = events.find((event) => event.name === DATA_MARK);
  if (!mark) throw new Error(`the trace holds no ${DATA_MARK} mark`);
  const tasks = events.filter((event) => event.name === TASK && event.ph === 'X' && event.pid === mark.pid && event.tid === mark.tid);
  const start = mark.ts;
  return (ms) => {
    const end = start + ms * 1000;
    let busy = 0;
    for (const task of tasks) {
      const duration = task.dur ?? 0;
      const overlap = Math.min(end, task.ts + duration) - Math.max(start, task.ts);
      // A task cut by either end counts for its share of the stretch.
      if (overlap > 0 && duration > 0) busy += (task.tdur ?? duration) * (overlap / duration);
    }
    return busy / 1000;
  };
}

/** A view that never reaches its finished frame is a failure to report, not a run that hangs. */
function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(root: string): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer(async (request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      const found = await stat(file).catch(() => undefined);
      if (!found?.isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export function webRows(results: WebResult[]): Measurement[] {
  return results.flatMap(({ elements, rounds }) => {
    const of = (key: keyof WebRound) => median(rounds.map((r) => r[key]));
    const first = of('firstRenderMs');
    const size = `web, ${elements.toLocaleString('en-US')} elements (${rounds[0].nodes.toLocaleString('en-US')} nodes)`;
    const spread = (key: keyof WebRound) => {
      const values = rounds.map((r) => r[key]);
      return `${fmt.ms(Math.min(...values))}–${fmt.ms(Math.max(...values))}`;
    };
    return [
      {
        what: `${size}: first render (median of ${rounds.length}; ${spread('firstRenderMs')}; main thread busy ${fmt.ms(of('firstRenderCpuMs'))} of it)`,
        measured: fmt.ms(first),
        ...(elements === 2_000 ? { target: `< ${FIRST_RENDER_LIMIT_MS} ms`, pass: first < FIRST_RENDER_LIMIT_MS } : {}),
      },
      {
        what:
          `${size}: finished layout (${spread('layoutMs')}; main thread busy ${fmt.ms(of('layoutCpuMs'))}); a node then ${(of('movedShare') * 100).toFixed(0)}% of the view from where first drawn, ` +
          `${(of('hiddenShare') * 100).toFixed(1)}% of nodes under another`,
        measured: fmt.ms(of('layoutMs')),
      },
      { what: `${size}: zoom step redrawn (${spread('zoomFrameMs')})`, measured: fmt.ms(of('zoomFrameMs')) },
    ];
  });
}
