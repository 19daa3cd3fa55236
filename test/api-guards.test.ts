// Fair turns between clients, and requests whose client went away: what keeps one client from stalling the others.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ClientTurns } from '../api/http/client-turns';
import { boundRequest } from '../api/http/request-bounds';
import { ServerTurns } from '../api/http/server-turns';
import { isLoopback } from '../api/server';

const live = (): AbortSignal => new AbortController().signal;

describe('client turns', () => {
  it('lets another client run at once while one client has its share running and more waiting', async () => {
    const turns = new ClientTurns(2, 10);
    const heavy = [await turns.take('10.0.0.1', live()), await turns.take('10.0.0.1', live())];
    let thirdRan = false;
    const third = turns.take('10.0.0.1', live()).then((end) => {
      thirdRan = true;
      return end;
    });
    const light = await turns.take('10.0.0.2', live());
    expect(typeof light).toBe('function');
    expect(thirdRan).toBe(false);
    // The first heavy request ends: the one waiting in line runs next.
    (heavy[0] as () => void)();
    expect(typeof (await third)).toBe('function');
    expect(thirdRan).toBe(true);
  });

  it('tells a client whose line is full to slow down, and takes a request out of line when its client leaves', async () => {
    const turns = new ClientTurns(1, 1);
    const running = await turns.take('a', live());
    const leaving = new AbortController();
    const waiting = turns.take('a', leaving.signal);
    expect(await turns.take('a', live())).toBe('full');
    leaving.abort();
    expect(await waiting).toBe('gone');
    (running as () => void)();
    // Line and turn are free again.
    expect(typeof (await turns.take('a', live()))).toBe('function');
  });
});

describe('client turns weighed by cost', () => {
  it('runs one client\'s heavy requests one at a time, in order, while another client runs at once', async () => {
    const shares = new ClientTurns(10, 10);
    const first = await shares.take('a', live(), 6);
    const order: string[] = [];
    const second = shares.take('a', live(), 6).then((end) => (order.push('second heavy'), end));
    // A light one behind a heavy one that waits does not pass it.
    const light = shares.take('a', live(), 1).then((end) => (order.push('light'), end));
    expect(typeof (await shares.take('b', live(), 9))).toBe('function');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    (first as () => void)();
    await Promise.all([second, light]);
    // 6 + 1 fit in 10: both run once the first has ended.
    expect(order).toEqual(['second heavy', 'light']);
  });

  it('runs a request heavier than the whole share when the client has nothing else running', async () => {
    const shares = new ClientTurns(10, 10);
    const alone = await shares.take('a', live(), 25);
    expect(typeof alone).toBe('function');
    let next = false;
    const after = shares.take('a', live(), 1).then((end) => ((next = true), end));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(next).toBe(false);
    (alone as () => void)();
    expect(typeof (await after)).toBe('function');
  });

  it('lets the requests behind one that leaves the line run when they fit', async () => {
    const shares = new ClientTurns(10, 10);
    const running = await shares.take('a', live(), 5);
    const leaving = new AbortController();
    const heavy = shares.take('a', leaving.signal, 8);
    const light = shares.take('a', live(), 4);
    leaving.abort();
    expect(await heavy).toBe('gone');
    expect(typeof (await light)).toBe('function');
    (running as () => void)();
  });
});

describe('server turns', () => {
  it('gives the next turn to the clients in rotation, not to the one that queued the most', async () => {
    const turns = new ServerTurns(2);
    const running = [await turns.take('busy', live()), await turns.take('busy', live())];
    const order: string[] = [];
    const queued = [
      turns.take('busy', live()).then((end) => (order.push('busy 1'), end)),
      turns.take('busy', live()).then((end) => (order.push('busy 2'), end)),
      turns.take('busy', live()).then((end) => (order.push('busy 3'), end)),
      turns.take('quiet', live()).then((end) => (order.push('quiet'), end)),
    ];
    expect(turns.waitingCount).toBe(4);
    (running[0] as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['busy 1']);
    // The quiet client queued after three of the busy one's, yet runs before the second of them.
    (running[1] as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['busy 1', 'quiet']);
    const [busy1, , , quiet] = queued;
    for (const end of [await busy1, await quiet]) (end as () => void)();
    await Promise.all(queued);
    expect(order).toEqual(['busy 1', 'quiet', 'busy 2', 'busy 3']);
  });

  it('never runs more than its capacity at once, and frees the place of a request whose client left', async () => {
    const turns = new ServerTurns(1);
    const first = await turns.take('a', live());
    const leaving = new AbortController();
    const gone = turns.take('b', leaving.signal);
    let cRan = false;
    const c = turns.take('c', live()).then((end) => ((cRan = true), end));
    leaving.abort();
    expect(await gone).toBe('gone');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(cRan).toBe(false);
    (first as () => void)();
    // Ending a turn twice frees one place, not two.
    (first as () => void)();
    const end = await c;
    let dRan = false;
    void turns.take('d', live()).then(() => (dRan = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(dRan).toBe(false);
    (end as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(dRan).toBe(true);
  });
});

describe('request bounds', () => {
  it('abort the request\'s work when its client closes the connection before the answer', async () => {
    let resolveAborted: (reason: unknown) => void = () => {};
    const aborted = new Promise((resolve) => (resolveAborted = resolve));
    const server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const { bounds } = boundRequest(request, response);
      bounds.signal.addEventListener('abort', () => resolveAborted(bounds.signal.reason));
      // Never answers, like a request whose queries are still running.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = httpRequest({ host: '127.0.0.1', port, path: '/graphql', method: 'POST' });
    client.on('error', () => {});
    client.end('{}');
    setTimeout(() => client.destroy(), 100);
    expect(String(await aborted)).toContain('the client went away');
    server.close();
  });

  it('abort the request\'s work when its time budget runs out', async () => {
    const server = createServer();
    const seen = new Promise<unknown>((resolve) => {
      server.on('request', (request: IncomingMessage, response: ServerResponse) => {
        const bounded = boundRequest(request, response);
        bounded.startBudget(50);
        bounded.bounds.signal.addEventListener('abort', () => {
          resolve(bounded.bounds.signal.reason);
          response.end();
          bounded.done();
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/graphql`);
    expect(String(await seen)).toContain('50 ms of database time ran out');
    server.close();
  });
});

describe('the address the API listens on', () => {
  it('counts as this machine only when it is a loopback address', () => {
    expect(['127.0.0.1', '127.0.0.2', 'localhost', '::1'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.5', 'example.com'].some(isLoopback)).toBe(false);
  });
});
