// The executable schema: schema.graphql (the contract, written by hand) and the resolvers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMA_PATH = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export function loadTypeDefs(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}
