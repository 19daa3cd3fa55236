import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { DocumentMessage } from './document';

export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.mdx', '.txt'];

/** A path the user named that matched nothing readable: reported, never fatal. */
export interface MissingInput {
  input: string;
  reason: string;
}

/** A path found under a folder but not read, and why: said to the user as a warning. */
export interface SkippedPath {
  path: string;
  reason: string;
}

/** Folders no one keeps notes in, passed over without a word. */
const IGNORED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Expands files, folders (recursively) and glob patterns into a sorted list of document paths, each real file once
 * (however many links lead to it). A path that exists is a path, whatever characters it holds; only a path that does
 * not exist is read as a pattern.
 */
export async function discoverDocuments(inputs: string[]): Promise<{ files: string[]; missing: MissingInput[]; skipped: SkippedPath[] }> {
  const found = new Map<string, string>();
  const missing: MissingInput[] = [];
  const skipped: SkippedPath[] = [];
  /** Each real file by device and inode: the first path that led to it. */
  const add = (file: string, info: Stats): void => {
    const identity = `${info.dev}:${info.ino}`;
    const first = found.get(identity);
    if (first === undefined) found.set(identity, path.normalize(file));
    else if (first !== path.normalize(file)) skipped.push({ path: file, reason: `the same file as ${first}, read once` });
  };

  /** Each folder walked by device and inode: the first path that led to it. */
  const folders = new Map<string, string>();
  const walk = async (folder: string, ancestors: Set<string>): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      skipped.push({ path: folder, reason: `folder cannot be read: ${error.code ?? String(error)}` });
      return [];
    });
    // Real entries before symbolic links, so that a file or folder reached both ways is read under its own path.
    const order = (entry: Dirent): number => (entry.isSymbolicLink() ? 1 : 0);
    for (const entry of entries.sort((a, b) => order(a) - order(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const entryPath = path.join(folder, entry.name);
      if (IGNORED_FOLDERS.has(entry.name)) continue;
      if (entry.name.startsWith('.')) {
        if (entry.isDirectory() || isDocumentPath(entry.name)) skipped.push({ path: entryPath, reason: 'hidden (its name starts with a dot): name it to read it' });
        continue;
      }
      let info: Stats;
      try {
        info = await stat(entryPath);
      } catch {
        if (entry.isSymbolicLink()) skipped.push({ path: entryPath, reason: `dangling symbolic link to ${await readlink(entryPath).catch(() => '?')}` });
        continue;
      }
      if (info.isDirectory()) {
        const identity = `${info.dev}:${info.ino}`;
        const first = folders.get(identity);
        if (ancestors.has(identity)) skipped.push({ path: entryPath, reason: 'symbolic link loop: it leads back to a folder that holds it' });
        else if (first !== undefined) skipped.push({ path: entryPath, reason: `the same folder as ${first}, read once` });
        else {
          folders.set(identity, entryPath);
          await walk(entryPath, new Set([...ancestors, identity]));
        }
      } else if (info.isFile() && isDocumentPath(entry.name) && entry.name.toLowerCase() !== 'readme.md') {
        // A folder's README describes the folder; it is read only when named on its own.
        add(entryPath, info);
      }
    }
  };

  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      folders.set(`${info.dev}:${info.ino}`, input);
      await walk(input, new Set([`${info.dev}:${info.ino}`]));
    } else if (info) {
      // A file named explicitly is read whatever its extension: the user asked for it.
      add(input, info);
    } else if (isDynamicPattern(input)) {
      // Matches of an absolute pattern stay absolute, as the pattern was written.
      const matches = await glob(input, { onlyFiles: true, dot: false, followSymbolicLinks: false, absolute: path.isAbsolute(input), ignore: ['**/node_modules/**'] });
      const documents = matches.filter(isDocumentPath);
      if (documents.length === 0) missing.push({ input, reason: 'the pattern matches no .md, .markdown, .mdx or .txt file' });
      for (const file of documents) {
        const fileInfo = await stat(file).catch(() => undefined);
        if (fileInfo) add(file, fileInfo);
      }
    } else {
      const link = await lstat(input).catch(() => undefined);
      missing.push({ input, reason: link?.isSymbolicLink() ? `dangling symbolic link to ${await readlink(input).catch(() => '?')}` : 'no such file or folder' });
    }
  }
  return { files: [...found.values()].sort(), missing, skipped };
}

export function isDocumentPath(file: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** What discovery tells the user: a named path that matched nothing is an error, a path passed over a warning. */
export function discoveryMessages(missing: MissingInput[], skipped: SkippedPath[]): DocumentMessage[] {
  return [
    ...missing.map((m): DocumentMessage => ({ path: m.input, severity: 'error', reason: m.reason })),
    ...skipped.map((s): DocumentMessage => ({ path: s.path, severity: 'warning', reason: `not read: ${s.reason}` })),
  ];
}

