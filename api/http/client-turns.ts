// Fair shares of the database between clients: each runs a few requests at once, the rest wait in line in order.

/** Requests one client may have running at once (TALKGRAPH_CLIENT_CONCURRENCY). */
export const DEFAULT_CLIENT_CONCURRENCY = 4;
/** Requests one client may have waiting; beyond, it is told to slow down (429). */
export const DEFAULT_CLIENT_QUEUE = 256;

interface Client {
  running: number;
  waiting: (() => void)[];
}

export class ClientTurns {
  private readonly clients = new Map<string, Client>();

  constructor(
    private readonly concurrency = DEFAULT_CLIENT_CONCURRENCY,
    private readonly queue = DEFAULT_CLIENT_QUEUE,
  ) {}

  /**
   * Resolves, once the client may run, with the function that ends its turn; 'full' at once when its line is full;
   * 'gone' when the signal aborts while the request waits (it leaves the line).
   */
  async take(client: string, signal: AbortSignal): Promise<(() => void) | 'full' | 'gone'> {
    let entry = this.clients.get(client);
    if (!entry) this.clients.set(client, (entry = { running: 0, waiting: [] }));
    const state = entry;
    if (state.running >= this.concurrency) {
      if (state.waiting.length >= this.queue) return 'full';
      const admitted = await new Promise<boolean>((resolve) => {
        const turn = (): void => {
          signal.removeEventListener('abort', leave);
          resolve(true);
        };
        const leave = (): void => {
          state.waiting.splice(state.waiting.indexOf(turn), 1);
          resolve(false);
        };
        state.waiting.push(turn);
        signal.addEventListener('abort', leave, { once: true });
      });
      if (!admitted) {
        this.forget(client, state);
        return 'gone';
      }
    } else {
      state.running += 1;
    }
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const next = state.waiting.shift();
      // The turn passes straight to the next in line, so running stays the same.
      if (next) next();
      else {
        state.running -= 1;
        this.forget(client, state);
      }
    };
  }

  private forget(client: string, state: Client): void {
    if (state.running === 0 && state.waiting.length === 0) this.clients.delete(client);
  }
}
