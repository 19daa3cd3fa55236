// One file to the graph it asserts: read, parse, extract, resolve. Pure per file, so files can be read in any thread.
import { readFileSync } from 'node:fs';
import { extractFacts } from './extract';
import { extractorFingerprint } from './fingerprint';
import type { DocumentGraph } from './model';
import { isMessage, parseDocument, type DocumentMessage } from './read/document';
import { documentGraph } from './resolve/document-graph';

/** A file that could not be read (a message), or its graph with the warnings its extraction gave. */
export type FileExtraction = DocumentMessage | { document: DocumentGraph; messages: DocumentMessage[] };

export async function extractFile(file: string): Promise<FileExtraction> {
  const bytes = await readBytes(file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const parsed = parseDocument(file, bytes);
  if (isMessage(parsed)) return parsed;
  const facts = extractFacts(parsed);
  const document = documentGraph(parsed, facts);
  document.document.extractor = extractorFingerprint();
  return { document, messages: facts.messages };
}

/** Only reading and parsing, what any extraction costs at least: the bytes read, and whether the file parsed. */
export async function readAndParseFile(file: string): Promise<{ bytes: number; parsed: boolean }> {
  const bytes = await readBytes(file);
  if (!(bytes instanceof Uint8Array)) return { bytes: 0, parsed: false };
  return { bytes: bytes.length, parsed: !isMessage(parseDocument(file, bytes)) };
}

// A blocking read: files are small, and opening a promise-based file handle per file cost more than the reading.
async function readBytes(file: string): Promise<Uint8Array | DocumentMessage> {
  try {
    return readFileSync(file);
  } catch (error) {
    return { path: file, severity: 'error', reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}
