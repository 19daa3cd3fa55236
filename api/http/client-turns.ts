// Fair shares of the database between clients: each runs a few requests at once, the rest wait in line in order.
// The same line, with requests weighed by their estimated cost, keeps one client's heavy queries from running side by
// side (cost-shares.ts).

/** Requests one client may have running at once (TALKGRAPH_CLIENT_CONCURRENCY). */
export const DEFAULT_CLIENT_CONCURRENCY = 4;
/** Requests one client may have waiting; beyond, it is told to slow down (429). */
export const DEFAULT_CLIENT_QUEUE = 256;

interface Waiting {
  weight: number;
  admit: () => void;
}

interface Client {
  /** The weight of the client's requests running now. */
  running: number;
  waiting: Waiting[];
}

/**
 * Waits in a line: `enter` puts the request in it, with the function that lets it in; resolves true once that is
 * called, or false when the signal aborts first, after `leave` has taken it out of the line.
 */
export function waitInLine<W>(signal: AbortSignal, enter: (admit: () => void) => W, leave: (waiting: W) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const left = (): void => {
      leave(waiting);
      resolve(false);
    };
    const waiting = enter(() => {
      signal.removeEventListener('abort', left);
      resolve(true);
    });
    signal.addEventListener('abort', left, { once: true });
  });
}

export class ClientTurns {
  private readonly clients = new Map<string, Client>();

  /**
   * @param capacity the weight one client may have running at once (with weight 1 per request: a number of requests);
   *   a request heavier than that runs when the client has nothing else running.
   * @param queue how many of one client's requests may wait.
   */
  constructor(
    private readonly capacity = DEFAULT_CLIENT_CONCURRENCY,
    private readonly queue = DEFAULT_CLIENT_QUEUE,
  ) {}

  /**
   * Resolves, once the client may run a request of this weight, with the function that ends its turn; 'full' at once
   * when its line is full; 'gone' when the signal aborts while the request waits (it leaves the line). Requests run in
   * the order they came: a light one does not pass a heavy one waiting before it.
   */
  async take(client: string, signal: AbortSignal, weight = 1): Promise<(() => void) | 'full' | 'gone'> {
    let entry = this.clients.get(client);
    if (!entry) this.clients.set(client, (entry = { running: 0, waiting: [] }));
    const state = entry;
    if (state.waiting.length > 0 || !this.fits(state, weight)) {
      if (state.waiting.length >= this.queue) return 'full';
      const admitted = await waitInLine(
        signal,
        (admit) => {
          const waiting: Waiting = { weight, admit };
          state.waiting.push(waiting);
          return waiting;
        },
        (waiting) => {
          state.waiting.splice(state.waiting.indexOf(waiting), 1);
          // The one behind it may fit where it did not.
          this.admit(state);
        },
      );
      if (!admitted) {
        this.forget(client, state);
        return 'gone';
      }
    } else {
      state.running += weight;
    }
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      state.running -= weight;
      this.admit(state);
      this.forget(client, state);
    };
  }

  private fits(state: Client, weight: number): boolean {
    return state.running === 0 || state.running + weight <= this.capacity;
  }

  /** Lets in, in order, the waiting requests that fit now. */
  private admit(state: Client): void {
    while (state.waiting.length > 0 && this.fits(state, state.waiting[0].weight)) {
      const next = state.waiting.shift()!;
      state.running += next.weight;
      next.admit();
    }
  }

  private forget(client: string, state: Client): void {
    if (state.running === 0 && state.waiting.length === 0) this.clients.delete(client);
  }
}
