// One file to the graph it asserts: read, parse, extract, resolve. Pure per file, so files can be read in any thread.
import { readFileSync } from 'node:fs';
import { extractFacts } from './extract';
import { extractorFingerprint } from './fingerprint';
import type { DocumentGraph } from '../graph/model';
import { isMessage, parseDocument, type DocumentMessage, type ParsedDocument } from './read/document';
import { documentGraph } from './resolve/document-graph';

/** A file that could not be read (a message), or its graph with the warnings its extraction gave. */
export type FileExtraction = DocumentMessage | { document: DocumentGraph; messages: DocumentMessage[] };

export async function extractFile(file: string): Promise<FileExtraction> {
  const parsed = await parseFile(file);
  if (isMessage(parsed)) return parsed;
  try {
    const facts = extractFacts(parsed);
    const document = documentGraph(parsed, facts);
    document.document.extractor = extractorFingerprint();
    return { document, messages: facts.messages };
  } catch (error) {
    // A bug in talkgraph that this file brings out: the file is named and left out, the run goes on.
    if (process.env.TALKGRAPH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { path: file, line: 1, severity: 'error', reason: `talkgraph failed to extract it (${reason}): a bug in talkgraph, please report it with the file` };
  }
}

/** A file read and parsed, or the message that says why it could not be. */
export async function parseFile(file: string): Promise<ParsedDocument | DocumentMessage> {
  const bytes = await readBytes(file);
  return bytes instanceof Uint8Array ? parseDocument(file, bytes) : bytes;
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
