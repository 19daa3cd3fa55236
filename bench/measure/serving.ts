// Serving under load: many clients at once on the big graph, one client's heaviest allowed query beside another's
// trivial one (the per-client line), hostile documents refused, and the answer when Neo4j cannot be reached.

import { request as httpRequest, Agent } from 'node:http';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { Executor } from '../../db/executor';
import { fmt, loadAverage, percentile, type Measurement } from '../results';

export const LOAD_P99_LIMIT_MS = 2_000;
export const FAIRNESS_DELAY_LIMIT_MS = 1_000;
export const REFUSAL_LIMIT_MS = 100;
export const UNAVAILABLE_LIMIT_MS = 1_000;
/** A request without an answer after this long counts as a timeout (autocannon's default). */
const TIMEOUT_MS = 10_000;
/** The heavy client waits as long as the server's budget for one request (15 s) and a little more. */
const HEAVY_TIMEOUT_MS = 20_000;
/** Source addresses the load comes from: each is a client of its own at the API's per-client line. */
const LOAD_CLIENTS = 25;
const HEAVY_ADDRESS = '127.0.0.200';
const PROBE_ADDRESS = '127.0.0.201';
/** The trivial query's pause between sends: a person clicking, not a load. */
const PROBE_PAUSE_MS = 200;

export interface GraphqlBody {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface LoadSample {
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
  max: number;
  /** Requests per operation name, with their p99. */
  byOperation: Map<string, { requests: number; p99: number }>;
  /** 1-minute load average at the end of the run. */
  load: string;
  /** Cores' worth of CPU the Neo4j process used over the run, when it is a local server. */
  neo4jCores?: number;
}

/**
 * The mix of issue 13: search, a talk's details, a neighborhood, related talks and the links of one project, each
 * over many different entities so that no answer is the same request again.
 */
/** The operations of the mix, in the order mixedOperations gives them for each talk and project. */
const MIX_OPERATIONS = 5;

export async function mixedOperations(executor: Executor): Promise<GraphqlBody[]> {
  // A hundred talks spread over the graph.
  const [{ ids: talks }] = await executor.read<{ ids: string[] }>(
    'MATCH (t:Talk) WITH t ORDER BY t.id WITH collect(t.id) AS talks RETURN [i IN range(0, 99) | talks[i * size(talks) / 100]] AS ids',
  );
  // Projects that talks mention most: the links of a popular project are the heavy ones.
  const projects = await executor.read<{ id: string; name: string }>(
    'MATCH (p:Project) WITH p, COUNT { (p)<-[:MENTIONS]-() } AS d ORDER BY d DESC, p.id LIMIT 40 RETURN p.id AS id, p.name AS name',
  );
  if (talks.length === 0 || projects.length === 0) throw new Error('the graph has no talks or projects to query');
  const bodies: GraphqlBody[] = [];
  for (let i = 0; i < 100; i++) {
    const talk = talks[i % talks.length];
    const project = projects[i % projects.length];
    bodies.push(
      { name: 'search', variables: { text: project.name }, query: 'query($text: String!) { search(text: $text, first: 10) { label score node { id name } } }' },
      {
        name: 'talk details',
        variables: { id: talk },
        query:
          'query($id: ID!) { talk(id: $id) { id title day time kind lang event { id name year } speakerCredits { person { id name } organizations { id name } } projects { id name } topics { id name } sources(first: 10) { path line } } }',
      },
      {
        name: 'neighborhood',
        variables: { id: talk },
        query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id label name degree distance } edges { id type source target } } }',
      },
      { name: 'relatedTalks', variables: { id: talk }, query: 'query($id: ID!) { relatedTalks(talkId: $id, first: 10) { score talk { id title } reasons { kind weight description } } }' },
      {
        name: 'projectOrganizationLinks by project',
        variables: { project: project.id },
        query:
          'query($project: ID!) { projectOrganizationLinks(filter: {project: $project}, first: 50) { weight maintains talkCount peopleCount project { id name } organization { id name } talks(first: 20) { id name } people(first: 20) { id name } } }',
      },
    );
  }
  return bodies;
}

