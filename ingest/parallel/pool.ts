// Files spread over worker threads in small batches; results come back in the order of the files, and no more than a
// few batches ahead of the consumer, so a slow consumer holds little in memory. Each file has a budget of time and
// memory: a thread over it is ended and replaced, the file reported, and the run goes on with the other files.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-bundle';
import { tasks, type BatchRequest, type TaskName, type TaskResult, type WorkerReply } from './tasks';

const BATCH_FILES = 16;
/** Batches each worker holds at once: it starts the next while its last reply is on its way. */
const QUEUED_PER_WORKER = 2;
/** How often the main thread looks for a file over its time budget. */
const WATCH_MS = 250;

/** Worker threads to use: TALKGRAPH_WORKERS, else one per core. */
export function workerCount(): number {
  return wholeNumberSetting('TALKGRAPH_WORKERS', 'a whole number of threads') ?? availableParallelism();
}

/** What one document may cost to read and extract: TALKGRAPH_DOCUMENT_SECONDS (30) and TALKGRAPH_WORKER_MEMORY_MB (512). */
export function documentBudget(): { seconds: number; memoryMb: number } {
  return {
    seconds: wholeNumberSetting('TALKGRAPH_DOCUMENT_SECONDS', 'a whole number of seconds', 1) ?? 30,
    memoryMb: wholeNumberSetting('TALKGRAPH_WORKER_MEMORY_MB', 'a whole number of MiB', 64) ?? 512,
  };
}

