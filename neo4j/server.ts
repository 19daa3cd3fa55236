// The local Neo4j Community server: started detached, tracked by a pid file next to its data folder.
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import type { Neo4jServerFiles } from './server-config';
import { ensureNeo4jBuilt, LAUNCHER_CLASSES_DIR, NEO4J_LIB_DIR } from './build';
import { findJava17 } from './java';
import { ensureLocalPassword, LOCAL_NEO4J_USER, readLocalPassword } from './local-password';
import { silentLog, type Log } from './log';
import { Neo4jServerError } from './server-error';
import { localNeo4jUri, neo4jPort, neo4jServerFiles } from './server-config';

export { ensureNeo4jBuilt, neo4jIsBuilt } from './build';
export { findJava17 } from './java';
export { LOCAL_NEO4J_USER, readLocalPassword } from './local-password';
export { Neo4jServerError } from './server-error';
export * from './server-config';
export type { Log } from './log';

const DEFAULT_HEAP = '1g';
const DEFAULT_PAGE_CACHE = '256m';
const LAUNCHER_MAIN = 'dev.talkgraph.neo4j.Launcher';
const READY_MARK = 'talkgraph-neo4j ready ';
const FAILED_MARK = 'talkgraph-neo4j failed: ';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 200;

// Neo4j's own launcher passes these so its off-heap and Netty code may reach into the JDK.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED',
];

export interface Neo4jServerOptions {
  /** Bolt port on 127.0.0.1; default TALKGRAPH_NEO4J_PORT, else 7687. */
  port?: number;
  /** Where the databases live; default TALKGRAPH_DATA_DIR, else .talkgraph/neo4j under the working directory. */
  dataDir?: string;
  /** JVM heap (-Xmx); default TALKGRAPH_NEO4J_HEAP, else 1g. */
  heap?: string;
  /** Page cache size; default TALKGRAPH_NEO4J_PAGE_CACHE, else 256m. */
  pageCache?: string;
  /** Stop the server when the process with this pid exits (for throwaway servers, e.g. tests). */
  exitWithPid?: number;
  log?: Log;
}

export interface Neo4jStatus extends Neo4jServerFiles {
  running: boolean;
  pid?: number;
  /** The Bolt URI of the running server. */
  uri?: string;
}

export interface StartedNeo4j {
  uri: string;
  /** The credentials the server accepts (it refuses connections without them). */
  user: string;
  password: string;
  pid: number;
  alreadyRunning: boolean;
  dataDir: string;
  logFile: string;
}

/** Whether the server for this data folder runs, with its pid and URI. */
export async function neo4jStatus(options: Pick<Neo4jServerOptions, 'dataDir'> = {}): Promise<Neo4jStatus> {
  const files = neo4jServerFiles(options.dataDir);
  const record = readPidFile(files.pidFile);
  if (!record || !launcherIsAlive(record.pid, files.dataDir)) return { ...files, running: false };
  return { ...files, running: true, pid: record.pid, uri: record.uri };
}

/**
 * Starts the server for the data folder in the background (building it first if needed) and waits until Bolt answers.
 * When it already runs, returns its URI with alreadyRunning set.
 */
