// Debian's Chromium through playwright-core: nothing is ever downloaded, the browser is the system's.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run. A developer without Chromium gets them skipped; CI (which installs it in
 * .ci/run) fails instead, so a broken install cannot pass as a green run with the explorer untested.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`Chromium is not at ${CHROMIUM_PATH}: CI must run the browser tests (.ci/run installs the chromium package)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