/**
 * The heaviest query a client may send (cost about 9,800 of 10,000): the heaviest links of the whole graph with what
 * evidence the limit leaves room for, a hub's widest neighborhood and the hub talk's related talks twice, in one request.
 */
export async function heaviestQuery(executor: Executor): Promise<GraphqlBody> {
  const [hub] = await executor.read<{ id: string }>(
    'MATCH (t:Talk) WITH t, COUNT { (t)-[:PRESENTED|PART_OF|MENTIONS|ABOUT]-() } AS d ORDER BY d DESC, t.id LIMIT 1 RETURN t.id AS id',
  );
  return {
    name: 'heaviest',
    variables: { id: hub.id },
    query: `query($id: ID!) {
  projectOrganizationLinks(first: 100) { weight project { id name } organization { id name } talks(first: 4) { id } people(first: 4) { id } }
  neighborhood(id: $id, depth: 3, limit: 500) { truncated nodes { id label name degree } edges { id type source target } }
  relatedTalks(talkId: $id, first: 50) { score talk { id } }
  again: relatedTalks(talkId: $id, first: 50) { score }
}`,
  };
}

/** A trivial query: one talk's title. */
export function trivialQuery(talkId: string): GraphqlBody {
  return { name: 'trivial', variables: { id: talkId }, query: 'query($id: ID!) { talk(id: $id) { title } }' };
}

interface Answer {
  ms: number;
  status: number;
  ok: boolean;
  timedOut: boolean;
  text: string;
}

