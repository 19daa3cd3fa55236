// The types generated from schema.graphql (api/codegen.ts): a change of the schema or of the explorer's GraphQL
// documents without `npm run codegen` fails here, so neither the resolvers nor the explorer type an API that is gone.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { OPERATION_TYPES_PATH, operationTypes, SCHEMA_TYPES_PATH, schemaTypes } from '../api/codegen';

it('api/schema-types.ts is what schema.graphql generates (run `npm run codegen` after a schema change)', async () => {
  expect(readFileSync(SCHEMA_TYPES_PATH, 'utf8')).toBe(await schemaTypes());
});

it("web/src/operation-types.ts is what the explorer's documents generate (run `npm run codegen` after changing one)", async () => {
  expect(readFileSync(OPERATION_TYPES_PATH, 'utf8')).toBe(await operationTypes());
});
