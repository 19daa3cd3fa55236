// Finds the Java 17 runtime that Neo4j 5.26 runs on.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jServerError } from './server-error';

const JVM_ROOT = '/usr/lib/jvm';

/** The java executable of a Java 17 runtime: JAVA_HOME if it is 17, else /usr/lib/jvm/java-17-*, else `java` on PATH. */
export function findJava17(env: NodeJS.ProcessEnv = process.env): string {
  for (const java of javaCandidates(env)) {
    if (javaMajorVersion(java) === 17) return java;
  }
  throw new Neo4jServerError(
    'Neo4j 5.26 needs Java 17, and none was found (looked at JAVA_HOME, /usr/lib/jvm/java-17-*, and `java` on PATH); ' +
      'install it with `sudo apt-get install -y openjdk-17-jre-headless` or point JAVA_HOME at a Java 17',
  );
}

function javaCandidates(env: NodeJS.ProcessEnv): string[] {
  const candidates: string[] = [];
  if (env.JAVA_HOME) candidates.push(join(env.JAVA_HOME, 'bin', 'java'));
  if (existsSync(JVM_ROOT)) {
    for (const name of readdirSync(JVM_ROOT).sort()) {
      if (name.startsWith('java-17-')) candidates.push(join(JVM_ROOT, name, 'bin', 'java'));
    }
  }
  candidates.push('java');
  return candidates;
}

/** The major version `java -version` reports, or undefined when it does not run. */
export function javaMajorVersion(java: string): number | undefined {
  if (java.includes('/') && !existsSync(java)) return undefined;
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return undefined;
  // Java 8 and older report "1.8"; the major version is then the second number.
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/** JAVA_HOME for a java executable found by findJava17 (`.../bin/java` → `...`); undefined for a bare `java`. */
export function javaHomeOf(java: string): string | undefined {
  return java.endsWith('/bin/java') ? java.slice(0, -'/bin/java'.length) : undefined;
}
