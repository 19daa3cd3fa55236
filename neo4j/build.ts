// Fetches Neo4j from Maven Central and compiles the launcher, only when the build is missing or out of date.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { findJava17, javaHomeOf } from './java';
import type { Log } from './log';
import { Neo4jServerError } from './server-error';

/** The neo4j/ folder: the Maven descriptor, the launcher's sources and, once built, target/. */
export const NEO4J_PROJECT_DIR = fileURLToPath(new URL('.', import.meta.url));
const TARGET_DIR = join(NEO4J_PROJECT_DIR, 'target');
export const LAUNCHER_CLASSES_DIR = join(TARGET_DIR, 'classes');
export const NEO4J_LIB_DIR = join(TARGET_DIR, 'lib');
const LAUNCHER_CLASS = join(LAUNCHER_CLASSES_DIR, 'dev', 'talkgraph', 'neo4j', 'Launcher.class');
// Records which pom.xml and launcher sources the current target/ was built from.
const BUILD_STAMP = join(TARGET_DIR, 'talkgraph-build.sha256');
const PROGRESS_EVERY_FILES = 25;

/** True when target/ holds the launcher and Neo4j's jars built from the current pom.xml and sources. */
export function neo4jIsBuilt(): boolean {
  return (
    existsSync(LAUNCHER_CLASS) &&
    existsSync(NEO4J_LIB_DIR) &&
    readdirSync(NEO4J_LIB_DIR).some((name) => name.startsWith('neo4j-kernel-')) &&
    existsSync(BUILD_STAMP) &&
    readFileSync(BUILD_STAMP, 'utf8').trim() === buildInputsHash()
  );
}

/** Runs Maven when the build is missing or stale; says what it does and reports download progress. */
export async function ensureNeo4jBuilt(log: Log): Promise<void> {
  if (neo4jIsBuilt()) return;
  // Two test runs or commands at once must not build over each other: one builds, the others wait for it.
  await withBuildLock(log, async () => {
    if (!neo4jIsBuilt()) await build(log);
  });
}

async function build(log: Log): Promise<void> {
  const mvn = findMaven();
  const java = findJava17();
  const firstTime = !existsSync(NEO4J_LIB_DIR);
  log(
    firstTime
      ? 'Fetching Neo4j Community 5.26 from Maven Central and building its launcher (first time only; this can take a few minutes)...'
      : 'Rebuilding the Neo4j launcher (neo4j/pom.xml or its sources changed)...',
  );
  // A changed pom may name other versions: stale jars left in lib/ would end up on the classpath.
  rmSync(NEO4J_LIB_DIR, { recursive: true, force: true });
  rmSync(LAUNCHER_CLASSES_DIR, { recursive: true, force: true });
  await runMaven(mvn, java, log);
  if (!existsSync(LAUNCHER_CLASS)) {
    throw new Neo4jServerError(`Maven finished but ${relative(process.cwd(), LAUNCHER_CLASS)} is missing`);
  }
  writeFileSync(BUILD_STAMP, `${buildInputsHash()}\n`);
  const jars = readdirSync(NEO4J_LIB_DIR).filter((name) => name.endsWith('.jar')).length;
  log(`Neo4j is ready to start (${jars} jars in ${relative(process.cwd(), NEO4J_LIB_DIR) || NEO4J_LIB_DIR}).`);
}

const BUILD_LOCK = join(TARGET_DIR, 'build.lock');

async function withBuildLock(log: Log, work: () => Promise<void>): Promise<void> {
  let announced = false;
  for (;;) {
    try {
      mkdirSync(TARGET_DIR, { recursive: true });
      mkdirSync(BUILD_LOCK);
      writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale()) {
        rmSync(BUILD_LOCK, { recursive: true, force: true });
        continue;
      }
      if (!announced) log('Waiting for another talkgraph process that is building Neo4j...');
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await work();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function lockIsStale(): boolean {
  let holder: number;
  try {
    holder = Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'));
  } catch {
    // Just created, pid not written yet: give its owner a moment, unless it is old.
    try {
      return Date.now() - statSync(BUILD_LOCK).mtimeMs > 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(holder, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function buildInputsHash(): string {
  const hash = createHash('sha256');
  for (const file of [join(NEO4J_PROJECT_DIR, 'pom.xml'), ...javaSources(join(NEO4J_PROJECT_DIR, 'src'))]) {
    hash.update(relative(NEO4J_PROJECT_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function javaSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.java'))
    .sort()
    .map((name) => join(dir, name));
}

function findMaven(): string {
  const probe = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Neo4jServerError(
      'Maven is needed once to fetch Neo4j from Maven Central and was not found: install it with `sudo apt-get install -y maven`',
    );
  }
  return 'mvn';
}

function runMaven(mvn: string, java: string, log: Log): Promise<void> {
  // process-classes compiles the launcher and copies the runtime jars; packaging a jar would only fetch more plugins.
  const args = ['-B', '-f', join(NEO4J_PROJECT_DIR, 'pom.xml'), 'process-classes'];
  const javaHome = javaHomeOf(java);
  const child = spawn(mvn, args, {
    cwd: NEO4J_PROJECT_DIR,
    env: javaHome ? { ...process.env, JAVA_HOME: javaHome } : process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let downloaded = 0;
  const remember = (line: string): void => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    // Maven 3.8 and later print `[INFO] Downloaded from central: …`; older ones print no level.
    if (line.replace(/^\[INFO\] /, '').startsWith('Downloaded from')) {
      downloaded += 1;
      if (downloaded % PROGRESS_EVERY_FILES === 0) log(`  fetched ${downloaded} files from Maven Central...`);
    } else if (line.startsWith('[INFO] --- maven-compiler-plugin')) {
      log('  compiling the launcher...');
    } else if (line.startsWith('[INFO] --- maven-dependency-plugin')) {
      log(`  copying Neo4j's jars to ${relative(process.cwd(), NEO4J_LIB_DIR) || NEO4J_LIB_DIR}...`);
    }
  };
  createInterface({ input: child.stdout }).on('line', remember);
  createInterface({ input: child.stderr }).on('line', remember);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new Neo4jServerError(`could not run Maven: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) {
        if (downloaded > 0) log(`  fetched ${downloaded} files in all.`);
        resolve();
        return;
      }
      const errors = tail.filter((line) => line.startsWith('[ERROR]')).slice(0, 3);
      for (const line of tail) log(`  ${line}`);
      reject(
        new Neo4jServerError(
          `Maven failed (exit ${code}) building neo4j/: ${errors[0]?.replace('[ERROR] ', '') ?? 'see the output above'}`,
        ),
      );
    });
  });
}
