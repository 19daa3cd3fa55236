// A fingerprint of the extraction's code and data: documents ingested by another version are extracted again.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const FOLDERS = ['read', 'extract', 'resolve', 'gazetteer'];

let cached: string | undefined;

export function extractorFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const folder of FOLDERS) {
    const root = path.join(import.meta.dirname, folder);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(?:ts|json)$/.test(f))
      .sort();
    for (const file of files) hash.update(file).update(readFileSync(path.join(root, file)));
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
