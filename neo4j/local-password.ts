// The password of the local Neo4j: made at its first start, kept in a file only its owner may read.
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/** The user the local server's password belongs to (Neo4j Community has this one user). */
export const LOCAL_NEO4J_USER = 'neo4j';

/** The password in the file, or undefined when the local server was never started with this data folder. */
export function readLocalPassword(passwordFile: string): string | undefined {
  try {
    return readFileSync(passwordFile, 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The password in the file, made first when there is none; the file is the owner's alone (0600). */
export function ensureLocalPassword(passwordFile: string): string {
  const existing = readLocalPassword(passwordFile);
  if (existing) {
    // A copy or an unpack may have widened it; the launcher and every command read it as the owner.
    if ((statSync(passwordFile).mode & 0o077) !== 0) chmodSync(passwordFile, 0o600);
    return existing;
  }
  const password = randomBytes(24).toString('base64url');
  // 'wx': two commands starting the server at once must not write two passwords; the loser reads the winner's.
  try {
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return ensureLocalPassword(passwordFile);
    throw error;
  }
  return password;
}
