// api/schema-types.ts is generated from schema.graphql: a schema change without `npm run codegen` fails here, so the
// resolvers and the explorer never type an API that no longer exists.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SCHEMA_TYPES_PATH, schemaTypes } from '../api/codegen';

it('api/schema-types.ts is what schema.graphql generates (run `npm run codegen` after a schema change)', async () => {
  expect(readFileSync(SCHEMA_TYPES_PATH, 'utf8')).toBe(await schemaTypes());
});
