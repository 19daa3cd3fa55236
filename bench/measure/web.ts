// Time to first render, to a finished layout and to a zoom frame in headless Chromium, for views of 500, 2,000 and
// 5,000 elements. `talkgraph bench run --only web`; the page is bench/web, the explorer's own code.

import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import type { RenderTiming } from '../web/main';
import { fmt, type Measurement } from '../results';

export const WEB_SIZES = [500, 2_000, 5_000];
export const FIRST_RENDER_LIMIT_MS = 1_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
// Five fresh pages per size: the machine is shared, and the median of five shrugs off two slow rounds.
const ROUNDS = Number(process.env.WEB_ROUNDS ?? 5);
const ROUND_TIMEOUT_MS = 60_000;

export interface WebResult {
  elements: number;
  rounds: RenderTiming[];
}

export async function measureWeb(log: (line: string) => void, sizes = WEB_SIZES, rounds = ROUNDS): Promise<WebResult[]> {
  const dist = await mkdtemp(join(tmpdir(), 'talkgraph-bench-web-'));
  const { build } = await import('vite');
  await build({ root: 'bench/web', configFile: false, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const server = await serve(dist);
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const results: WebResult[] = [];
  try {
    for (const elements of sizes) {
      const result: WebResult = { elements, rounds: [] };
      for (let round = 0; round < rounds; round++) {
        // A fresh page each round: a view is measured from an empty graph, as a person opening a link sees it.
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(url);
        await page.waitForFunction(() => 'renderBench' in window);
        const timing = await withTimeout(
          page.evaluate(
            (options) => (window as unknown as { renderBench(o: typeof options): Promise<RenderTiming> }).renderBench(options),
            { elements, seed: round + 1 },
          ),
          ROUND_TIMEOUT_MS,
          `${elements} elements, round ${round + 1}: no finished frame within ${ROUND_TIMEOUT_MS / 1000} s (page errors: ${errors.join('; ') || 'none'})`,
        );
        await page.close();
        if (errors.length > 0) throw new Error(`the page failed: ${errors[0]}`);
        if (timing.elements !== elements) throw new Error(`asked for ${elements} elements, the view had ${timing.elements}`);
        result.rounds.push(timing);
      }
      const of = (key: keyof RenderTiming) => median(result.rounds.map((r) => r[key])).toFixed(0);
      log(`web ${elements} elements: first render ${of('firstRenderMs')} ms, layout ${of('layoutMs')} ms, zoom frame ${of('zoomFrameMs')} ms (load ${loadavg()[0].toFixed(1)})`);
      results.push(result);
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await rm(dist, { recursive: true, force: true });
  }
  return results;
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
    const of = (key: keyof RenderTiming) => median(rounds.map((r) => r[key]));
    const first = of('firstRenderMs');
    const size = `web, ${elements.toLocaleString('en-US')} elements (${rounds[0].nodes.toLocaleString('en-US')} nodes)`;
    const spread = (key: keyof RenderTiming) => {
      const values = rounds.map((r) => r[key]);
      return `${fmt.ms(Math.min(...values))}–${fmt.ms(Math.max(...values))}`;
    };
    return [
      {
        what: `${size}: first render (median of ${rounds.length}; ${spread('firstRenderMs')})`,
        measured: fmt.ms(first),
        ...(elements === 2_000 ? { target: `< ${FIRST_RENDER_LIMIT_MS} ms`, pass: first < FIRST_RENDER_LIMIT_MS } : {}),
      },
      {
        what:
          `${size}: finished layout (${spread('layoutMs')}); a node then ${(of('movedShare') * 100).toFixed(0)}% of the view from where first drawn, ` +
          `${(of('hiddenShare') * 100).toFixed(1)}% of nodes under another`,
        measured: fmt.ms(of('layoutMs')),
      },
      { what: `${size}: zoom step redrawn (${spread('zoomFrameMs')})`, measured: fmt.ms(of('zoomFrameMs')) },
    ];
  });
}
