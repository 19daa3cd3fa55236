// The database's turns across clients: at most a few requests of all clients run at once, and when one ends the next
// turn goes to the clients in rotation. A request that runs does so beside few others, so it ends in about the time
// it costs; the rest wait their turn, which costs a light request and a heavy one the same, instead of all of them
// running at once and each taking longer the more work it has.

import { availableParallelism } from 'node:os';
import { waitInLine } from './client-turns';

/**
 * Requests of all clients running at once (TALKGRAPH_MAX_RUNNING): four per core keep the cores busy, while more would
 * only have Neo4j's threads and the server's one take the cores from each other.
 */
export const DEFAULT_MAX_RUNNING = 4 * availableParallelism();

interface Waiting {
  admit: () => void;
}

export class ServerTurns {
  private running = 0;
  /** Waiting requests per client; the map's order is the rotation: the client served goes to its end. */
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(private readonly capacity = DEFAULT_MAX_RUNNING) {}

  /**
   * Resolves, once the request may run, with the function that ends its turn; 'gone' when the signal aborts while it
   * waits (it leaves the line).
   */
  async take(client: string, signal: AbortSignal): Promise<(() => void) | 'gone'> {
    if (this.running >= this.capacity) {
      const admitted = await waitInLine(
        signal,
        (admit) => {
          const waiting: Waiting = { admit };
          const line = this.waiting.get(client);
          if (line) line.push(waiting);
          else this.waiting.set(client, [waiting]);
          return waiting;
        },
        (waiting) => {
          const line = this.waiting.get(client)!;
          line.splice(line.indexOf(waiting), 1);
          if (line.length === 0) this.waiting.delete(client);
        },
      );
      if (!admitted) return 'gone';
    } else {
      this.running++;
    }
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.running--;
      this.admitNext();
    };
  }

  /** Requests waiting for a turn, of all clients. */
  get waitingCount(): number {
    let count = 0;
    for (const line of this.waiting.values()) count += line.length;
    return count;
  }

  private admitNext(): void {
    while (this.running < this.capacity && this.waiting.size > 0) {
      const [client, line] = this.waiting.entries().next().value as [string, Waiting[]];
      const next = line.shift()!;
      this.waiting.delete(client);
      if (line.length > 0) this.waiting.set(client, line);
      this.running++;
      next.admit();
    }
  }
}
