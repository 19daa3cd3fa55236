// What ends one GraphQL request's database work early: its client going away, or its time budget running out.
import { setMaxListeners } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Handed to the request's reader: transactions end when the signal aborts, and none runs past the deadline. */
export interface RequestBounds {
  signal: AbortSignal;
  /** Date.now() past which no query may run; set once the request is admitted. */
  deadline?: number;
}

export interface BoundedRequest {
  bounds: RequestBounds;
  /** Starts the time budget: waiting for a turn does not count against it. */
  startBudget(budgetMs: number): void;
  /** Clears the timer; call when the response is sent. */
  done(): void;
}

export function boundRequest(request: IncomingMessage, response: ServerResponse): BoundedRequest {
  const controller = new AbortController();
  // Every query of the request listens while it runs (a level of a query runs its batches side by side), and stops
  // listening when it ends: more than Node's default of 10 at once is expected, not a leak.
  setMaxListeners(0, controller.signal);
  const bounds: RequestBounds = { signal: controller.signal };
  let timer: NodeJS.Timeout | undefined;
  // A client that closes the connection before its answer was sent wants nothing more: its queries stop.
  const gone = (): void => {
    if (!response.writableFinished) controller.abort(new Error('the client went away'));
  };
  response.once('close', gone);
  request.once('aborted', gone);
  return {
    bounds,
    startBudget(budgetMs) {
      bounds.deadline = Date.now() + budgetMs;
      timer = setTimeout(() => controller.abort(new Error(`the request's ${budgetMs} ms of database time ran out`)), budgetMs);
      timer.unref();
    },
    done() {
      clearTimeout(timer);
      response.off('close', gone);
      request.off('aborted', gone);
    },
  };
}
