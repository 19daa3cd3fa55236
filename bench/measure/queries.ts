// Query latency and throughput through GraphQL, each beside the same Cypher run directly through the driver.
// The Cypher is not copied here: each operation is sent once to an in-process API server while the executor reports
// every query it runs, and that exact sequence (text and parameters) is what the raw baseline replays.

import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { startApiServer } from '../../api/server';
import type { Executor, QueryEvent } from '../../db/executor';
import { LINKS_DRAWN } from '../../web/src/api-client';
import { PROJECT_ORGANIZATION_LINKS } from '../../web/src/queries';
import { fmt, percentile, type Measurement } from '../results';

export const P95_LIMIT_MS = 20;
/** The explorer's unfiltered links view (issue 15): served from the links the loader stores. */
export const LINKS_P95_LIMIT_MS = 100;
export const OVERHEAD_LIMIT = 1.3;

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Operations with a p95 target: P95_LIMIT_MS at every connection count, or a limit of its own at some. */
  p95Target: boolean | { ms: number; connections: number[] };
}

export interface LatencySample {
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
  requests: number;
  errors: number;
}

export interface QueryResult {
  operation: Operation;
  queries: number;
  connections: number;
  graphql: LatencySample;
  raw: LatencySample;
}

/** Picks arguments from the loaded graph: a well-connected talk, a prolific speaker, a common project, a busy event. */
export async function operationsFor(executor: Executor): Promise<Operation[]> {
  const one = async (cypher: string): Promise<string> => {
    const [row] = await executor.read<{ id: string }>(cypher);
    if (!row) throw new Error(`the graph has nothing for: ${cypher}`);
    return row.id;
  };
  // Connected as the explorer counts it: Document nodes (DESCRIBES edges) left out.
  const talk = await one(
    'MATCH (t:Talk) WITH t, COUNT { (t)-[:PRESENTED|PART_OF|MENTIONS|ABOUT]-() } AS d ORDER BY d DESC, t.id SKIP 100 LIMIT 1 RETURN t.id AS id',
  );
  const person = await one('MATCH (p:Person) WITH p, COUNT { (p)-[:PRESENTED]->() } AS d ORDER BY d DESC, p.id SKIP 5 LIMIT 1 RETURN p.id AS id');
  const project = await one('MATCH (p:Project) WITH p, COUNT { (p)<-[:MENTIONS]-() } AS d ORDER BY d DESC, p.id SKIP 30 LIMIT 1 RETURN p.id AS id');
  const event = await one('MATCH (e:Event) WITH e, COUNT { (e)<-[:PART_OF]-() } AS d ORDER BY d DESC, e.id LIMIT 1 RETURN e.id AS id');
  const graphNode = 'id label name degree distance';
  const graphEdge = 'id type source target';
  return [
    { name: 'search', p95Target: false, variables: { text: 'OpenTelemetry' }, query: 'query($text: String!) { search(text: $text, first: 10) { label score node { id name } } }' },
    {
      name: 'neighborhood (depth 2)',
      p95Target: true,
      variables: { id: talk },
      query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { ${graphNode} } edges { ${graphEdge} } } }`,
    },
    {
      name: 'relatedTalks',
      p95Target: true,
      variables: { id: talk },
      query: 'query($id: ID!) { relatedTalks(talkId: $id, first: 10) { score talk { id title } reasons { kind weight description } } }',
    },
    {
      name: 'path',
      p95Target: false,
      variables: { from: person, to: project },
      query: `query($from: ID!, $to: ID!) { path(fromId: $from, toId: $to, maxLength: 4) { length nodes { ${graphNode} } edges { ${graphEdge} } } }`,
    },
    {
      name: `projectOrganizationLinks, the explorer's links view (${LINKS_DRAWN.toLocaleString('en-US')} links, no filter)`,
      p95Target: { ms: LINKS_P95_LIMIT_MS, connections: [1] },
      variables: { filter: {}, first: LINKS_DRAWN },
      query: PROJECT_ORGANIZATION_LINKS,
    },
    {
      // A talk filter cannot be answered from the stored totals: the links are gathered from the graph per request.
      name: 'projectOrganizationLinks, one event (computed per request)',
      p95Target: false,
      variables: { filter: { event }, first: LINKS_DRAWN },
      query: PROJECT_ORGANIZATION_LINKS,
    },
    {
      name: 'nested list (talks → speakers → organizations, event, projects)',
      p95Target: false,
      variables: { event },
      query: 'query($event: ID!) { talks(first: 20, filter: { event: $event }) { totalCount nodes { id title event { id name } projects { id name } speakers { id name organizations { id name } } } } }',
    },
  ];
}

