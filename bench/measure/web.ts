// Time to first render and to a finished layout in headless Chromium, for views of 500, 2,000 and 5,000 elements.

import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { fmt, type Measurement } from '../results';

export const WEB_SIZES = [500, 2_000, 5_000];
export const FIRST_RENDER_LIMIT_MS = 1_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const ROUNDS = 3;

export interface WebResult {
  elements: number;
  firstRenderMs: number[];
  layoutMs: number[];
}

export async function measureWeb(log: (line: string) => void): Promise<WebResult[]> {
  const dist = await mkdtemp(join(tmpdir(), 'talkgraph-bench-web-'));
  const { build } = await import('vite');
  await build({ root: 'bench/web', configFile: false, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const server = await serve(dist);
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const results: WebResult[] = [];
  try {
    for (const elements of WEB_SIZES) {
      const result: WebResult = { elements, firstRenderMs: [], layoutMs: [] };
      for (let round = 0; round < ROUNDS; round++) {
        // A fresh page each round: a view is measured from an empty graph, as a person opening a link sees it.
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(url);
        await page.waitForFunction(() => 'renderBench' in window);
        const timing = await page.evaluate(
          (n) => (window as unknown as { renderBench(n: number): Promise<{ elements: number; firstRenderMs: number; layoutMs: number }> }).renderBench(n),
          elements,
        );
        await page.close();
        if (Math.abs(timing.elements - elements) > elements * 0.02) throw new Error(`asked for ${elements} elements, the view had ${timing.elements}`);
        result.firstRenderMs.push(timing.firstRenderMs);
        result.layoutMs.push(timing.layoutMs);
      }
      log(`web ${elements} elements: first render ${median(result.firstRenderMs).toFixed(0)} ms, layout ${median(result.layoutMs).toFixed(0)} ms`);
      results.push(result);
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await rm(dist, { recursive: true, force: true });
  }
  return results;
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
  return results.flatMap((r) => {
    const first = median(r.firstRenderMs);
    const layout = median(r.layoutMs);
    return [
      {
        what: `web, ${r.elements.toLocaleString('en-US')} elements: first render (median of ${r.firstRenderMs.length})`,
        measured: fmt.ms(first),
        ...(r.elements === 2_000 ? { target: `< ${FIRST_RENDER_LIMIT_MS} ms`, pass: first < FIRST_RENDER_LIMIT_MS } : {}),
      },
      { what: `web, ${r.elements.toLocaleString('en-US')} elements: finished layout (force, fcose)`, measured: fmt.ms(layout) },
    ];
  });
}
