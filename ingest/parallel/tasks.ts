// What a worker thread can be asked to do with one file: the whole extraction, or only reading and parsing.
import { extractFile, readAndParseFile } from '../extract-file';

export const tasks = {
  extract: extractFile,
  read: readAndParseFile,
};

export type TaskName = keyof typeof tasks;
export type TaskResult<T extends TaskName> = Awaited<ReturnType<(typeof tasks)[T]>>;

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
