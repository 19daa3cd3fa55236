// The TypeScript types of schema.graphql (objects, inputs, enums and every field's arguments), generated with
// graphql-codegen so that resolvers and the explorer type what the schema says instead of a hand-kept mirror.
// `npm run codegen` rewrites api/schema-types.ts; a test fails while that file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import { buildSchema, parse, printSchema } from 'graphql';
import { loadTypeDefs } from './schema';

export const SCHEMA_TYPES_PATH = fileURLToPath(new URL('./schema-types.ts', import.meta.url));

const HEADER = '// Generated from schema.graphql by `npm run codegen` (api/codegen.ts): do not edit.\n';

export async function schemaTypes(): Promise<string> {
  const types = await codegen({
    schema: parse(printSchema(buildSchema(loadTypeDefs()))),
    documents: [],
    filename: SCHEMA_TYPES_PATH,
    config: {
      enumsAsTypes: true,
      // A field is always in the answer (null or a value). An argument stays optional even with a default: a client
      // may still send an explicit null.
      avoidOptionals: { field: true, inputValue: false, object: false },
      maybeValue: 'T | null',
      inputMaybeValue: 'T | null | undefined',
      skipTypename: true,
      useTypeImports: true,
    },
    plugins: [{ typescript: {} }],
    pluginMap: { typescript },
  });
  return `${HEADER}${types.trimEnd()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_TYPES_PATH, await schemaTypes());
  console.log(`wrote ${SCHEMA_TYPES_PATH}`);
}
