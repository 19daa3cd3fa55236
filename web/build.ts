// Builds web/dist with Vite when it is missing or older than any web source, so `talkgraph start` always serves fresh pages.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = path.dirname(fileURLToPath(import.meta.url));
export const WEB_DIST = path.join(WEB_ROOT, 'dist');
const BUILT_MARKER = path.join(WEB_DIST, 'index.html');

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when web/dist is missing or some file under web/ changed after the last build. */
export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT_MARKER) || !existsSync(path.join(WEB_DIST, 'graphiql.html'))) return true;
  return newestSourceTime(WEB_ROOT) > statSync(BUILT_MARKER).mtimeMs;
}

export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<{ built: boolean; dist: string }> {
  if (!webBuildIsStale()) return { built: false, dist: WEB_DIST };
  log('building the web explorer (vite)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  log(`web explorer built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path.relative(process.cwd(), WEB_DIST) || WEB_DIST}`);
  return { built: true, dist: WEB_DIST };
}