function wholeNumberSetting(name: string, what: string, least = 0): number | undefined {
  const setting = process.env[name]?.trim();
  if (!setting) return undefined;
  const value = Number(setting);
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be ${what}${least > 0 ? ` of at least ${least}` : ''}, not "${setting}"`);
  return value;
}

/** The thread's Node options: this process's, with source maps when stack traces are asked for. */
function workerFlags(): string[] {
  return process.env.TALKGRAPH_DEBUG && !process.execArgv.includes('--enable-source-maps') ? [...process.execArgv, '--enable-source-maps'] : process.execArgv;
}

/** A worker thread and the files it was sent and has not answered yet, in order; the first is the one it works on. */
interface Thread {
  worker: Worker;
  files: number[];
  /** When it began the file it works on (undefined while it waits for work). */
  since?: number;
}

/** A result as a worker thread sent it (to be decoded), or one built in this thread. */
type Finished = { wire: unknown } | { local: unknown };

/**
 * Runs `task` on every file in `threads` threads and yields the results in the order of `files`. With `thisThread`,
 * this thread is one of them: it runs a batch itself whenever it would otherwise wait (only of the files `runsHere`
 * allows: it cannot be stopped when a file is over its budget), and its results cross no thread; without, all
 * `threads` are worker threads.
 */
export async function* runInWorkers<T extends TaskName>(
  files: string[],
  task: T,
  threads: number,
  thisThread = false,
  runsHere: (file: string) => boolean = () => true,
): AsyncGenerator<TaskResult<T>> {
  /** Batches not yet sent, as positions in `files`; a replaced thread's unanswered files go back to the front. */
  const pending: number[][] = [];
  for (let start = 0; start < files.length; start += BATCH_FILES) pending.push(range(start, Math.min(files.length, start + BATCH_FILES)));
  const done = new Map<number, Finished>();
  const window = Math.max(1, threads) * QUEUED_PER_WORKER * 2 * BATCH_FILES;
  const budget = documentBudget();
  let failure: Error | undefined;
  let next = 0;
  let wake: () => void = () => {};

  // No thread at all when this one reads every file: then no script need be built either.
  const workerThreads = threads === 0 && thisThread ? 0 : Math.max(1, Math.min(thisThread ? threads - 1 : threads, pending.length));
  const script = workerThreads > 0 ? await workerScript() : undefined;
  const live = new Set<Thread>();

  const finish = (thread: Thread, index: number, result: Finished): void => {
    thread.files = thread.files.filter((file) => file !== index);
    done.set(index, result);
  };
  /** Ends a thread over its budget: its file is reported, the files it had not done yet go to another thread. */
  const replace = (thread: Thread, reason: string): void => {
    if (!live.delete(thread)) return;
    const [file, ...rest] = thread.files;
    if (file !== undefined) done.set(file, { local: tasks[task].failed(files[file], reason) });
    if (rest.length > 0) pending.unshift(rest);
    void thread.worker.terminate();
    if (next < files.length) start();
    dispatch();
    wake();
  };
  const start = (): void => {
    const thread: Thread = {
      worker: new Worker(script!, { execArgv: workerFlags(), resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb } }),
      files: [],
    };
    live.add(thread);
    thread.worker.on('message', (reply: WorkerReply) => {
      if ('started' in reply) {
        thread.since = performance.now();
        return;
      }
      thread.since = undefined;
      if ('error' in reply) failure ??= Object.assign(new Error(reply.error.message), { stack: reply.error.stack });
      else finish(thread, reply.index, { wire: reply.result });
      dispatch();
      wake();
    });
    thread.worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') replace(thread, `reading it took more than ${budget.memoryMb} MiB of memory, the limit for one document (TALKGRAPH_WORKER_MEMORY_MB)`);
      else {
        failure ??= error;
        wake();
      }
    });
    thread.worker.on('exit', (code) => {
      if (live.has(thread) && next < files.length) failure ??= new Error(`an extraction worker thread stopped (exit code ${code}) before all files were read`);
      wake();
    });
  };
  const dispatch = (): void => {
    for (const thread of live) {
      while (pending.length > 0 && pending[0][0] < next + window && thread.files.length < QUEUED_PER_WORKER * BATCH_FILES) {
        const batch = pending.shift()!;
        const request: BatchRequest = { task, files: batch.map((index) => ({ index, path: files[index] })) };
        thread.worker.postMessage(request);
        thread.files.push(...batch);
      }
    }
  };
  const watch = setInterval(() => {
    if (live.size === 0) return;
    const now = performance.now();
    for (const thread of live) {
      if (thread.since !== undefined && now - thread.since > budget.seconds * 1000) {
        replace(thread, `reading it took longer than ${budget.seconds} s, the limit for one document (TALKGRAPH_DOCUMENT_SECONDS); it is left out`);
      }
    }
  }, WATCH_MS);
  watch.unref();

  /** Runs the next batch in this thread, but for the files it must leave to a worker thread (put back in front). */
  const runHere = async (): Promise<void> => {
    const batch = pending.shift()!;
    const here = batch.filter((index) => runsHere(files[index]));
    if (here.length < batch.length) pending.unshift(batch.filter((index) => !runsHere(files[index])));
    const run = tasks[task].run as (file: string) => Promise<unknown>;
    for (const index of here) done.set(index, { local: await run(files[index]) });
  };

  try {
    for (let i = 0; i < workerThreads; i++) start();
    dispatch();
    while (next < files.length) {
      const result = done.get(next);
      if (result === undefined) {
        if (failure) throw failure;
        if (thisThread && pending.length > 0 && pending[0][0] < next + window && pending[0].some((index) => runsHere(files[index]))) {
          await runHere();
          // Lets the worker threads' replies in, so that they get their next batches.
          await new Promise<void>((resolve) => setImmediate(resolve));
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
        continue;
      }
      done.delete(next);
      next += 1;
      dispatch();
      const decode = tasks[task].decode as (wire: unknown) => TaskResult<T>;
      yield 'wire' in result ? decode(result.wire) : (result.local as TaskResult<T>);
    }
  } finally {
    next = files.length;
    clearInterval(watch);
    const ending = [...live];
    live.clear();
    await Promise.all(ending.map((thread) => thread.worker.terminate()));
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
