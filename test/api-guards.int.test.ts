// The API under abuse and outage, over HTTP against the test Neo4j: oversized and cyclic documents are refused with
// codes, a request's database time is bounded, and a database that goes away answers 503 at once and comes back.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApiServer, type ApiServer } from '../api/server';
import { openExecutor, type Executor } from '../db/executor';
import { freePort } from './support/ports';
import { testExecutor } from './support/db';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

const executor = testExecutor();
let server: ApiServer;

beforeAll(async () => {
  server = await startApiServer({ executor, port: 0, webRoot: '/nonexistent', log: () => {} });
});

afterAll(async () => {
  await server?.close();
  await executor.close();
});

async function post(base: string, query: string): Promise<Answer> {
  const response = await fetch(`${base}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const aliased = (count: number, field: string): string => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('documents no person writes', () => {
  it('refuses 5,000 aliases of stats and 1,000 of the links with a coded 400, without running them', async () => {
    const queries: number[] = [];
    const stop = executor.onQuery(() => queries.push(1));
    try {
      for (const query of [aliased(5_000, 'stats { talks }'), aliased(1_000, 'projectOrganizationLinks(first: 1) { weight talks { name } }')]) {
        const answer = await post(server.url, query);
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      }
      const answer = await post(server.url, aliased(40, 'stats { talks }'));
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' }));
    } finally {
      stop();
    }
    expect(queries).toHaveLength(0);
  });

  it('refuses fragment cycles with a coded 400, not a 500', async () => {
    const answer = await post(server.url, '{ talks { nodes { ...T } } } fragment T on Talk { speakers { ...P } } fragment P on Person { talks { ...T } }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('Cannot spread fragment'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});

describe('inputs out of range', () => {
  const words = Array.from({ length: 1_000 }, (_, i) => `word${i}`).join(' ');

  it('answers a search text of a thousand words with BAD_USER_INPUT, in search and in list filters', async () => {
    for (const query of [`{ search(text: "${words}") { score } }`, `{ talks(filter: {text: "${words}"}) { totalCount } }`]) {
      const answer = await post(server.url, query);
      expect(answer.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a cursor past 2^31 with BAD_USER_INPUT', async () => {
    const cursor = Buffer.from(`talkgraph:${2 ** 31 + 5}`).toString('base64url');
    const answer = await post(server.url, `{ talks(after: "${cursor}") { totalCount } }`);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});

describe('a request\'s database time', () => {
  it('is bounded: past its budget its queries are stopped and the answer says so', async () => {
    const hurried = await startApiServer({ executor, port: 0, webRoot: '/nonexistent', requestBudgetMs: 1, log: () => {} });
    try {
      const answer = await post(hurried.url, '{ talks(first: 5) { nodes { title speakers { name } } } }');
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('used up its database time'), extensions: { code: 'DATABASE_UNAVAILABLE' } });
    } finally {
      await hurried.close();
    }
  });

  it.each([
    ['a managed transaction (ingest, tests)', false, false],
    ['a fail-fast auto-commit read (what serve and start run for each query)', true, false],
    ['a fail-fast explicit transaction (serve, start)', true, true],
  ])('ends the running transaction on the server when the work is cancelled: %s', async (_name, failFast, explicit) => {
    const reader = openExecutor({ uri: inject('neo4jUri'), user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, failFast });
    const controller = new AbortController();
    const cypher = 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*) AS n';
    const options = { signal: controller.signal };
    const heavy = explicit ? reader.readTransaction((tx) => tx.run(cypher), options) : reader.read(cypher, {}, options);
    setTimeout(() => controller.abort(), 300);
    await expect(heavy).rejects.toMatchObject({ kind: 'cancelled' });
    const running = await executor.read<{ query: string }>(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 200000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN currentQuery AS query",
    );
    expect(running).toEqual([]);
    await reader.close();
  });
});

describe('a client\'s share of the database', () => {
  it('runs its queries near the cost limit one at a time, and its light ones beside them', async () => {
    const { slowLinks, most, reset } = heldLinks();
    const api = await startApiServer({ executor: slowLinks, port: 0, webRoot: '/nonexistent', log: () => {} });
    try {
      // About 6,000 each of the 10,000 one client may have running.
      const heavy = '{ projectOrganizationLinks(first: 2000) { weight project { id } organization { id } } }';
      const started = performance.now();
      const answers = await Promise.all([post(api.url, heavy), post(api.url, heavy), post(api.url, '{ stats { talks } }')]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(answers.every((answer) => answer.body.errors === undefined)).toBe(true);
      expect(most()).toBe(1);
      expect(performance.now() - started).toBeGreaterThanOrEqual(600);
      // Light ones together fit in the share: they are not held up one by one.
      reset();
      const light = '{ projectOrganizationLinks(first: 5) { weight } }';
      await Promise.all([post(api.url, light), post(api.url, light)]);
      expect(most()).toBe(2);
    } finally {
      await api.close();
    }
  });

  it('runs no more requests of all clients at once than the server allows, all of them in the end, and says how long each waited', async () => {
    const { slowLinks, most } = heldLinks();
    const api = await startApiServer({ executor: slowLinks, port: 0, webRoot: '/nonexistent', log: () => {}, maxRunning: 2 });
    try {
      const light = '{ projectOrganizationLinks(first: 5) { weight } }';
      const responses = await Promise.all(
        Array.from({ length: 4 }, () => fetch(`${api.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: light }) })),
      );
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
      expect((await Promise.all(responses.map((response) => response.json()))).every((body) => body.errors === undefined)).toBe(true);
      // Four fit in one client's share; the server lets two run.
      expect(most()).toBe(2);
      // Each answer says how long it waited for its turn and then ran: two waited for the two before them.
      const timings = responses.map((response) => {
        const [, wait, run] = /^wait;dur=([\d.]+), run;dur=([\d.]+)$/.exec(response.headers.get('server-timing') ?? '') ?? [];
        return { wait: Number(wait), run: Number(run) };
      });
      expect(timings.every((timing) => timing.run >= 250)).toBe(true);
      expect(timings.filter((timing) => timing.wait >= 250)).toHaveLength(2);
    } finally {
      await api.close();
    }
  });
});

