// The worker thread's side: runs the files it is sent, one after another, saying which it starts (so that the main
// thread can tell which file went over its budget) and replying with each result.
import { parentPort } from 'node:worker_threads';
import { tasks, type BatchRequest, type WorkerReply } from './tasks';

if (!parentPort) throw new Error('extraction-worker.ts runs in a worker thread');
const port = parentPort;
let work = Promise.resolve();

port.on('message', (request: BatchRequest) => {
  work = work.then(async () => {
    const task = tasks[request.task];
    for (const { index, path } of request.files) {
      port.postMessage({ started: index } satisfies WorkerReply);
      let reply: WorkerReply;
      try {
        reply = { index, result: task.encode((await task.run(path)) as never) };
      } catch (error) {
        const { message, stack } = error instanceof Error ? error : new Error(String(error));
        reply = { index, error: { message, stack } };
      }
      port.postMessage(reply);
    }
  });
});
