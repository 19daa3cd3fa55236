// Kill recovery: a first (bulk) ingest and an incremental one killed at seeded random moments, by SIGKILL of the
// ingest process or of Neo4j, then a plain `talkgraph ingest` of the same files; the graph must equal a clean run's.
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../corpus/random';
import type { BenchDatabase } from '../database';
import { loadAverage, type Measurement } from '../results';

const CLI = join(import.meta.dirname, '..', '..', 'cli', 'talkgraph.js');
/** How long an ingest whose Neo4j was killed may take to notice and stop before it is killed too. */
const LOST_CONNECTION_SECONDS = 120;

export type Victim = 'ingest' | 'neo4j';

export interface RecoveryRound {
  ingest: 'first' | 'incremental';
  victim: Victim;
  atSeconds: number;
  /** False when every attempt's ingest ended before the moment drawn for its kill. */
  killed: boolean;
  /** Attempts whose ingest ended before its kill and were redone with an earlier moment (the graph set back first). */
  redone: number;
  /** The killed run left its "bulk load unfinished" mark. */
  marked: boolean;
  exitCode: number;
  recoverSeconds: number;
  equal: boolean;
  load: string;
}

export interface RecoveryResult {
  docs: number;
  changed: number;
  firstSeconds: number;
  incrementalSeconds: number;
  rounds: RecoveryRound[];
}

/** Every node with its properties but the time it was written, and every relationship with its properties, sorted. */
async function snapshot(db: BenchDatabase): Promise<string> {
  const nodes = await db.executor.read(
    "MATCH (n) RETURN n.id AS id, COLLECT { UNWIND keys(n) AS k WITH k WHERE k <> 'ingestedAt' RETURN [k, n[k]] AS kv ORDER BY k } AS p ORDER BY id",
  );
  const relationships = await db.executor.read(
    "MATCH (a)-[r]->(b) RETURN type(r) + ' ' + a.id + ' ' + b.id AS ref, COLLECT { UNWIND keys(r) AS k RETURN [k, r[k]] AS kv ORDER BY k } AS p",
  );
  // Two relationships of one type between the same nodes (CONTRIBUTES_TO roles) differ only in their properties.
  relationships.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return JSON.stringify([nodes, relationships]);
}

function ingest(corpus: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => execFile(process.execPath, [CLI, 'ingest', corpus], { env, maxBuffer: 1 << 28 }, (error) => resolve(error ? Number(error.code ?? 1) : 0)));
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, (performance.now() - started) / 1000];
}

/**
 * Starts an ingest and, after `ms`, kills it or the Neo4j it writes to (SIGKILL, as a crash or the OOM killer would).
 * Resolves with whether the kill came before the ingest's end, and how long the ingest ran.
 */
