// Files to per-document graphs, one at a time and in order, read in worker threads when there are enough files to
// pay for starting them. The cross-document steps (aliases, merging) are the consumer's.
import { statSync } from 'node:fs';
import type { FileExtraction } from './extract-file';
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

/**
 * Files this thread may read: a thread can be ended when a file takes too long or too much memory, this one cannot,
 * so it takes only files small enough that no way of writing them makes extraction slow.
 */
export const MAX_BYTES_IN_THIS_THREAD = 64 * 1024;

export function runsInThisThread(file: string): boolean {
  try {
    return statSync(file).size <= MAX_BYTES_IN_THIS_THREAD;
  } catch {
    // A file that cannot be read is reported by whoever reads it.
    return true;
  }
}

export async function* extractStream(files: string[], options: StreamOptions = {}): AsyncGenerator<ExtractedFile> {
  let index = 0;
  for await (const extraction of inThreads(files, 'extract', options, options.thisThread ?? false)) yield { file: files[index++], extraction };
}

/** A run in this thread alone when it has few files, all small; else in worker threads, with this one for small files. */
function inThreads<T extends 'extract' | 'read'>(files: string[], task: T, options: StreamOptions, thisThread: boolean) {
  const threads = threadsFor(files.length, options);
  if (threads > 0) return runInWorkers(files, task, threads, thisThread, runsInThisThread);
  // One worker thread beside this one, for the files this one must not take.
  return runInWorkers(files, task, files.every(runsInThisThread) ? 0 : 1, true, runsInThisThread);
}

/**
 * Only reading and parsing the files, with the threads extractDocuments would use (this one among them, unless
 * `thisThread` is false): the floor under extraction.
 */
export async function* readStream(files: string[], options: StreamOptions = {}): AsyncGenerator<{ bytes: number; parsed: boolean }> {
  yield* inThreads(files, 'read', options, options.thisThread ?? true);
}