/** One POST to /graphql from a keep-alive agent bound to one source address. */
function post(url: string, agent: Agent, body: GraphqlBody, timeoutMs = TIMEOUT_MS): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const payload = JSON.stringify({ query: body.query, variables: body.variables });
    const req = httpRequest(`${url.replace(/\/$/, '')}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const ok = res.statusCode === 200 && !text.includes('"errors"');
        resolve({ ms: performance.now() - started, status: res.statusCode ?? 0, ok, timedOut: false, text });
      });
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve({ ms: performance.now() - started, status: 0, ok: false, timedOut: true, text: '' });
    });
    req.on('error', (error) => resolve({ ms: performance.now() - started, status: 0, ok: false, timedOut: false, text: String(error) }));
    req.end(payload);
  });
}

function agentFor(localAddress: string): Agent {
  return new Agent({ keepAlive: true, maxSockets: 1, localAddress } as ConstructorParameters<typeof Agent>[0] & { localAddress: string });
}

interface Loop {
  address: string;
  /** The loop's `sent`-th request (from 0); `index` is the loop's place among the loops. */
  next: (sent: number, index: number) => GraphqlBody;
  pauseMs?: number;
  timeoutMs?: number;
}

interface Latency {
  name: string;
  ms: number;
  loop: number;
  /** When the request was sent, in ms from the start of the run. */
  at: number;
}

/** The answers slower than `ms`, counted by the 5 s of the run in which they were sent: whether a run had a stall. */
function slowByWhen(latencies: readonly Latency[], ms: number): string {
  const counts = new Map<number, number>();
  for (const latency of latencies) {
    if (latency.ms <= ms) continue;
    const start = Math.floor(latency.at / 5000) * 5;
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  const windows = [...counts].sort(([a], [b]) => a - b).map(([start, count]) => `${start}-${start + 5} s: ${count}`);
  return windows.length > 0 ? windows.join(', ') : 'none';
}

/** Closed loops (send, wait for the answer, send again) until `seconds` are up; latencies per loop. */
async function runLoops(url: string, loops: Loop[], seconds: number, onError: (answer: Answer, body: GraphqlBody) => void): Promise<{ latencies: Latency[]; errors: number; timeouts: number }> {
  const begun = performance.now();
  const until = begun + seconds * 1000;
  const latencies: Latency[] = [];
  let errors = 0;
  let timeouts = 0;
  await Promise.all(
    loops.map(async (loop, index) => {
      const agent = agentFor(loop.address);
      try {
        for (let sent = 0; performance.now() < until; sent++) {
          const body = loop.next(sent, index);
          const at = performance.now() - begun;
          const answer = await post(url, agent, body, loop.timeoutMs);
          if (answer.timedOut) timeouts++;
          else if (!answer.ok) {
            errors++;
            onError(answer, body);
          }
          latencies.push({ name: body.name, ms: answer.ms, loop: index, at });
          if (loop.pauseMs) await new Promise((resolve) => setTimeout(resolve, loop.pauseMs));
        }
      } finally {
        agent.destroy();
      }
    }),
  );
  return { latencies, errors, timeouts };
}

export interface ServingResult {
  mixed: LoadSample;
  mixedWithHeavy: LoadSample;
  heavy: { requests: number; errors: number; p50: number };
  /** The trivial query from a client of its own: alone, and while another client sends the heaviest query. */
  probeAlone: number[];
  probeBesideHeavy: number[];
  refusals: { name: string; status: number; code: string; medianMs: number; maxMs: number }[];
  /** Each operation of the mix alone, 4 at once from one client: what one request costs the database. */
  profile: { name: string; requestsPerSecond: number; neo4jCpuMs?: number; p50: number }[];
  unavailable?: { status: number; code: string; medianMs: number; maxMs: number; ready: number };
  loadAverage: string;
}

export interface ServingOptions {
  url: string;
  connections: number;
  seconds: number;
  mix: GraphqlBody[];
  heavy: GraphqlBody;
  trivial: GraphqlBody;
  log: (line: string) => void;
  /** CPU seconds the Neo4j process has used so far; undefined when it is not a local server. */
  serverCpuSeconds: () => number | undefined;
}

/**
 * Each loop goes through the whole mix in its order (search, talk details, neighborhood, related talks, links, then
 * the next talk and project), from a place of its own: every client sends every operation, none the same one twice
 * in a row. Loops start at different operations, so that they do not all send the same one at once, as people
 * clicking do not; a client's four loops start at four different ones.
 */
const mixLoops = (connections: number, mix: GraphqlBody[]): Loop[] =>
  Array.from({ length: connections }, (_, i) => ({
    address: `127.0.0.${2 + (i % LOAD_CLIENTS)}`,
    next: (sent: number, index: number) => mix[(index * MIX_OPERATIONS + ((index + Math.floor(index / LOAD_CLIENTS)) % MIX_OPERATIONS) + sent) % mix.length],
  }));

function summarize(run: Awaited<ReturnType<typeof runLoops>>, connections: number, seconds: number, names?: Set<string>): LoadSample {
  const wanted = run.latencies.filter((l) => !names || names.has(l.name));
  const sorted = wanted.map((l) => l.ms).sort((a, b) => a - b);
  const byOperation = new Map<string, { requests: number; p99: number }>();
  for (const name of new Set(wanted.map((l) => l.name))) {
    const ms = wanted.filter((l) => l.name === name).map((l) => l.ms).sort((a, b) => a - b);
    byOperation.set(name, { requests: ms.length, p99: percentile(ms, 99) });
  }
  return {
    connections,
    seconds,
    requests: sorted.length,
    errors: run.errors,
    timeouts: run.timeouts,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    byOperation,
    load: loadAverage(),
  };
}

export async function measureServing(options: ServingOptions): Promise<ServingResult> {
  const { url, connections, seconds, mix, heavy, trivial, log, serverCpuSeconds } = options;
  /** The work, with the cores' worth of CPU Neo4j used meanwhile. */
  const metered = async <T>(work: () => Promise<T>): Promise<{ result: T; cores?: number; cpuSeconds?: number; wallSeconds: number }> => {
    const cpu = serverCpuSeconds();
    const started = performance.now();
    const result = await work();
    const wallSeconds = (performance.now() - started) / 1000;
    const after = serverCpuSeconds();
    const cpuSeconds = cpu === undefined || after === undefined ? undefined : after - cpu;
    return { result, wallSeconds, cpuSeconds, cores: cpuSeconds === undefined ? undefined : cpuSeconds / wallSeconds };
  };
  const failures = new Map<string, number>();
  const onError = (answer: Answer, body: GraphqlBody) => {
    const key = `${body.name}: ${answer.status} ${answer.text.slice(0, 160)}`;
    if (!failures.has(key)) log(`error: ${key}`);
    failures.set(key, (failures.get(key) ?? 0) + 1);
  };
  const mixNames = new Set(mix.map((b) => b.name));
  // Each query compiled once, each cache warm, before anything is timed.
  await runLoops(url, mixLoops(connections, mix), 5, () => {});

  const probe = (): Loop => ({ address: PROBE_ADDRESS, next: () => trivial, pauseMs: PROBE_PAUSE_MS });
  const probeAloneRun = await runLoops(url, [probe()], 10, onError);
  const probeAlone = probeAloneRun.latencies.map((l) => l.ms);
  log(`trivial query alone: p50 ${percentile([...probeAlone].sort((a, b) => a - b), 50).toFixed(1)} ms`);

  const heavyLoops = (): Loop[] => Array.from({ length: 4 }, () => ({ address: HEAVY_ADDRESS, next: () => heavy, timeoutMs: HEAVY_TIMEOUT_MS }));
  const fairness = await runLoops(url, [...heavyLoops(), probe()], 20, onError);
  const heavyAnswers = fairness.latencies.filter((l) => l.name === heavy.name).map((l) => l.ms).sort((a, b) => a - b);
  const probeBesideHeavy = fairness.latencies.filter((l) => l.name === trivial.name).map((l) => l.ms);
  log(`heavy client: ${heavyAnswers.length} answers, p50 ${percentile(heavyAnswers, 50).toFixed(0)} ms; trivial beside it: max ${Math.max(...probeBesideHeavy).toFixed(0)} ms`);

  const mixedRun = await metered(() => runLoops(url, mixLoops(connections, mix), seconds, onError));
  const mixed = { ...summarize(mixedRun.result, connections, seconds, mixNames), neo4jCores: mixedRun.cores };
  log(`mixed load: ${mixed.requests} requests, p50 ${mixed.p50.toFixed(0)} ms, p99 ${mixed.p99.toFixed(0)} ms, ${mixed.errors} errors, ${mixed.timeouts} timeouts, load ${mixed.load}`);
  log(`  answers over ${LOAD_P99_LIMIT_MS} ms, by when they were sent: ${slowByWhen(mixedRun.result.latencies, LOAD_P99_LIMIT_MS)}`);

  const withHeavyMetered = await metered(() => runLoops(url, [...mixLoops(connections, mix), ...heavyLoops()], seconds, onError));
  const withHeavyRun = withHeavyMetered.result;
  const mixedWithHeavy = { ...summarize(withHeavyRun, connections, seconds, mixNames), neo4jCores: withHeavyMetered.cores };
  const heavyDuringLoad = withHeavyRun.latencies.filter((l) => l.name === heavy.name).map((l) => l.ms).sort((a, b) => a - b);
  log(`mixed load with a heavy client: ${mixedWithHeavy.requests} requests, p99 ${mixedWithHeavy.p99.toFixed(0)} ms, heavy ${heavyDuringLoad.length} answers, load ${mixedWithHeavy.load}`);
  log(`  answers of the mix over ${LOAD_P99_LIMIT_MS} ms, by when they were sent: ${slowByWhen(withHeavyRun.latencies.filter((l) => l.name !== heavy.name), LOAD_P99_LIMIT_MS)}`);

  return {
    mixed,
    mixedWithHeavy,
    heavy: { requests: heavyAnswers.length, errors: fairness.errors + fairness.timeouts, p50: percentile(heavyAnswers, 50) },
    probeAlone,
    probeBesideHeavy,
    refusals: await measureRefusals(url),
    profile: await profileOperations(mix, metered, (bodies) => runLoops(url, Array.from({ length: 4 }, () => ({ address: PROFILE_ADDRESS, next: (sent: number, index: number) => bodies[(index + 4 * sent) % bodies.length] })), PROFILE_SECONDS, onError), log),
    loadAverage: loadAverage(),
  };
}

const PROFILE_ADDRESS = '127.0.0.202';
const PROFILE_SECONDS = 8;

/** Each operation alone: requests per second and the Neo4j CPU one request took, to tell which one the load waits on. */
async function profileOperations(
  mix: GraphqlBody[],
  metered: <T>(work: () => Promise<T>) => Promise<{ result: T; cpuSeconds?: number; wallSeconds: number }>,
  run: (bodies: GraphqlBody[]) => ReturnType<typeof runLoops>,
  log: (line: string) => void,
): Promise<ServingResult['profile']> {
  const profile: ServingResult['profile'] = [];
  for (const name of new Set(mix.map((body) => body.name))) {
    const { result, cpuSeconds, wallSeconds } = await metered(() => run(mix.filter((body) => body.name === name)));
    const requests = result.latencies.length;
    const sorted = result.latencies.map((l) => l.ms).sort((a, b) => a - b);
    const neo4jCpuMs = cpuSeconds === undefined || requests === 0 ? undefined : (cpuSeconds * 1000) / requests;
    log(`${name} alone: ${(requests / wallSeconds).toFixed(1)} req/s, Neo4j CPU ${neo4jCpuMs?.toFixed(1) ?? '?'} ms per request`);
    profile.push({ name, requestsPerSecond: requests / wallSeconds, neo4jCpuMs, p50: percentile(sorted, 50) });
  }
  return profile;
}

/** Hostile documents the limits refuse: each sent five times; the answer's status and code, median and slowest time. */
async function measureRefusals(url: string): Promise<ServingResult['refusals']> {
  const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  const hostile: GraphqlBody[] = [
    { name: '5,000 aliases of `stats`', variables: {}, query: aliases(5_000, 'stats { talks }') },
    { name: '1,000 aliases of `projectOrganizationLinks(first: 1)`', variables: {}, query: aliases(1_000, 'projectOrganizationLinks(first: 1) { weight }') },
    { name: 'a fragment cycle', variables: {}, query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
  ];
  const agent = agentFor(PROBE_ADDRESS);
  try {
    const results = [];
    for (const body of hostile) {
      const times: number[] = [];
      let last: Answer | undefined;
      for (let i = 0; i < 5; i++) {
        last = await post(url, agent, body);
        times.push(last.ms);
      }
      results.push({ name: body.name, status: last!.status, code: codeOf(last!.text), medianMs: percentile([...times].sort((a, b) => a - b), 50), maxMs: Math.max(...times) });
    }
    return results;
  } finally {
    agent.destroy();
  }
}

function codeOf(text: string): string {
  try {
    return (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? '';
  } catch {
    return '';
  }
}

/**
 * A TCP relay in front of Neo4j, for an API server that must find its database gone: `cut()` refuses new connections
 * and drops open ones, as a stopped server does.
 */
export async function startRelay(port: number): Promise<{ port: number; cut: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    cut: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** With the database unreachable: a query's status, code and time (five tries), and /ready's status. */
export async function measureUnavailable(url: string, trivial: GraphqlBody): Promise<NonNullable<ServingResult['unavailable']>> {
  const agent = agentFor(PROBE_ADDRESS);
  try {
    const times: number[] = [];
    let last: Answer | undefined;
    for (let i = 0; i < 5; i++) {
      last = await post(url, agent, trivial);
      times.push(last.ms);
    }
    const ready = await fetch(`${url.replace(/\/$/, '')}/ready`);
    return { status: last!.status, code: codeOf(last!.text), medianMs: percentile([...times].sort((a, b) => a - b), 50), maxMs: Math.max(...times), ready: ready.status };
  } finally {
    agent.destroy();
  }
}

export function servingRows(result: ServingResult): Measurement[] {
  const rows: Measurement[] = [];
  const perOperation = (s: LoadSample) => [...s.byOperation].map(([name, o]) => `${name} ${o.requests} (p99 ${fmt.ms(o.p99)})`).join(', ');
  const loadRow = (s: LoadSample, what: string): Measurement => ({
    what,
    measured:
      `${fmt.rate(s.requests / s.seconds, 'req/s')} · p50 ${fmt.ms(s.p50)} · p99 ${fmt.ms(s.p99)} · max ${fmt.ms(s.max)} · ${s.errors} errors · ${s.timeouts} timeouts ` +
      `(${s.requests.toLocaleString('en-US')} requests: ${perOperation(s)}; ` +
      `${s.neo4jCores === undefined ? '' : `Neo4j used ${s.neo4jCores.toFixed(2)} cores' worth of CPU; `}load average ${s.load} at its end)`,
    target: `0 errors, 0 timeouts, p99 < ${fmt.ms(LOAD_P99_LIMIT_MS)}`,
    pass: s.errors === 0 && s.timeouts === 0 && s.p99 < LOAD_P99_LIMIT_MS,
  });
  rows.push(loadRow(result.mixed, `${result.mixed.connections} connections × ${result.mixed.seconds} s of the mix, from ${LOAD_CLIENTS} client addresses`));
  rows.push(loadRow(result.mixedWithHeavy, `the same, with one more client sending the heaviest allowed query in a loop (the mix's figures)`));
  const alone = [...result.probeAlone].sort((a, b) => a - b);
  const beside = [...result.probeBesideHeavy].sort((a, b) => a - b);
  const delay = (beside[beside.length - 1] ?? NaN) - percentile(alone, 50);
  rows.push({
    what: 'a trivial query from one client while another sends the heaviest allowed query in a loop (4 at once, its share): delay',
    measured: `slowest ${fmt.ms(beside[beside.length - 1] ?? NaN)}, p50 ${fmt.ms(percentile(beside, 50))} of ${beside.length} (the heavy query: ${result.heavy.requests} answers in 20 s, p50 ${fmt.ms(result.heavy.p50)}, ${result.heavy.errors} errors)`,
    limit: `alone: p50 ${fmt.ms(percentile(alone, 50))}, slowest ${fmt.ms(alone[alone.length - 1] ?? NaN)}`,
    ratio: `+${fmt.ms(delay)}`,
    target: `delayed < ${fmt.ms(FAIRNESS_DELAY_LIMIT_MS)}`,
    pass: delay < FAIRNESS_DELAY_LIMIT_MS,
  });
  for (const p of result.profile) {
    rows.push({
      what: `${p.name} alone, 4 at once from one client: what one request costs Neo4j`,
      measured: `${p.neo4jCpuMs === undefined ? 'Neo4j CPU not known (not a local server)' : `${fmt.ms(p.neo4jCpuMs)} of Neo4j CPU per request`} · ${fmt.rate(p.requestsPerSecond, 'req/s')} · p50 ${fmt.ms(p.p50)}`,
    });
  }
  for (const refusal of result.refusals) {
    rows.push({
      what: `${refusal.name}: refused`,
      measured: `HTTP ${refusal.status} ${refusal.code} · median ${fmt.ms(refusal.medianMs)}, slowest ${fmt.ms(refusal.maxMs)} of 5`,
      target: `4xx with a code, < ${fmt.ms(REFUSAL_LIMIT_MS)}`,
      pass: refusal.status >= 400 && refusal.status < 500 && refusal.code !== '' && refusal.maxMs < REFUSAL_LIMIT_MS,
    });
  }
  if (result.unavailable) {
    const u = result.unavailable;
    rows.push({
      what: 'a query with Neo4j unreachable (the relay to it closed, as a stopped server refuses connections)',
      measured: `HTTP ${u.status} ${u.code} · median ${fmt.ms(u.medianMs)}, slowest ${fmt.ms(u.maxMs)} of 5; /ready ${u.ready}`,
      target: `503 in < ${fmt.ms(UNAVAILABLE_LIMIT_MS)}, /ready 503`,
      pass: u.status === 503 && u.code === 'DATABASE_UNAVAILABLE' && u.maxMs < UNAVAILABLE_LIMIT_MS && u.ready === 503,
    });
  }
  return rows;
}
