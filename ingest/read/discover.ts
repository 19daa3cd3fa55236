import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.mdx', '.txt'];

const documentGlob = `**/*.{${DOCUMENT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/** A path the user named that matched nothing readable: reported, never fatal. */
export interface MissingInput {
  input: string;
  reason: string;
}

/** Expands files, folders (recursively) and glob patterns into a sorted, de-duplicated list of document paths. */
export async function discoverDocuments(inputs: string[]): Promise<{ files: string[]; missing: MissingInput[] }> {
  const found = new Set<string>();
  const missing: MissingInput[] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] });
      const documents = matches.filter(isDocumentPath);
      if (documents.length === 0) missing.push({ input, reason: 'the pattern matches no .md, .markdown, .mdx or .txt file' });
      documents.forEach((file) => found.add(path.normalize(file)));
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (!info) {
      missing.push({ input, reason: 'no such file or folder' });
    } else if (info.isDirectory()) {
      // A folder's README describes the folder; it is read only when named on its own.
      const matches = await glob(documentGlob, { cwd: input, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**', '**/README.md', '**/readme.md'] });
      matches.forEach((file) => found.add(path.normalize(path.join(input, file))));
    } else {
      // A file named explicitly is read whatever its extension: the user asked for it.
      found.add(path.normalize(input));
    }
  }
  return { files: [...found].sort(), missing };
}

export function isDocumentPath(file: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}