function killedIngest(db: BenchDatabase, corpus: string, ms: number, victim: Victim): Promise<{ killed: boolean; seconds: number }> {
  return new Promise((resolve) => {
    let killed = false;
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'ingest', corpus], { env: db.env, stdio: 'ignore' });
    let giveUp: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      killed = true;
      if (victim === 'ingest') child.kill('SIGKILL');
      else {
        db.killServer!();
        giveUp = setTimeout(() => child.kill('SIGKILL'), LOST_CONNECTION_SECONDS * 1000);
      }
    }, ms);
    child.on('exit', () => {
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve({ killed, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** A copy of the corpus, and a second version of a tenth of its files (each gains a talk) to ingest over the first. */
function versionedCopy(source: string, root: string, seed: string): { corpus: string; original: Map<string, string>; changed: Map<string, string> } {
  const corpus = join(root, 'docs');
  cpSync(source, corpus, { recursive: true });
  const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
  const random = seededRandom(`${seed}-recovery`);
  const original = new Map<string, string>();
  const changed = new Map<string, string>();
  for (const [n, file] of random.sample(files, Math.ceil(files.length / 10)).entries()) {
    const path = join(corpus, file);
    const text = readFileSync(path, 'utf8');
    original.set(path, text);
    changed.set(path, `${text.trimEnd()}\n\n- Added later: Recovering Killed Loads ${n} — Ada Recovery${n} (Example Corp)\n`);
  }
  return { corpus, original, changed };
}

function writeVersion(version: Map<string, string>): void {
  for (const [path, text] of version) writeFileSync(path, text);
}

export async function measureRecovery(
  db: BenchDatabase,
  source: string,
  docs: number,
  kills: { first: number; incremental: number },
  seed: string,
  log: (line: string) => void,
): Promise<RecoveryResult> {
  if (!db.killServer) throw new Error('killing Neo4j needs the throwaway local server: unset NEO4J_URI');
  const root = mkdtempSync(join(tmpdir(), 'talkgraph-recovery-'));
  const random = seededRandom(`${seed}-kills`);
  try {
    const { corpus, original, changed } = versionedCopy(source, root, seed);
    // The clean runs: a first ingest of each version into an empty database, and an incremental one between them.
    await db.clear();
    const [, firstSeconds] = await timed(() => ingest(corpus, db.env));
    const clean = { original: await snapshot(db), changed: '' };
    writeVersion(changed);
    const [, incrementalSeconds] = await timed(() => ingest(corpus, db.env));
    const incremental = await snapshot(db);
    await db.clear();
    await ingest(corpus, db.env);
    clean.changed = await snapshot(db);
    if (incremental !== clean.changed) log('recovery: the clean incremental ingest does not equal a first ingest of the same files');
    log(`recovery: clean first ingest ${firstSeconds.toFixed(1)} s, incremental (${changed.size} files changed) ${incrementalSeconds.toFixed(1)} s`);

    const rounds: RecoveryRound[] = [];
    /** Attempts per round: an ingest that ends before its kill is redone with a moment drawn from its own, shorter run. */
    const ATTEMPTS = 4;
    const round = async (kind: RecoveryRound['ingest'], victim: Victim, seconds: number, setBack: () => Promise<void>, target: string): Promise<void> => {
      let window = seconds;
      let atSeconds = 0;
      let killed = false;
      let redone = 0;
      for (let attempt = 0; attempt < ATTEMPTS && !killed; attempt++) {
        if (attempt > 0) {
          redone++;
          await setBack();
        }
        atSeconds = window * (0.02 + 0.88 * random.next());
        const run = await killedIngest(db, corpus, atSeconds * 1000, victim);
        killed = run.killed;
        // The run ended first: it was faster than the clean one. Draw the next moment within this run's own length.
        if (!killed) window = Math.min(window, run.seconds);
      }
      if (killed && victim === 'neo4j') await db.restartServer!();
      const [marked] = await db.executor.read<{ n: number }>('MATCH (m:BulkLoad) RETURN count(m) AS n');
      const [exitCode, recoverSeconds] = await timed(() => ingest(corpus, db.env));
      const equal = (await snapshot(db)) === target;
      const result = { ingest: kind, victim, atSeconds, killed, redone, marked: Number(marked.n) > 0, exitCode, recoverSeconds, equal, load: loadAverage() };
      rounds.push(result);
      log(
        `recovery: ${kind} ingest, ${victim} killed at ${atSeconds.toFixed(1)} s${killed ? '' : ' (NOT killed: it ended first)'}${redone ? ` after ${redone} redone` : ''}: ` +
          `next ingest exit ${exitCode} in ${recoverSeconds.toFixed(1)} s, graph ${equal ? 'equals' : 'DIFFERS from'} the clean run (load ${result.load})`,
      );
    };
    writeVersion(original);
    for (let n = 0; n < kills.first; n++) {
      await db.clear();
      await round('first', n % 3 === 2 ? 'neo4j' : 'ingest', firstSeconds, () => db.clear(), clean.original);
    }
    // The graph now holds the original version; each incremental round ingests the other one. To redo a round whose
    // ingest ended before its kill, the graph is set back to the version it came from by a plain ingest of that version.
    for (let n = 0; n < kills.incremental; n++) {
      const toChanged = n % 2 === 0;
      const from = toChanged ? original : changed;
      const to = toChanged ? changed : original;
      writeVersion(to);
      const setBack = async (): Promise<void> => {
        writeVersion(from);
        await ingest(corpus, db.env);
        writeVersion(to);
      };
      await round('incremental', n % 2 === 1 ? 'neo4j' : 'ingest', incrementalSeconds, setBack, toChanged ? clean.changed : clean.original);
    }
    return { docs, changed: changed.size, firstSeconds, incrementalSeconds, rounds };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function recoveryRows(result: RecoveryResult): Measurement[] {
  const rows: Measurement[] = result.rounds.map((r, n) => ({
    what:
      `kill ${n + 1}: ${r.ingest} ingest, ${r.victim === 'neo4j' ? 'Neo4j' : 'the ingest process'} killed at ${r.atSeconds.toFixed(1)} s` +
      `${r.killed ? '' : ' (it had ended before)'}${r.redone ? ` (${r.redone} earlier ${r.redone === 1 ? 'attempt' : 'attempts'} ended before the kill and ${r.redone === 1 ? 'was' : 'were'} redone)` : ''}`,
    measured: `${r.marked ? 'marked unfinished' : 'no mark'}; next plain ingest exit ${r.exitCode}, ${r.recoverSeconds.toFixed(1)} s; graph ${r.equal ? 'equals' : 'differs from'} the clean run (load ${r.load})`,
  }));
  // A kill drawn after the ingest had ended tests nothing: such a round counts as not recovered.
  const landed = result.rounds.filter((r) => r.killed);
  const equal = landed.filter((r) => r.equal && r.exitCode === 0).length;
  const missed = result.rounds.length - landed.length;
  rows.push({
    what: `Kills recovered by the next plain ingest (${result.docs.toLocaleString('en-US')}-document first ingest, incremental of ${result.changed} changed files)`,
    measured: `${equal} of ${result.rounds.length}${missed ? ` (${missed} never landed before the ingest's end)` : ''}`,
    target: `${result.rounds.length} of ${result.rounds.length}`,
    pass: equal === result.rounds.length,
  });
  return rows;
}
