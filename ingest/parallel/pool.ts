// Files spread over worker threads in small batches; results come back in the order of the files, and no more than a
// few batches ahead of the consumer, so a slow consumer holds little in memory.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-bundle';
import { tasks, type BatchReply, type BatchRequest, type TaskName, type TaskResult } from './tasks';

const BATCH_FILES = 16;
/** Batches each worker holds at once: it starts the next while its last reply is on its way. */
const QUEUED_PER_WORKER = 2;

/** Worker threads to use: TALKGRAPH_WORKERS, else one per core. */
export function workerCount(): number {
  const setting = process.env.TALKGRAPH_WORKERS?.trim();
  if (!setting) return availableParallelism();
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 0) throw new Error(`TALKGRAPH_WORKERS must be a whole number of threads, not "${setting}"`);
  return count;
}

/** The thread's Node options: this process's, with source maps when stack traces are asked for. */
function workerFlags(): string[] {
  return process.env.TALKGRAPH_DEBUG && !process.execArgv.includes('--enable-source-maps') ? [...process.execArgv, '--enable-source-maps'] : process.execArgv;
}

/**
 * Runs `task` on every file in `threads` threads and yields the results in the order of `files`. With `thisThread`,
 * this thread is one of them: it runs a batch itself whenever it would otherwise wait, and its results cross no
 * thread and start no thread; without, all `threads` are worker threads.
 */
export async function* runInWorkers<T extends TaskName>(files: string[], task: T, threads: number, thisThread = false): AsyncGenerator<TaskResult<T>> {
  const batches: string[][] = [];
  for (let start = 0; start < files.length; start += BATCH_FILES) batches.push(files.slice(start, start + BATCH_FILES));
  /** Finished batches: as they came from a worker thread, or already results when this thread ran them. */
  const done = new Map<number, unknown[]>();
  const ranHere = new Set<number>();
  const window = threads * QUEUED_PER_WORKER * 2;
  let failure: Error | undefined;
  let sent = 0;
  let next = 0;
  let wake: () => void = () => {};

  const script = await workerScript();
  const workerThreads = Math.max(1, Math.min(thisThread ? threads - 1 : threads, batches.length));
  const workers = Array.from({ length: workerThreads }, () => new Worker(script, { execArgv: workerFlags() }));
  const queued = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const dispatch = (): void => {
    for (const worker of workers) {
      while (sent < batches.length && sent < next + window && (queued.get(worker) ?? 0) < QUEUED_PER_WORKER) {
        const request: BatchRequest = { batch: sent, task, files: batches[sent] };
        worker.postMessage(request);
        queued.set(worker, (queued.get(worker) ?? 0) + 1);
        sent += 1;
      }
    }
  };
  for (const worker of workers) {
    worker.on('message', (reply: BatchReply) => {
      queued.set(worker, (queued.get(worker) ?? 1) - 1);
      if ('error' in reply) failure ??= Object.assign(new Error(reply.error.message), { stack: reply.error.stack });
      else done.set(reply.batch, reply.results);
      dispatch();
      wake();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wake();
    });
    worker.on('exit', (code) => {
      if (next < batches.length) failure ??= new Error(`an extraction worker thread stopped (exit code ${code}) before all files were read`);
      wake();
    });
  }

  const runHere = async (batch: number): Promise<void> => {
    const run = tasks[task].run as (file: string) => Promise<unknown>;
    const results: unknown[] = [];
    for (const file of batches[batch]) results.push(await run(file));
    done.set(batch, results);
    ranHere.add(batch);
  };

  try {
    dispatch();
    while (next < batches.length) {
      const results = done.get(next);
      if (results === undefined) {
        if (failure) throw failure;
        if (thisThread && sent < batches.length && sent < next + window) {
          await runHere(sent++);
          // Lets the worker threads' replies in, so that they get their next batches.
          await new Promise<void>((resolve) => setImmediate(resolve));
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
        continue;
      }
      done.delete(next);
      const local = ranHere.delete(next);
      next += 1;
      dispatch();
      const decode = tasks[task].decode as (wire: unknown) => TaskResult<T>;
      for (const result of results) yield local ? (result as TaskResult<T>) : decode(result);
    }
  } finally {
    next = batches.length;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
