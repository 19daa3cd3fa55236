// What a worker thread can be asked to do with one file: the whole extraction, or only reading and parsing; and how
// each result crosses back to the main thread.
import { extractFile, readAndParseFile } from '../extract-file';
import { decodeExtraction, encodeExtraction } from './transfer';

const same = <T>(value: T): T => value;

export const tasks = {
  extract: { run: extractFile, encode: encodeExtraction, decode: decodeExtraction },
  read: { run: readAndParseFile, encode: same<Awaited<ReturnType<typeof readAndParseFile>>>, decode: same<Awaited<ReturnType<typeof readAndParseFile>>> },
};

export type TaskName = keyof typeof tasks;
export type TaskResult<T extends TaskName> = ReturnType<(typeof tasks)[T]['decode']>;

/** A batch of files for one worker, and what it sends back: one result per file, in the same order. */
export interface BatchRequest {
  batch: number;
  task: TaskName;
  files: string[];
}

export type BatchReply =
  | { batch: number; results: unknown[] }
  // A thrown error is a bug in talkgraph, not a bad file: the stream fails with it, as it would in one thread.
  | { batch: number; error: { message: string; stack?: string } };