export async function startNeo4j(options: Neo4jServerOptions = {}): Promise<StartedNeo4j> {
  const log = options.log ?? silentLog;
  const status = await neo4jStatus(options);
  if (status.running && status.pid !== undefined && status.uri) {
    // Another command may have started it a moment ago: answer once its Bolt does.
    await waitForBolt(status.pid, Number(new URL(status.uri).port), status.logFile);
    const password = readLocalPassword(status.passwordFile);
    if (!password) throw new Neo4jServerError(`Neo4j runs (pid ${status.pid}) but its password file ${status.passwordFile} is gone; stop it with \`npx talkgraph db stop\` and start it again`);
    return { uri: status.uri, user: LOCAL_NEO4J_USER, password, pid: status.pid, alreadyRunning: true, dataDir: status.dataDir, logFile: status.logFile };
  }
  const port = neo4jPort(options.port);
  await ensureNeo4jBuilt(log);
  const java = findJava17();
  if (!(await portIsFree(port))) throw portTakenError(port);

  mkdirSync(status.dataDir, { recursive: true });
  // The store files are the graph itself: only the owner may read them, whatever the umask made of the folder.
  chmodSync(status.dataDir, 0o700);
  const password = ensureLocalPassword(status.passwordFile);
  const logOffset = existsSync(status.logFile) ? statSync(status.logFile).size : 0;
  const logFd = openSync(status.logFile, 'a');
  const args = [
    `-Xmx${options.heap ?? process.env.TALKGRAPH_NEO4J_HEAP ?? DEFAULT_HEAP}`,
    ...JVM_FLAGS,
    '-cp',
    `${LAUNCHER_CLASSES_DIR}:${join(NEO4J_LIB_DIR, '*')}`,
    LAUNCHER_MAIN,
    '--data-dir',
    status.dataDir,
    '--logs-dir',
    status.logsDir,
    '--port',
    String(port),
    '--password-file',
    status.passwordFile,
    '--page-cache',
    options.pageCache ?? process.env.TALKGRAPH_NEO4J_PAGE_CACHE ?? DEFAULT_PAGE_CACHE,
    ...(options.exitWithPid === undefined ? [] : ['--exit-with', String(options.exitWithPid)]),
  ];
  log(`Starting Neo4j on port ${port} (data: ${status.dataDir})...`);
  const child = spawn(java, args, { detached: true, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jServerError(`could not run ${java}`);
  child.unref();
  const uri = localNeo4jUri(port);
  writeFileSync(status.pidFile, `${pid}\n${uri}\n`);

  try {
    await waitUntilReady(pid, status.logFile, logOffset, port);
  } catch (error) {
    if (processIsAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(status.pidFile, { force: true });
    throw error;
  }
  return { uri, user: LOCAL_NEO4J_USER, password, pid, alreadyRunning: false, dataDir: status.dataDir, logFile: status.logFile };
}

/** Stops the server for the data folder (SIGTERM, then waits for a clean shutdown); false when it was not running. */
export async function stopNeo4j(options: Pick<Neo4jServerOptions, 'dataDir' | 'log'> = {}): Promise<{ wasRunning: boolean; pid?: number }> {
  const log = options.log ?? silentLog;
  const status = await neo4jStatus(options);
  if (!status.running || status.pid === undefined) {
    rmSync(status.pidFile, { force: true });
    return { wasRunning: false };
  }
  log(`Stopping Neo4j (pid ${status.pid})...`);
  process.kill(status.pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (processIsAlive(status.pid)) {
    if (Date.now() > deadline) {
      throw new Neo4jServerError(
        `Neo4j (pid ${status.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; see ${status.logFile}, or end it with \`kill -9 ${status.pid}\``,
      );
    }
    await sleep(POLL_MS);
  }
  rmSync(status.pidFile, { force: true });
  return { wasRunning: true, pid: status.pid };
}

async function waitUntilReady(pid: number, logFile: string, logOffset: number, port: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const output = readFileSync(logFile).subarray(logOffset).toString('utf8');
    const failure = output.split('\n').find((line) => line.startsWith(FAILED_MARK));
    if (failure) {
      const reason = failure.slice(FAILED_MARK.length);
      throw /port \d+ .*in use/.test(reason) ? portTakenError(port) : new Neo4jServerError(`Neo4j did not start: ${reason} (log: ${logFile})`);
    }
    if (output.includes(READY_MARK) && (await boltAnswers(port))) return;
    if (!processIsAlive(pid)) {
      throw new Neo4jServerError(`Neo4j exited during startup: ${lastMeaningfulLine(output)} (log: ${logFile})`);
    }
    if (Date.now() > deadline) {
      throw new Neo4jServerError(`Neo4j did not answer on port ${port} within ${START_TIMEOUT_MS / 1000} s (log: ${logFile})`);
    }
    await sleep(POLL_MS);
  }
}

async function waitForBolt(pid: number, port: number, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await boltAnswers(port))) {
    if (!processIsAlive(pid)) throw new Neo4jServerError(`Neo4j (pid ${pid}) exited while starting (log: ${logFile})`);
    if (Date.now() > deadline) throw new Neo4jServerError(`Neo4j (pid ${pid}) does not answer on port ${port} (log: ${logFile})`);
    await sleep(POLL_MS);
  }
}

function portTakenError(port: number): Neo4jServerError {
  return new Neo4jServerError(
    `port ${port} on 127.0.0.1 is already in use by another program; choose another port with --port N or TALKGRAPH_NEO4J_PORT=N`,
  );
}

function lastMeaningfulLine(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const error = lines.find((line) => /Exception|Error/.test(line));
  return (error ?? lines.at(-1) ?? 'no output').slice(0, 300);
}

function readPidFile(pidFile: string): { pid: number; uri: string } | undefined {
  if (!existsSync(pidFile)) return undefined;
  const [pidText, uri] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidText);
  return Number.isInteger(pid) && pid > 0 && uri ? { pid, uri } : undefined;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped by its parent) is not running.
  const stat = readProcFile(pid, 'stat');
  return stat === undefined || !/^\d+ \(.*\) Z/.test(stat);
}

/** Alive and, where /proc tells, really our launcher on this data folder (pids get reused after a reboot). */
function launcherIsAlive(pid: number, dataDir: string): boolean {
  if (!processIsAlive(pid)) return false;
  const commandLine = readProcFile(pid, 'cmdline');
  return commandLine === undefined || (commandLine.includes(LAUNCHER_MAIN) && commandLine.includes(dataDir));
}

function readProcFile(pid: number, name: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolvePromise(true)));
  });
}

/** True when something on the port speaks Bolt: it accepts the handshake and agrees on a protocol version. */
export function boltAnswers(port: number, host = '127.0.0.1', timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    let settled = false;
    const finish = (answer: boolean): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolvePromise(answer);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => {
      // Magic preamble, then four proposed versions (5.x, 4.4, 4.x, 3): the server replies with the one it picked.
      const handshake = Buffer.from([
        0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 5, 0, 0, 4, 4, 0, 0, 0, 4, 0, 0, 0, 3,
      ]);
      socket.write(handshake);
    });
    let reply = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length >= 4) finish(reply.readUInt32BE(0) !== 0);
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
