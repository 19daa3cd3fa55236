// Files to per-document graphs, one at a time and in order, read in worker threads when there are enough files to
// pay for starting them. The cross-document steps (aliases, merging) are the consumer's.
import { extractFile, readAndParseFile, type FileExtraction } from './extract-file';
import { runInWorkers, workerCount } from './parallel/pool';

export interface ExtractedFile {
  file: string;
  extraction: FileExtraction;
}

export interface StreamOptions {
  /** Threads; 0 or 1 reads in this thread. Default: TALKGRAPH_WORKERS, else one per core. */
  workers?: number;
  /**
   * This thread is one of them, beside `workers - 1` worker threads: for a consumer with little else to do meanwhile
   * (extractDocuments). Default: all are worker threads, and this thread is left to the consumer (an ingest's loading).
   */
  thisThread?: boolean;
}

/** Below this many files per thread, starting a thread (loading the extractors and gazetteer) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 40;

/** The number of worker threads a run over `files` uses; 0 means this thread. */
export function threadsFor(files: number, options: StreamOptions = {}): number {
  const threads = Math.min(options.workers ?? workerCount(), Math.floor(files / MIN_FILES_PER_WORKER));
  return threads >= 2 ? threads : 0;
}

export async function* extractStream(files: string[], options: StreamOptions = {}): AsyncGenerator<ExtractedFile> {
  const threads = threadsFor(files.length, options);
  if (threads === 0) {
    for (const file of files) yield { file, extraction: await extractFile(file) };
    return;
  }
  let index = 0;
  for await (const extraction of runInWorkers(files, 'extract', threads, options.thisThread)) yield { file: files[index++], extraction };
}

/**
 * Only reading and parsing the files, with the threads extractDocuments would use (this one among them, unless
 * `thisThread` is false): the floor under extraction.
 */
export async function* readStream(files: string[], options: StreamOptions = {}): AsyncGenerator<{ bytes: number; parsed: boolean }> {
  const threads = threadsFor(files.length, options);
  if (threads === 0) {
    for (const file of files) yield await readAndParseFile(file);
    return;
  }
  yield* runInWorkers(files, 'read', threads, options.thisThread ?? true);
}
