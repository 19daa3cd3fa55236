// The worker thread's side: runs each batch of files it is sent, one file after another, and replies with the results.
import { parentPort } from 'node:worker_threads';
import { tasks, type BatchReply, type BatchRequest } from './tasks';

async function run(request: BatchRequest): Promise<BatchReply> {
  try {
    const results: unknown[] = [];
    const task = tasks[request.task];
    for (const file of request.files) results.push(task.encode(await task.run(file) as never));
    return { batch: request.batch, results };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    return { batch: request.batch, error: { message, stack } };
  }
}

if (!parentPort) throw new Error('extraction-worker.ts runs in a worker thread');
const port = parentPort;
port.on('message', (request: BatchRequest) => {
  void run(request).then((reply) => port.postMessage(reply));
});