/** The Cypher queries one request of each operation runs, as the executor saw them. */
export async function captureQueries(executor: Executor, operations: Operation[]): Promise<Map<Operation, QueryEvent[]>> {
  const server = await startApiServer({ executor, host: '127.0.0.1', port: 0 });
  const captured = new Map<Operation, QueryEvent[]>();
  try {
    for (const operation of operations) {
      await postGraphql(server.url, operation);
      const events: QueryEvent[] = [];
      const stop = executor.onQuery((event) => events.push(event));
      try {
        await postGraphql(server.url, operation);
      } finally {
        stop();
      }
      if (events.length === 0) throw new Error(`${operation.name} ran no Cypher query`);
      captured.set(operation, events);
    }
  } finally {
    await server.close();
  }
  return captured;
}

/** The API's answer to the explorer's links query on the loaded graph, as the page receives it, into `file`. */
export async function saveLinksAnswer(url: string, file: string): Promise<number> {
  const response = await fetch(graphqlUrl(url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: PROJECT_ORGANIZATION_LINKS, variables: { filter: {}, first: LINKS_DRAWN } }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: { projectOrganizationLinks: unknown[] }; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) throw new Error(`the links query failed: ${text.slice(0, 500)}`);
  await writeFile(file, text);
  return body.data.projectOrganizationLinks.length;
}

async function postGraphql(url: string, operation: Operation): Promise<unknown> {
  const response = await fetch(graphqlUrl(url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(operation) });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (!response.ok || body.errors) throw new Error(`${operation.name}: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body;
}

function graphqlUrl(url: string): string {
  return url.endsWith('/graphql') ? url : `${url.replace(/\/$/, '')}/graphql`;
}

function requestBody(operation: Operation): string {
  return JSON.stringify({ query: operation.query, variables: operation.variables });
}

/** Starts the API server in a child process; resolves with its URL. */
export function startApiChild(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    // BENCH_API_CPU_PROFILE=<dir> writes the server's CPU profile there when it stops (Node refuses --cpu-prof in
    // NODE_OPTIONS, so it goes on the child's own command line).
    const profile = env.BENCH_API_CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', env.BENCH_API_CPU_PROFILE] : [];
    const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/child/api.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, child });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the API server child exited with ${code}`)));
  });
}

export function loadGraphql(url: string, operation: Operation, connections: number, seconds: number): Promise<LatencySample> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      { url: graphqlUrl(url), method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(operation), connections, duration: seconds },
      (error, result) => {
        if (error) return reject(error);
        resolve(sample(latencies, result.duration, result.errors + result.non2xx + result.timeouts));
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

/**
 * The captured queries, replayed in order through the driver, each an auto-commit read as the server runs them, from
 * `connections` loops.
 */
export async function loadRaw(driver: Driver, queries: QueryEvent[], connections: number, seconds: number): Promise<LatencySample> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < until) {
      const begun = performance.now();
      try {
        for (const query of queries) {
          const session = driver.session({ defaultAccessMode: 'READ' });
          try {
            (await session.run(query.cypher, query.params)).records.map((r) => r.toObject());
          } finally {
            await session.close();
          }
        }
        latencies.push(performance.now() - begun);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return sample(latencies, (performance.now() - started) / 1000, errors);
}

function sample(latencies: number[], seconds: number, errors: number): LatencySample {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), throughput: sorted.length / seconds, requests: sorted.length, errors };
}

export function queryRows(results: QueryResult[]): Measurement[] {
  const rows: Measurement[] = [];
  for (const r of results) {
    const overhead = r.graphql.p50 / r.raw.p50;
    const show = (s: LatencySample) =>
      s.requests === 0
        ? `no answer before the time was up${s.errors ? ` · ${s.errors} errors` : ''}`
        : `p50 ${fmt.ms(s.p50)} · p95 ${fmt.ms(s.p95)} · p99 ${fmt.ms(s.p99)} · ${fmt.rate(s.throughput, 'req/s')}${s.errors ? ` · ${s.errors} errors` : ''}`;
    const where = `${r.operation.name}, ${r.connections} connection${r.connections > 1 ? 's' : ''} (${r.queries} Cypher quer${r.queries > 1 ? 'ies' : 'y'})`;
    rows.push({
      what: `${where}: GraphQL overhead at p50`,
      measured: show(r.graphql),
      limit: `raw Cypher: ${show(r.raw)}`,
      ratio: fmt.ratio(overhead),
      target: `≤ ${OVERHEAD_LIMIT}× raw at p50`,
      pass: r.graphql.errors === 0 && overhead <= OVERHEAD_LIMIT,
    });
    const target = r.operation.p95Target;
    const limit = target === true ? P95_LIMIT_MS : target && target.connections.includes(r.connections) ? target.ms : undefined;
    if (limit !== undefined) {
      rows.push({
        what: `${where}: p95`,
        measured: fmt.ms(r.graphql.p95),
        limit: `raw ${fmt.ms(r.raw.p95)}`,
        target: `< ${limit} ms`,
        pass: r.graphql.errors === 0 && r.graphql.p95 < limit,
      });
    }
  }
  return rows;
}
