// The explorer's corrections panel in real Chromium against a server allowed to write corrections: two nodes made
// one, a talk taken out, the review list, and the corrections file the clicks wrote.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTIONS_FILE } from '../ingest/corrections';
import { spawnExplorerServer } from './e2e/explorer-server';
import { chromiumAvailable, launchChromium } from './e2e/chromium';

const haveChromium = chromiumAvailable();
const folder = mkdtempSync(path.join(tmpdir(), 'talkgraph-web-corrections-'));
const file = path.join(folder, CORRECTIONS_FILE);
const TALK = 'Talk:sponsor-demo-the-northwind-developer-portal@kubecon-eu-2025';

let server: Awaited<ReturnType<typeof spawnExplorerServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!haveChromium) return;
  cpSync('test/fixtures/corrections/corpus', folder, { recursive: true });
  server = await spawnExplorerServer(['--corpus', folder, '--allow-corrections']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.status[data-kind="loading"]'));
  await page.waitForTimeout(500);
}

/** Selects a node as a click on it would. */
async function select(id: string): Promise<void> {
  await page.evaluate((nodeId) => {
    const { cy } = (window as unknown as { talkgraph: { cy: import('cytoscape').Core } }).talkgraph;
    cy.getElementById(nodeId).emit('tap');
  }, id);
}

function viewNodes(): Promise<string[]> {
  return page.evaluate(() => {
    const { cy } = (window as unknown as { talkgraph: { cy: import('cytoscape').Core } }).talkgraph;
    return cy.nodes().map((node) => node.id());
  });
}

describe.skipIf(!haveChromium)('corrections in the explorer', () => {
  it('lists the suggested merges with their evidence', async () => {
    await page.goto(server.url);
    await page.locator('.corrections summary').click();
    const first = page.locator('.merge-suggestion').first();
    await first.waitFor();
    expect(await first.locator('.pair').textContent()).toBe('Tianxin Dong = 董天欣');
    expect(await first.locator('.reasons').textContent()).toContain('is the pinyin of "董天欣"');
  });

  it('makes two selected people one with "Same entity", written into the corrections file', async () => {
    await page.goto(`${server.url}/?focus=${encodeURIComponent('Person:董天欣')}`);
    await settled();
    await select('Person:董天欣');
    await page.locator('.corrections .pick-row button').nth(0).click();
    await page.fill('#search-slot input', 'Tianxin Dong');
    const option = page.locator('.suggestion[data-id="Person:dong-tianxin"]');
    await option.waitFor();
    await option.dispatchEvent('mousedown');
    await settled();
    await select('Person:dong-tianxin');
    await page.locator('.corrections .pick-row button').nth(1).click();
    expect(await page.locator('.corrections .picked').allTextContents()).toEqual(['董天欣 (Person)', 'Tianxin Dong (Person)']);
    await page.locator('#action-same-entity').click();
    await page.locator('.corrections-result', { hasText: 'written' }).waitFor();
    expect(readFileSync(file, 'utf8')).toContain('same-as:\n  - person: 董天欣\n    names: [ Tianxin Dong ]\n');
    await settled();
    const nodes = await viewNodes();
    expect(nodes).toContain('Person:董天欣');
    expect(nodes).not.toContain('Person:dong-tianxin');
    // The merged person gave both talks.
    expect(nodes).toEqual(expect.arrayContaining(['Talk:self-service-databases-on-kubernetes@kubecon-eu-2025', 'Talk:基于-kubevela-的应用交付实践@kubecon-china-2025']));
    expect(await page.locator('.corrections .in-force').textContent()).toContain('same-as person "董天欣" = "Tianxin Dong"');
    expect(await page.locator('.merge-suggestion').allTextContents()).not.toContain(expect.stringContaining('董天欣'));
  });

  it('takes a selected talk out of the graph with "Not a talk"', async () => {
    await page.goto(`${server.url}/?focus=${encodeURIComponent(TALK)}`);
    await settled();
    await select(TALK);
    await page.locator('#action-not-a-talk').click();
    await page.locator('.corrections-result', { hasText: 'not-a-talk' }).waitFor();
    expect(await viewNodes()).not.toContain(TALK);
    expect(readFileSync(file, 'utf8')).toContain(`not-a-talk:\n  - talk: ${TALK}\n`);
    const answer = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ talk(id: "${TALK}") { id } }` }) });
    expect(await answer.json()).toEqual({ data: { talk: null } });
  });
});