/** The test executor, with every read of the links held for 300 ms, counting how many run at once at the most. */
function heldLinks(): { slowLinks: typeof executor; most: () => number; reset: () => void } {
  let running = 0;
  let most = 0;
  const slowLinks = new Proxy(executor, {
    get(target, name, receiver) {
      if (name !== 'read') return Reflect.get(target, name, receiver);
      return async (cypher: string, ...rest: unknown[]) => {
        if (!cypher.includes('LINKED_TO')) return (target.read as (...a: unknown[]) => unknown)(cypher, ...rest);
        most = Math.max(most, ++running);
        try {
          await new Promise((resolve) => setTimeout(resolve, 300));
          return await (target.read as (...a: unknown[]) => unknown)(cypher, ...rest);
        } finally {
          running -= 1;
        }
      };
    },
  });
  return { slowLinks, most: () => most, reset: () => void (most = 0) };
}

/** A TCP relay to the test Neo4j that can be cut and restored: the database "going away" without stopping it. */
async function relayToNeo4j(): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void> }> {
  const target = Number(new URL(inject('neo4jUri')).port);
  const port = await freePort();
  const sockets = new Set<Socket>();
  let relay: Server | undefined;
  const listen = (): Promise<void> =>
    new Promise((resolve) => {
      relay = createServer((client) => {
        const upstream = connect(target, '127.0.0.1');
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => socket.destroy());
          socket.on('close', () => sockets.delete(socket));
        }
        client.pipe(upstream).pipe(client);
      });
      relay.listen(port, '127.0.0.1', resolve);
    });
  await listen();
  return {
    port,
    cut: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        relay!.close(() => resolve());
      }),
    restore: listen,
  };
}

describe('a database that goes away', () => {
  it('answers 503 DATABASE_UNAVAILABLE at once, says why on /ready, and recovers without a restart', async () => {
    const relay = await relayToNeo4j();
    const user = process.env.NEO4J_USER;
    const password = process.env.NEO4J_PASSWORD;
    const relayed: Executor = openExecutor({ uri: `bolt://127.0.0.1:${relay.port}`, user, password, failFast: true });
    const api = await startApiServer({ executor: relayed, port: 0, webRoot: '/nonexistent', log: () => {} });
    try {
      expect((await post(api.url, '{ stats { talks } }')).status).toBe(200);
      expect(await (await fetch(`${api.url}ready`)).json()).toEqual({ ready: true });

      await relay.cut();
      const down = await post(api.url, '{ stats { talks } }');
      expect(down.status).toBe(503);
      expect(down.body.errors?.[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      const ready = await fetch(`${api.url}ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ready: false, reason: expect.stringContaining(`cannot reach Neo4j at bolt://127.0.0.1:${relay.port}`) });
      // Liveness is the server's own: it stays up.
      expect((await fetch(`${api.url}health`)).status).toBe(200);

      await relay.restore();
      expect((await post(api.url, '{ stats { talks } }')).status).toBe(200);
      expect((await fetch(`${api.url}ready`)).status).toBe(200);
    } finally {
      await api.close();
      await relayed.close();
      await relay.cut();
    }
  });
});

describe('GraphiQL and introspection', () => {
  it('are gone when turned off: /graphiql is not found and the schema is not told', async () => {
    const closed = await startApiServer({ executor, port: 0, webRoot: '/nonexistent', graphiql: false, log: () => {} });
    try {
      expect((await fetch(`${closed.url}graphiql`)).status).toBe(404);
      const answer = await post(closed.url, '{ __schema { types { name } } }');
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0].message).toMatch(/introspection is not allowed/i);
      expect((await post(closed.url, '{ stats { talks } }')).status).toBe(200);
    } finally {
      await closed.close();
    }
  });
});
