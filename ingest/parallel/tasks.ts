// What a worker thread can be asked to do with one file: the whole extraction, or only reading and parsing; how each
// result crosses back to the main thread; and the result of a file the thread could not finish within its budget.
import { extractFile, readAndParseFile, type FileExtraction } from '../extract-file';
import { decodeExtraction, encodeExtraction } from './transfer';

const same = <T>(value: T): T => value;
type ReadResult = Awaited<ReturnType<typeof readAndParseFile>>;

export const tasks = {
  extract: {
    run: extractFile,
    encode: encodeExtraction,
    decode: decodeExtraction,
    failed: (path: string, reason: string): FileExtraction => ({ path, line: 1, severity: 'error', reason }),
  },
  read: { run: readAndParseFile, encode: same<ReadResult>, decode: same<ReadResult>, failed: (): ReadResult => ({ bytes: 0, parsed: false }) },
};

export type TaskName = keyof typeof tasks;
export type TaskResult<T extends TaskName> = ReturnType<(typeof tasks)[T]['decode']>;

/** Files for one worker, by their position in the run, and what it sends back: a note as it starts each, then its result. */
export interface BatchRequest {
  task: TaskName;
  files: { index: number; path: string }[];
}

export type WorkerReply =
  | { started: number }
  | { index: number; result: unknown }
  // A thrown error is a bug in talkgraph, not a bad file: the stream fails with it, as it would in one thread.
  | { index: number; error: { message: string; stack?: string } };
