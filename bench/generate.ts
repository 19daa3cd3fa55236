// `talkgraph bench generate`: a seeded, deterministic corpus of N documents in every shape the ingester reads.

import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from './corpus/random';
import { SHAPES } from './corpus/shapes';
import type { DocumentLanguage, DocumentShape } from './corpus/shapes/shape';
import { talksAround } from './corpus/shapes/shape';
import { buildWorld, type WorldEvent } from './corpus/world';

export const DEFAULT_SEED = 'talkgraph';
export const DEFAULT_SIZES = [1_000, 10_000, 50_000];
export const MANIFEST = 'manifest.json';

export interface GenerateOptions {
  docs: number;
  out: string;
  seed?: string;
  log?: (line: string) => void;
}

export interface GeneratedFile {
  /** Relative to the corpus folder. */
  path: string;
  shape: string;
  lang: DocumentLanguage;
  bytes: number;
  talks: number;
}

export interface CorpusManifest {
  seed: string;
  docs: number;
  bytes: number;
  people: number;
  talks: number;
  files: GeneratedFile[];
}

/** Writers keep notes in several extensions; the ingester reads all of them. */
const EXTENSIONS = [
  { ext: 'md', weight: 80 },
  { ext: 'txt', weight: 8 },
  { ext: 'markdown', weight: 6 },
  { ext: 'mdx', weight: 6 },
];

/** The default folder of a corpus of `docs` documents. */
export function corpusDir(docs: number, root = 'bench/out'): string {
  return join(root, `docs-${docs}`);
}

export async function generateCorpus(options: GenerateOptions): Promise<CorpusManifest> {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(options.docs) || options.docs < 1) throw new RangeError(`--docs must be a positive integer, not ${options.docs}`);
  await prepareFolder(options.out);
  const world = buildWorld(seed, options.docs);
  const eventsOf = new Map<DocumentShape, { event: WorldEvent; weight: number }[]>(
    SHAPES.map((shape) => [shape, world.events.filter(shape.fits).map((event) => ({ event, weight: talksAround(event).length })).filter((e) => e.weight > 0)]),
  );
  const usable = SHAPES.filter((shape) => eventsOf.get(shape)!.length > 0);
  const files: GeneratedFile[] = [];
  let bytes = 0;
  const width = String(options.docs - 1).length;

  for (let i = 0; i < options.docs; i++) {
    const random = seededRandom(`${seed}:doc:${i}`);
    // The first documents take every shape in turn, so that even a tiny corpus has all of them.
    const shape = i < usable.length ? usable[i] : random.weighted(usable, (s) => s.weight);
    const { event } = random.weighted(eventsOf.get(shape)!, (e) => e.weight);
    const written = shape.write(random, event);
    const ext = random.weighted(EXTENSIONS, (e) => e.weight).ext;
    const path = `${String(Math.floor(i / 1000)).padStart(3, '0')}/${String(i).padStart(width, '0')}-${shape.name}.${ext}`;
    const content = Buffer.from(written.text, 'utf8');
    if (i % 1000 === 0) await mkdir(join(options.out, 'docs', path.slice(0, 3)), { recursive: true });
    await writeFile(join(options.out, 'docs', path), content);
    files.push({ path: `docs/${path}`, shape: shape.name, lang: written.lang, bytes: content.length, talks: written.talks.length });
    bytes += content.length;
    if (options.log && (i + 1) % 10_000 === 0) options.log(`${i + 1} / ${options.docs} documents`);
  }
  const manifest: CorpusManifest = { seed, docs: options.docs, bytes, people: world.people.length, talks: world.talks.length, files };
  await writeFile(join(options.out, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/** Clears a previous corpus, but never a folder that is not one: a wrong --out must not delete someone's notes. */
async function prepareFolder(out: string): Promise<void> {
  const entries = await readdir(out).catch(() => undefined);
  if (entries && entries.length > 0) {
    if (!entries.includes(MANIFEST)) throw new Error(`${out} is not empty and holds no ${MANIFEST}: refusing to write a corpus over it`);
    await rm(join(out, 'docs'), { recursive: true, force: true });
    await rm(join(out, MANIFEST), { force: true });
  }
  await mkdir(join(out, 'docs'), { recursive: true });
}

/** Whether a corpus of this size and seed is already on disk. */
export async function corpusExists(out: string, docs: number, seed = DEFAULT_SEED): Promise<boolean> {
  try {
    await stat(join(out, MANIFEST));
    const { readFile } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile(join(out, MANIFEST), 'utf8')) as CorpusManifest;
    return manifest.docs === docs && manifest.seed === seed;
  } catch {
    return false;
  }
}
