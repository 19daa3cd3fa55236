// The script a worker thread starts from: the extraction as one prebuilt JavaScript file, built with esbuild and
// kept until a source changes. Loading some sixty TypeScript modules through tsx in every thread cost about half a
// second of start-up per thread, and tsx's output ran slower (regular expressions rebuilt on every call).
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./extraction-worker.ts', import.meta.url));
/** Runs the sources through tsx: for a machine where no bundle can be built or written. */
const TSX_ENTRY = new URL('./worker.js', import.meta.url);
const ROOT = path.resolve(path.dirname(ENTRY), '../..');
// One name per checkout, so that two checkouts sharing a node_modules keep their own bundles.
const NAME = `extraction-worker-${createHash('sha256').update(ENTRY).digest('hex').slice(0, 8)}`;

/** The files a bundle was built from, and the digest of their contents then. */
interface Manifest {
  inputs: string[];
  digest: string;
}

let script: Promise<URL> | undefined;

/** The URL of the worker's script: the cached bundle, a new bundle when a source changed, else the tsx entry. */
export function workerScript(): Promise<URL> {
  script ??= locateBundle().catch((error: unknown) => {
    if (process.env.TALKGRAPH_DEBUG) console.error(`talkgraph: worker threads run through tsx: ${String(error)}`);
    return TSX_ENTRY;
  });
  return script;
}

async function locateBundle(): Promise<URL> {
  const dirs = cacheDirectories();
  for (const dir of dirs) {
    const bundle = cachedBundle(dir);
    if (bundle) return bundle;
  }
  const dir = dirs.find(isWritable);
  if (!dir) throw new Error(`none of ${dirs.join(', ')} can be written`);
  const { code, map, inputs } = await buildBundle(path.join(dir, `${NAME}.mjs`));
  const digest = digestOf(inputs);
  const file = path.join(dir, `${NAME}-${digest.slice(0, 16)}.mjs`);
  // Written under temporary names and renamed, so that a process starting at the same time never loads half a file.
  writeAtomically(`${file}.map`, map);
  writeAtomically(file, `${code}//# sourceMappingURL=${path.basename(file)}.map\n`);
  writeAtomically(path.join(dir, `${NAME}.json`), JSON.stringify({ inputs, digest } satisfies Manifest));
  removeOlderBundles(dir, path.basename(file));
  return pathToFileURL(file);
}

/** Bundles of sources as they were before: a thread that already loaded one keeps running it. */
function removeOlderBundles(dir: string, current: string): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`${NAME}-`) && !name.startsWith(current)) rmSync(path.join(dir, name), { force: true });
  }
}

function isWritable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The project's node_modules/.cache, else the system's temporary folder. */
function cacheDirectories(): string[] {
  return [path.join(ROOT, 'node_modules', '.cache', 'talkgraph'), path.join(tmpdir(), `talkgraph-${userInfo().uid}`)];
}

function cachedBundle(dir: string): URL | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, `${NAME}.json`), 'utf8')) as Manifest;
    if (digestOf(manifest.inputs) !== manifest.digest) return undefined;
    const file = path.join(dir, `${NAME}-${manifest.digest.slice(0, 16)}.mjs`);
    return existsSync(file) ? pathToFileURL(file) : undefined;
  } catch {
    return undefined;
  }
}

/** What a bundle depends on: Node's version, the locked dependency versions, and each source file's path and text. */
function digestOf(inputs: string[]): string {
  const hash = createHash('sha256').update(process.version);
  try {
    hash.update(readFileSync(path.join(ROOT, 'package-lock.json')));
  } catch {
    hash.update('no lockfile');
  }
  for (const input of [...inputs].sort()) hash.update(input).update('\0').update(readFileSync(input)).update('\0');
  return hash.digest('hex');
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

async function buildBundle(outfile: string): Promise<{ code: string; map: string; inputs: string[] }> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Node 20 runs ES2022 as written; esbuild's "node20" target would rewrite /\p{…}/u literals into RegExp constructions.
    target: 'es2022',
    outfile,
    write: false,
    metafile: true,
    // Read only when TALKGRAPH_DEBUG asks for stack traces (the pool then starts threads with --enable-source-maps).
    sourcemap: 'external',
    logLevel: 'silent',
    plugins: [sourceLocations],
    // Bundled CommonJS packages require Node's built-in modules.
    banner: { js: "import { createRequire as __talkgraphRequire } from 'node:module'; const require = __talkgraphRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => path.resolve(ROOT, input))
    .filter((input) => !input.split(path.sep).includes('node_modules'));
  const output = (extension: string): string => result.outputFiles.find((file) => file.path.endsWith(extension))?.text ?? '';
  return { code: output('.mjs'), map: output('.mjs.map'), inputs };
}

/** Each source keeps its own location: the gazetteer reads its data files, and the fingerprint its sources, beside it. */
const sourceLocations: Plugin = {
  name: 'source-locations',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.split(path.sep).includes('node_modules')) return undefined;
      const contents = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)));
      return { contents, loader: 'ts' };
    });
  },
};
