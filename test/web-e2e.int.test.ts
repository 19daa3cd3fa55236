// The explorer in real Chromium against a real server holding the sample corpus: what a person does, end to end.
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnExplorerServer } from './e2e/explorer-server';
import { chromiumAvailable, launchChromium } from './e2e/chromium';

const SCREENSHOT = path.resolve(import.meta.dirname, '..', 'docs', 'screenshot.png');

// Entities of the sample corpus (examples/) the journey walks through.
const PERSON = 'Person:benjamin-huo';
const PROJECT = 'Project:fluentoperator';

let server: Awaited<ReturnType<typeof spawnExplorerServer>>;
let browser: Browser;
let page: Page;
/** Anything the pages fetch from elsewhere: must stay empty, the machine has no internet. */
const externalRequests: string[] = [];

const haveChromium = chromiumAvailable();

beforeAll(async () => {
  if (!haveChromium) return;
  server = await spawnExplorerServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) externalRequests.push(url);
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until nothing is loading any more: the status line shows no spinner, the layout has stopped. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.status[data-kind="loading"]'));
  await page.waitForTimeout(700);
}

function viewNodes(): Promise<string[]> {
  return page.evaluate(() => {
    const { cy } = (window as unknown as { talkgraph: { cy: import('cytoscape').Core } }).talkgraph;
    return cy.nodes().filter((node) => node.visible()).map((node) => node.id()).sort();
  });
}

function pathNodes(): Promise<string[]> {
  return page.evaluate(() => {
    const { cy } = (window as unknown as { talkgraph: { cy: import('cytoscape').Core } }).talkgraph;
    return cy.nodes('.on-path').map((node) => node.id()).sort();
  });
}

/** Clicks a graph element where it is drawn on the canvas, as a mouse would. */
/**
 * Clicks an element until what the click should show appears: on a loaded machine the force layout can still be
 * settling the graph, and an edge moves between finding its point and the click landing, as it would under a
 * person's mouse. A click that never shows it fails the test.
 */
async function clickUntilShown(id: string, shown: ReturnType<Page['locator']>, tries = 5): Promise<void> {
  for (let attempt = 1; attempt <= tries; attempt++) {
    await clickElement(id);
    try {
      await shown.waitFor({ timeout: attempt === tries ? 30_000 : 4_000 });
      return;
    } catch (error) {
      if (attempt === tries) throw error;
    }
  }
}

