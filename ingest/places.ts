// Where a document is kept in the graph: under the folder it was ingested from, by that folder's name and the path
// within it (`notes/kubecon/2024.md`), never by where the folder is on the machine that ingested it.
import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * A file's place: its Document key (`<root name>/<path in the root>`) and the root's absolute path, kept private; no
 * root for a document an older talkgraph keyed by the path as given.
 */
export interface DocumentPlace {
  key: string;
  root?: string;
}

/**
 * Names the roots a graph already holds (name → absolute folder) and gives each file its place: under a root the graph
 * already holds when one contains the file (so the same file keeps its key whichever folder above or below it is
 * ingested, from whichever working directory), else under the outermost folder given that contains it. A new root is
 * named after its folder, with `-2`, `-3`, ... when another folder already has that name.
 */
export class DocumentPlaces {
  /** Absolute root → name. */
  private readonly names = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly stored: string[];
  private readonly given: string[];

  constructor(inputs: string[], storedRoots: Map<string, string>) {
    for (const [name, root] of storedRoots) {
      this.names.set(root, name);
      this.taken.add(name);
    }
    // Longest first: the innermost stored root holds a file (an outer folder ingested later leaves its keys alone).
    this.stored = [...storedRoots.values()].sort((a, b) => b.length - a.length);
    // Shortest first: of two folders given at once, the outer one holds their common files.
    this.given = inputs.map(rootOfInput).sort((a, b) => a.length - b.length);
  }

  /** The place of a file found on disk (as discovery returns it). */
  of(file: string): DocumentPlace {
    const absolute = path.resolve(file);
    const root = this.stored.find((r) => contains(r, absolute)) ?? this.given.find((r) => contains(r, absolute)) ?? path.dirname(absolute);
    return { key: `${this.nameOf(root)}/${path.relative(root, absolute).split(path.sep).join('/')}`, root };
  }

  /** The file a stored key stands for; a key without a known root (an older talkgraph's path as given) is that path. */
  fileOf(key: string): string {
    const root = this.rootOf(key);
    return root === undefined ? key : path.join(root, key.slice(key.indexOf('/') + 1));
  }

  /** The absolute folder a stored key's name stands for; undefined for an older talkgraph's key. */
  rootOf(key: string): string | undefined {
    const slash = key.indexOf('/');
    return slash > 0 ? [...this.names].find(([, name]) => name === key.slice(0, slash))?.[0] : undefined;
  }

  /** Whether a stored key's file lies under one of the folders given. */
  under(key: string, folders: string[]): boolean {
    const file = path.resolve(this.fileOf(key));
    return folders.map((f) => path.resolve(f)).some((folder) => file === folder || contains(folder, file));
  }

  private nameOf(root: string): string {
    const known = this.names.get(root);
    if (known !== undefined) return known;
    const base = path.basename(root) || 'root';
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}-${n}`;
    this.names.set(root, name);
    this.taken.add(name);
    return name;
  }
}

function contains(folder: string, file: string): boolean {
  return file.startsWith(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`);
}

/** The folder an input stands for: itself, a file's folder, or a glob pattern's part before its first wildcard. */
function rootOfInput(input: string): string {
  const absolute = path.resolve(input);
  try {
    return statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
  } catch {
    const segments = absolute.split(path.sep);
    const wild = segments.findIndex((segment) => /[*?[\]{}!()]/.test(segment));
    return wild <= 0 ? path.dirname(absolute) : segments.slice(0, wild).join(path.sep) || path.sep;
  }
}