async function clickElement(id: string, clicks = 1): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const { cy } = (window as unknown as { talkgraph: { cy: import('cytoscape').Core } }).talkgraph;
    const element = cy.getElementById(elementId);
    // An edge between two close nodes is hidden under them at a low zoom: zoom in on it first, as a person would.
    if (element.group() === 'edges') cy.fit(element.union(element.connectedNodes()), 250);
    const box = cy.container()!.getBoundingClientRect();
    if (element.group() === 'edges') {
      // A point of the edge that no node covers: in a crowded graph another node can sit on its midpoint.
      const [from, to] = [element.source().renderedPosition(), element.target().renderedPosition()];
      const covered = (x: number, y: number) =>
        cy.nodes(':visible').some((node) => {
          const b = node.renderedBoundingBox({ includeLabels: false });
          return x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4;
        });
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.45, 0.55]) {
        const [x, y] = [from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t];
        if (!covered(x, y)) return { x: box.left + x, y: box.top + y };
      }
    }
    // The middle of what is drawn: a node's center, a straight edge's midpoint.
    const drawn = element.renderedBoundingBox({ includeLabels: false });
    return { x: box.left + (drawn.x1 + drawn.x2) / 2, y: box.top + (drawn.y1 + drawn.y2) / 2 };
  }, id);
  if (clicks === 2) await page.mouse.dblclick(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

async function searchAndChoose(input: string, text: string, id: string): Promise<void> {
  await page.fill(input, text);
  const option = page.locator(`.suggestion[data-id="${id}"]`);
  await option.waitFor();
  await option.dispatchEvent('mousedown');
}

describe.skipIf(!haveChromium)('the explorer in Chromium', () => {
  it('shows the empty state with what the graph holds, and API errors in words', async () => {
    await page.goto(`${server.url}/?focus=${encodeURIComponent('Talk:no-such-talk@nowhere')}`);
    const alert = page.locator('.status[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('NOT_FOUND');
    await page.goto(server.url);
    await page.locator('#empty-state').waitFor();
    // Chinese names find the same entities as English ones.
    await page.fill('.search-slot input', '蚂蚁集团');
    await page.locator('.suggestion[data-id="Organization:antgroup"]').waitFor();
    await page.fill('.search-slot input', '');
    await expect.poll(() => page.textContent('#empty-counts')).toMatch(/\d+ talks · \d+ people/);
  });

  it('walks from search to details, expansion, related talks, a path and the links view, and reload restores it', async () => {
    // search, in English, over every type
    await page.fill('.search-slot input', 'fluent operator');
    await page.locator('.suggestion').first().waitFor();
    const labels = await page.locator('.suggestion .suggestion-context').allTextContents();
    expect(labels.some((label) => label.startsWith('Talk'))).toBe(true);
    expect(labels.some((label) => label.startsWith('Project'))).toBe(true);
    await page.locator(`.suggestion[data-id="${PROJECT}"]`).dispatchEvent('mousedown');
    await settled();
    const opened = await viewNodes();
    expect(opened).toContain(PROJECT);
    expect(opened).toContain(PERSON);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(PROJECT);

    // select a talk on the canvas: its details
    const talk = opened.find((id) => id.startsWith('Talk:') && id.includes('managing-fluent-bit'))!;
    expect(talk).toBeDefined();
    const details = page.locator('#details .details[data-type="Talk"]');
    await clickUntilShown(talk, details);
    await expect.poll(() => details.textContent()).toContain('Fluent Operator: Managing Fluent Bit and Fluentd');
    const detailsText = (await details.textContent())!;
    expect(detailsText).toContain('Abstract');
    expect(detailsText).toContain('Benjamin Huo');
    expect(detailsText).toMatch(/examples\/[^\s]+\.md:\d+/);
    expect(await page.locator('#details .talk-when .entity-link').getAttribute('data-id')).toMatch(/^Event:/);

    // expand it by double-click: its event joins the view
    await clickElement(talk, 2);
    await settled();
    const expanded = await viewNodes();
    expect(expanded.length).toBeGreaterThan(opened.length);
    expect(expanded.some((id) => id.startsWith('Event:'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([talk]);

    // related talks with their reasons
    const related = page.locator('#related .related-talk');
    await related.first().waitFor();
    expect(await related.count()).toBeGreaterThan(0);
    expect(await related.first().locator('.reasons li').count()).toBeGreaterThan(0);
    // The picture for the README: the graph, the talk, and its related talks in view.
    await page.evaluate(() => {
      const related = document.getElementById('related')!;
      related.parentElement!.scrollTop = related.offsetTop - related.parentElement!.offsetTop - 12;
    });
    await page.screenshot({ path: await screenshotPath() });
    const relatedId = (await related.first().locator('.entity-link').getAttribute('data-id'))!;
    await related.first().locator('.entity-link').click();
    await settled();
    expect(new URL(page.url()).searchParams.get('focus')).toBe(relatedId);
    await page.locator(`#details .details[data-type="Talk"]`).waitFor();

    // a path between two chosen entities, highlighted
    await searchAndChoose('input[data-path-end="from"]', 'Benjamin Huo', PERSON);
    await searchAndChoose('input[data-path-end="to"]', 'Ant Group', 'Organization:antgroup');
    await page.click('text=Find path');
    await settled();
    await expect.poll(() => page.textContent('.path-result')).toMatch(/3 shortest routes/);
    // One route drawn at a time, the others listed: each drawn node once, as many as the route names.
    const routes = page.locator('.route-list .route');
    expect(await routes.count()).toBe(3);
    const firstRoute = await pathNodes();
    // Each route is listed by the way between the two ends.
    expect(firstRoute).toHaveLength((await routes.first().textContent())!.split(' → ').length + 2);
    await page.click('#route-next');
    await settled();
    const secondRoute = await pathNodes();
    expect(secondRoute).toHaveLength((await routes.nth(1).textContent())!.split(' → ').length + 2);
    expect(secondRoute).not.toEqual(firstRoute);
    expect(await routes.nth(1).getAttribute('aria-current')).toBe('true');
    expect(new URL(page.url()).searchParams.get('route')).toBe('2');
    const onPath = await pathNodes();
    expect(onPath).toContain(PERSON);
    expect(onPath).toContain('Organization:antgroup');
    const exploreUrl = page.url();
    const exploreNodes = await viewNodes();

    // reload: the same view, path included
    await page.reload();
    await settled();
    expect(await viewNodes()).toEqual(exploreNodes);
    expect(await pathNodes()).toEqual(onPath);
    expect(page.url()).toBe(exploreUrl);

    // the project–organization view drawn as a graph: weighted links, the talks behind one on click
    await page.click('#mode-links');
    await settled();
    await page.click('#links-view-force');
    await settled();
    const heaviest = await page.evaluate(() => {
      const { cy } = (window as unknown as { talkgraph: { cy: import('cytoscape').Core } }).talkgraph;
      const edges = cy.edges().sort((a, b) => b.data('weight') - a.data('weight'));
      return { id: edges.first().id(), weight: edges.first().data('weight') as number, count: edges.length };
    });
    expect(heaviest.count).toBeGreaterThan(3);
    expect(heaviest.weight).toBeGreaterThan(1);
    const link = page.locator('#details .link-details');
    await clickUntilShown(heaviest.id, link);
    expect(await link.locator('h3').first().textContent()).toMatch(/Talks behind this link \(\d+\)/);

    // reload restores the links view and its selected link; Explore returns to the path view
    await page.reload();
    await settled();
    await page.locator('#details .link-details').waitFor();
    expect(await page.getAttribute('#mode-links', 'aria-pressed')).toBe('true');
    await page.click('#mode-explore');
    await settled();
    expect(await viewNodes()).toEqual(exploreNodes);
  }, 180_000);

  it('opens what was typed: the entity of that name before the talks that mention it, on Enter', async () => {
    await page.goto(server.url);
    await page.locator('#empty-state').waitFor();
    await page.fill('.search-slot input', 'kubernetes');
    await page.locator('.suggestion').first().waitFor();
    expect(await page.locator('.suggestion').first().getAttribute('data-id')).toBe('Project:kubernetes');
    // Enter straight after typing, before any suggestion shows, opens the best one too.
    await page.fill('.search-slot input', 'Kubernetes');
    await page.press('.search-slot input', 'Enter');
    await page.waitForURL((url) => url.searchParams.has('focus'));
    await settled();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('Project:kubernetes');
    await page.locator('#details .details[data-type="Project"]').waitFor();

    // Its trends: talks per year and per event, the bars adding up to its dated talks.
    const trend = page.locator('#details .trends');
    await trend.waitFor();
    const perYear = await trend.locator('.trend-bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-count'))));
    const perEvent = await trend.locator('.trend-event').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-count'))));
    expect(perYear.length).toBeGreaterThan(0);
    expect(perEvent.length).toBeGreaterThan(1);
    expect(perEvent).toEqual([...perEvent].sort((a, b) => b - a));
    const talksTotal = Number(/\((\d+)\)/.exec((await page.locator('#details h3', { hasText: /^Talks \(/ }).textContent())!)![1]);
    const undated = Number(/(\d+) talks? without/.exec((await trend.textContent())!)?.[1] ?? 0);
    expect(perYear.reduce((a, b) => a + b, 0)).toBe(talksTotal - undated);

    // Kubernetes is a hub: its most connected neighbors are drawn, the rest wait in a group per type.
    const view = () =>
      page.evaluate(() => {
        const { cy } = (window as unknown as { talkgraph: { cy: import('cytoscape').Core } }).talkgraph;
        const groups = cy.nodes('[type = "More"]').map((n) => ({ id: n.id(), count: n.data('count') as number }));
        return { entities: cy.nodes('[type != "More"]').length, groups: groups.sort((a, b) => b.count - a.count) };
      });
    const hub = await view();
    expect(hub.entities).toBe(16);
    expect(hub.groups.length).toBeGreaterThan(0);
    const biggest = hub.groups[0];
    await clickUntilShown(biggest.id, page.locator('#details .group-details'));
    await page.click('#show-more');
    await settled();
    const more = await view();
    expect(more.entities).toBe(16 + Math.min(15, biggest.count));
    expect(more.groups.find((group) => group.id === biggest.id)?.count ?? 0).toBe(Math.max(0, biggest.count - 15));
  });

  it('shows organizations × projects as a matrix: related ones together, sortable, filterable, the evidence on click', async () => {
    await page.goto(`${server.url}/?mode=links`);
    await settled();
    // The matrix is the links view's default: the canvas gives way to it.
    expect(await page.isVisible('#graph')).toBe(false);
    const cells = page.locator('.matrix-cell');
    const all = await cells.count();
    expect(all).toBeGreaterThan(20);
    expect(await page.textContent('.matrix-summary')).toMatch(new RegExp(`\\d+ organizations × \\d+ projects, ${all} links`));
    // Related together: rows come community by community, and each community is listed with its members.
    const rowCommunities = await page.evaluate(() => {
      const { matrix } = (window as unknown as { talkgraph: { matrix: { current(): { rows: { community: number }[] } } } }).talkgraph;
      return matrix.current().rows.map((row) => row.community);
    });
    expect(rowCommunities).toEqual([...rowCommunities].sort((a, b) => a - b));
    expect(new Set(rowCommunities).size).toBeGreaterThan(1);
    expect(await page.locator('.community').count()).toBeGreaterThan(1);

    // Each cell is drawn once, none on another: the matrix has no overlaps by construction, checked on the boxes.
    const boxes = await cells.evaluateAll((groups) => groups.map((g) => g.querySelector('rect')!.getBoundingClientRect()).map((r) => `${r.x},${r.y}`));
    expect(new Set(boxes).size).toBe(all);

    // The heaviest cell is the darkest; clicking it shows the talks and people behind the link.
    const weights = await cells.evaluateAll((groups) => groups.map((g) => Number(g.getAttribute('data-weight'))));
    const heaviest = cells.nth(weights.indexOf(Math.max(...weights)));
    const opacity = (cell: typeof heaviest) => cell.evaluate((g) => Number(g.querySelector('rect')!.getAttribute('fill-opacity')));
    expect(await opacity(heaviest)).toBeGreaterThan(await opacity(cells.nth(weights.indexOf(Math.min(...weights)))));
    const heaviestId = (await heaviest.getAttribute('data-id'))!;
    await heaviest.scrollIntoViewIfNeeded();
    await heaviest.click();
    const link = page.locator('#details .link-details');
    await link.waitFor();
    const talkCount = Number(/Talks behind this link \((\d+)\)/.exec((await link.locator('h3').first().textContent()) ?? '')?.[1]);
    expect(talkCount).toBeGreaterThan(0);
    // The talks themselves come with a request of their own, once the link is selected.
    const talkItems = link.locator('.details-section').first().locator('.ref-list li');
    await talkItems.first().waitFor();
    expect(await talkItems.count()).toBe(Math.min(talkCount, 100));
    // The weight says what it counts.
    expect(await link.locator('.link-weight').textContent()).toMatch(new RegExp(`^Weight ${Math.max(...weights)} = \\d+ talks? mentioning .+ given by a speaker credited with`));
    expect(await heaviest.getAttribute('class')).toContain('selected');
    expect(new URL(page.url()).searchParams.get('select')).toBe(heaviestId);
    if (process.env.TALKGRAPH_SCREENSHOT) await page.screenshot({ path: await screenshotPath() });

    // Sortable: A to Z, kept in the URL.
    await page.selectOption('#matrix-order', 'name');
    await settled();
    const rowNames = await page.locator('.row-label').evaluateAll((labels) => {
      const names = labels.map((label) => label.firstChild!.textContent!);
      return { drawn: names, sorted: [...names].sort((a, b) => a.localeCompare(b)) };
    });
    expect(rowNames.drawn).toEqual(rowNames.sorted);
    expect(new URL(page.url()).searchParams.get('order')).toBe('name');

    // Filterable by year: fewer links, all of that year's talks.
    await page.selectOption('#filter-year', '2023');
    await settled();
    const of2023 = await cells.count();
    expect(of2023).toBeGreaterThan(0);
    expect(of2023).toBeLessThan(all);

    // By topic, by its name as people write it.
    await page.fill('#filter-topic', 'eBPF');
    await page.press('#filter-topic', 'Enter');
    await settled();
    expect(new URL(page.url()).searchParams.get('topic')).toBe('eBPF');
    const ebpf = await cells.count();
    expect(ebpf).toBeGreaterThan(0);
    expect(ebpf).toBeLessThan(of2023);
    await page.fill('#filter-topic', '');
    await page.press('#filter-topic', 'Enter');
    await settled();
    expect(await cells.count()).toBe(of2023);

    // By name: only what is named so, and a name nothing has says so.
    await page.fill('#matrix-match', 'fluent');
    const fluent = await page.locator('.column-label').allTextContents();
    expect(fluent.length).toBeGreaterThan(0);
    await page.fill('#matrix-match', 'no such name at all');
    await expect.poll(() => page.textContent('.matrix-grid')).toContain('Nothing matches');
    await page.fill('#matrix-match', '');

    // The graph is still there for who wants it; the matrix comes back with its order and filters.
    await page.click('#links-view-force');
    await settled();
    expect(await page.isVisible('#graph')).toBe(true);
    expect(new URL(page.url()).searchParams.get('view')).toBe('force');
    await page.click('#links-view-matrix');
    await settled();
    expect(await cells.count()).toBe(of2023);
    await page.reload();
    await settled();
    expect(await page.inputValue('#matrix-order')).toBe('name');
    expect(await cells.count()).toBe(of2023);
  });

  it('labels the crowded links graph without a label over another, the heaviest always, more on zooming in', async () => {
    await page.goto(`${server.url}/?mode=links&view=force`);
    await settled();
    // What is drawn, as Cytoscape measured it on the canvas: label boxes of labelled nodes, node boxes, in screen pixels.
    const drawn = () =>
      page.evaluate(() => {
        const { cy } = (window as unknown as { talkgraph: { cy: import('cytoscape').Core } }).talkgraph;
        const { width, height } = { width: cy.width(), height: cy.height() };
        const inView = cy.nodes(':visible').filter((node: import('cytoscape').NodeSingular) => {
          const { x, y } = node.renderedPosition();
          return x >= 0 && y >= 0 && x <= width && y <= height;
        }) as import('cytoscape').NodeCollection;
        const labelled = inView.filter((node) => !node.hasClass('label-hidden'));
        const box = (b: { x1: number; y1: number; x2: number; y2: number }) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
        return {
          labels: labelled.map((node) => ({ id: node.id(), ...box(node.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false })) })),
          nodes: inView.map((node) => ({ id: node.id(), ...node.renderedPosition(), size: node.renderedOuterWidth() })),
          heaviest: cy.nodes().sort((a, b) => b.data('degree') - a.data('degree')).slice(0, 3).map((node) => node.id()),
          inView: inView.length,
        };
      });
    const overlapping = (boxes: { id: string; x1: number; y1: number; x2: number; y2: number }[]) => {
      const pairs: string[] = [];
      // A pixel of anti-aliasing either way is not an overlap anyone sees.
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) pairs.push(`${a.id} × ${b.id}`);
      }
      return pairs;
    };
    const fitted = await drawn();
    expect(fitted.labels.length).toBeGreaterThan(10);
    expect(overlapping(fitted.labels)).toEqual([]);
    for (const id of fitted.heaviest) expect(fitted.labels.map((label) => label.id)).toContain(id);
    // No node on the spot of another.
    for (const [i, a] of fitted.nodes.entries()) {
      for (const b of fitted.nodes.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} on ${b.id}`).toBeGreaterThan((a.size + b.size) / 4);
    }

    // Zoomed in: a larger share of what is in view is labelled, still without overlap.
    await page.click('#action-zoom-in');
    await page.click('#action-zoom-in');
    await page.click('#action-zoom-in');
    await settled();
    const zoomed = await drawn();
    expect(zoomed.labels.length / zoomed.inView).toBeGreaterThan(fitted.labels.length / fitted.inView);
    expect(overlapping(zoomed.labels)).toEqual([]);

    // Zoomed far out: the heaviest keep their labels.
    for (let i = 0; i < 6; i++) await page.click('#action-zoom-out');
    await settled();
    const far = await drawn();
    expect(overlapping(far.labels)).toEqual([]);
    expect(far.labels.map((label) => label.id)).toContain(far.heaviest[0]);
  });

  it('says when filters leave nothing, explains edges, and exports nothing from an empty view', async () => {
    await page.goto(server.url);
    await page.locator('#empty-state').waitFor();
    expect(await page.isDisabled('#action-export-png')).toBe(true);
    expect(await page.locator('.edge-legend li').count()).toBeGreaterThan(8);
    expect(await page.textContent('.edge-legend')).toContain('presented');

    // An event of one year and another year: no talk is both; the links graph says so instead of the landing text.
    await page.goto(`${server.url}/?mode=links&view=force`);
    await settled();
    const event = await page.evaluate(() => {
      const option = [...document.querySelectorAll<HTMLOptionElement>('#filter-event option')].find((o) => o.textContent!.includes('2024'));
      return option!.value;
    });
    await page.selectOption('#filter-event', event);
    await settled();
    await page.selectOption('#filter-year', '2023');
    await settled();
    expect(await page.isVisible('#nothing-matches')).toBe(true);
    expect(await page.isVisible('#empty-state')).toBe(false);
    expect(await page.textContent('#nothing-matches-text')).toContain('year 2023');
    expect(await page.isDisabled('#action-export-png')).toBe(true);
    await page.click('#clear-filters');
    await settled();
    expect(await page.isVisible('#nothing-matches')).toBe(false);
    expect(await page.isDisabled('#action-export-png')).toBe(false);
  });

  it('filters by type and year, and exports the view', async () => {
    await page.goto(`${server.url}/?focus=${encodeURIComponent(PERSON)}`);
    await settled();
    const before = await viewNodes();
    expect(before.some((id) => id.startsWith('Talk:'))).toBe(true);
    await page.uncheck('#type-Talk');
    await settled();
    expect((await viewNodes()).some((id) => id.startsWith('Talk:'))).toBe(false);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('Talk');
    await page.check('#type-Talk');
    await settled();
    // Benjamin Huo spoke in 2023 and 2024: the year filter keeps one year's talks.
    await page.selectOption('#filter-year', '2023');
    await settled();
    const years = await page.evaluate(() => {
      const { cy } = (window as unknown as { talkgraph: { cy: import('cytoscape').Core } }).talkgraph;
      return cy.nodes('[type = "Talk"]').filter((node) => node.visible()).map((node) => node.data('year') as number);
    });
    expect(years.length).toBeGreaterThan(0);
    expect(new Set(years)).toEqual(new Set([2023]));
    expect((await viewNodes()).length).toBeLessThan(before.length);
    await page.selectOption('#filter-year', '');
    await settled();
    expect(await viewNodes()).toEqual(before);
    const download = page.waitForEvent('download');
    await page.click('#action-export-json');
    const file = await download;
    expect(file.suggestedFilename()).toBe('talkgraph-view.json');
    const png = page.waitForEvent('download');
    await page.click('#action-export-png');
    expect((await png).suggestedFilename()).toBe('talkgraph-view.png');
    // GraphML for Gephi or yEd: every node of the view, positions included.
    const graphmlDownload = page.waitForEvent('download');
    await page.click('#action-export-graphml');
    const graphmlFile = await graphmlDownload;
    expect(graphmlFile.suggestedFilename()).toBe('talkgraph-view.graphml');
    const graphml = readFileSync((await graphmlFile.path())!, 'utf8');
    expect(graphml.match(/<node /g)).toHaveLength(before.length);
    expect(graphml).toContain(`<node id="${PERSON}"><data key="n_label">Person</data><data key="n_name">Benjamin Huo</data>`);
    // CSV: two tables, nodes and edges.
    const tables: string[] = [];
    page.on('download', (csvFile) => tables.push(csvFile.suggestedFilename()));
    await page.click('#action-export-csv');
    await expect.poll(() => tables.sort()).toEqual(['talkgraph-view-edges.csv', 'talkgraph-view-nodes.csv']);
  });
});

describe.skipIf(!haveChromium)('the GraphQL IDE', () => {
  it('runs its example query with everything served by talkgraph itself', async () => {
    await page.goto(`${server.url}/graphiql`);
    // A click before the editor holds the example query runs nothing: wait for it (slow on a loaded machine).
    await page.getByText('ProjectOrganizationLinks').first().waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.result-window').textContent(), { timeout: 60_000 }).toContain('"weight"');
    expect(externalRequests).toEqual([]);
  });
});

/** docs/screenshot.png only when asked (TALKGRAPH_SCREENSHOT=1): a test run must not rewrite tracked files. */
async function screenshotPath(): Promise<string> {
  if (!process.env.TALKGRAPH_SCREENSHOT) return path.join(tmpdir(), 'talkgraph-screenshot.png');
  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  return SCREENSHOT;
}
